/// JUnit XML for CI: one test suite per file and one test case per test group; a file that could not run is one
/// failing test case named after the file.
public enum UnitTestJUnitReport {
    public static func xml(_ results: [UnitTestFileResult]) -> String {
        let cases = results.map(testCases)
        let total = cases.reduce(0) { $0 + $1.count }
        let failures = cases.reduce(0) { $0 + $1.filter { $0.failure != nil }.count }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="governor test" tests="\#(total)" failures="\#(failures)">"#,
        ]
        for (result, suiteCases) in zip(results, cases) {
            let suiteFailures = suiteCases.filter { $0.failure != nil }.count
            lines.append(
                #"  <testsuite name="\#(escape(result.path))" tests="\#(suiteCases.count)" failures="\#(suiteFailures)">"#
            )
            for testCase in suiteCases {
                let open = #"    <testcase name="\#(escape(testCase.name))" classname="\#(escape(result.path))""#
                guard let failure = testCase.failure else {
                    lines.append(open + "/>")
                    continue
                }
                let summary = failure.split(separator: "\n").first.map(String.init) ?? ""
                lines.append(open + ">")
                lines.append(
                    #"      <failure message="\#(escape(summary.trimmedLeadingSpaces))">\#(escape(failure))</failure>"#)
                lines.append("    </testcase>")
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func testCases(_ result: UnitTestFileResult) -> [(name: String, failure: String?)] {
        if !result.errors.isEmpty { return [(result.path, result.errors.joined(separator: "\n\n"))] }
        return result.groups.enumerated().map { index, group in
            let name = group.name.isEmpty ? "tests[\(index)]" : group.name
            return (name, group.passed ? nil : group.failures.map(\.message).joined(separator: "\n\n"))
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}

extension String {
    fileprivate var trimmedLeadingSpaces: String { String(drop { $0 == " " }) }
}
