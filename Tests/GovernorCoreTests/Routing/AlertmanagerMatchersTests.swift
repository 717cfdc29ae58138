import GovernorCore
import GovernorQuery
import Testing

@Suite struct AlertmanagerMatchersTests {
    @Test(arguments: [
        ("severity=critical", "severity", MatchType.equal, "critical"),
        ("severity = \"critical\"", "severity", .equal, "critical"),
        ("severity=~\"crit.*\"", "severity", .regexMatch, "crit.*"),
        ("team!=infra", "team", .notEqual, "infra"),
        ("team!~\"a|b\"", "team", .regexNoMatch, "a|b"),
        ("quote=\"say \\\"hi\\\"\"", "quote", .equal, "say \"hi\""),
        ("empty=", "empty", .equal, ""),
        ("path=a\\b", "path", .equal, "a\\b"),
    ])
    func parsesOneMatcher(text: String, name: String, type: MatchType, value: String) throws {
        let matcher = try AlertmanagerMatchers.parse(text)
        #expect(matcher.name == name)
        #expect(matcher.type == type)
        #expect(matcher.value == value)
    }

    @Test func parsesAListWithBracesQuotedCommasAndATrailingComma() throws {
        let matchers = try AlertmanagerMatchers.parseList(#"{foo = "bar", dings!=bums, q="a,b", }"#)
        #expect(matchers.map(\.description) == [#"foo="bar""#, #"dings!="bums""#, #"q="a,b""#])
    }

    @Test(arguments: ["=x", "1abc=x", "foo", "foo=\"bar", "foo=\"a\"b\"", "foo=~\"(\""])
    func rejectsBadMatchers(text: String) {
        #expect(throws: MatcherSyntaxError.self) { try AlertmanagerMatchers.parse(text) }
    }

    @Test func regexesAreAnchored() throws {
        let matcher = try AlertmanagerMatchers.parse("severity=~crit")
        #expect(matcher.matches("crit"))
        #expect(!matcher.matches("critical"))
    }
}
