import Testing

@testable import GovernorQuery

@Suite struct ReplacementRegexTests {
    private func expand(_ template: String) -> String {
        ReplacementRegex.expand(template) { reference in
            switch reference {
            case .number(let number): "<\(number)>"
            case .name(let name): "<\(name)>"
            }
        }
    }

    @Test func templateReferences() {
        #expect(expand("a$1b") == "a<1b>")
        #expect(expand("$1x") == "<1x>")
        #expect(expand("${1}x") == "<1>x")
        #expect(expand("$$1") == "$1")
        #expect(expand("${name}") == "<name>")
        #expect(expand("$01") == "<01>")
        #expect(expand("$") == "$")
        #expect(expand("${1") == "${1")
        #expect(expand("$-") == "$-")
    }

    @Test func matchIsAnchoredAndUnmatchedGroupsAreEmpty() {
        let regex = ReplacementRegex("a(b)?(c)")
        #expect(regex?.replacing("xac", with: "$1") == nil)
        #expect(regex?.replacing("ac", with: "[$1|$2|$3]") == "[|c|]")
        #expect(regex?.replacing("ac\n", with: "$2") == nil)
    }

    @Test func invalidPatternIsNil() {
        #expect(ReplacementRegex("(") == nil)
    }
}
