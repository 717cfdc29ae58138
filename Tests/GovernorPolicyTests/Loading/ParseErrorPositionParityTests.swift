import Foundation
import GovernorCore
import GovernorPolicy
import Testing

/// Parse errors in literal block scalars (`expr: |`), with promtool 2.42 as the oracle for which rules fail, with
/// what message and where inside the expression. Governor must give the same message at that character of the
/// file; where promtool's position lies past the expression's last line (an unclosed parenthesis at the end, after
/// the block's kept line break), Governor points at the end of that last line instead of at the next YAML key.
@Suite struct ParseErrorPositionParityTests {
    static let fixture = TestPaths.fixtures.appendingPathComponent("parse-positions/block-scalars.rules.yml")

    /// One line of `promtool check rules`: `file: 5:15: group "g", rule 1, "name": could not parse expression:
    /// 3:1: parse error: message`; the first position is the scalar's header, the second is inside the expression.
    struct PromtoolFailure {
        var headerLine: Int
        var expressionLine: Int
        var expressionColumn: Int
        var message: String
    }

    @Test func blockScalarParseErrorsPointWherePromtoolDoes() throws {
        guard let promtool = PromtoolParityTests.promtool else {
            Issue.record("promtool is not installed; install Debian's prometheus package (2.42) to run parity tests")
            return
        }
        let text = try TestPaths.text(Self.fixture)
        let failures = try Self.promtoolFailures(promtool)
        #expect(failures.count >= 6, "promtool reported only \(failures.count) parse errors")

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let expected = failures.map { failure in
            "\(Self.location(of: failure, in: lines)): error: could not parse expression: \(failure.message)"
        }
        let diagnostics = PolicyLoader().load(text: text, file: "block-scalars.rules.yml").diagnostics
        let actual = diagnostics.filter { $0.message.hasPrefix("could not parse expression") }.map {
            "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)"
        }
        #expect(actual == expected)
    }

    /// Where promtool's expression position is in the file: the block's content starts on the line after the
    /// header, indented as its first line is. A position past the last content line moves to that line's end.
    static func location(of failure: PromtoolFailure, in lines: [String]) -> String {
        let firstContent = failure.headerLine  // 0-based index of the line after the 1-based header line
        let indentation = lines[firstContent].prefix { $0 == " " }.count
        var lastContent = firstContent
        var index = firstContent
        while index < lines.count {
            let line = lines[index]
            let isBlank = line.allSatisfy { $0 == " " }
            if !isBlank && line.prefix(while: { $0 == " " }).count < indentation { break }
            if !isBlank { lastContent = index }
            index += 1
        }
        let line = firstContent + failure.expressionLine - 1
        if line > lastContent { return "\(lastContent + 1):\(lines[lastContent].count + 1)" }
        return "\(line + 1):\(indentation + failure.expressionColumn)"
    }

    static func promtoolFailures(_ promtool: String) throws -> [PromtoolFailure] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: promtool)
        process.arguments = ["check", "rules", Self.fixture.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let pattern =
            /: (\d+):\d+: group "[^"]*", rule \d+, "[^"]*": could not parse expression: (\d+):(\d+): parse error: (.*)$/
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard let match = line.firstMatch(of: pattern), let header = Int(match.1), let row = Int(match.2),
                let column = Int(match.3)
            else { return nil }
            return PromtoolFailure(
                headerLine: header, expressionLine: row, expressionColumn: column, message: String(match.4))
        }
    }
}
