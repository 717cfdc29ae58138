import Foundation
import GovernorCore
import GovernorPolicy
import Testing

/// Prometheus v2.42's own rule files: the rulefmt bad files are rejected for their specific reasons, and the
/// promtool rule files load.
@Suite struct ConformanceTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { file }
    }

    static let rulefmtExpectations: [Expectation] = {
        let text = (try? TestPaths.text(TestPaths.fixtures.appendingPathComponent("rulefmt-expected.tsv"))) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let position = fields[1].split(separator: ":").compactMap { Int($0) }
            guard fields.count == 3, position.count == 2 else { return nil }
            return Expectation(file: fields[0], line: position[0], column: position[1], message: fields[2])
        }
    }()

    @Test func everyBadRulefmtFileHasAnExpectation() throws {
        let directory = TestPaths.conformance.appendingPathComponent("rulefmt").path
        let badFiles = try FileManager.default.contentsOfDirectory(atPath: directory).filter {
            $0.hasSuffix(".bad.yaml")
        }
        #expect(!badFiles.isEmpty)
        #expect(Set(badFiles) == Set(Self.rulefmtExpectations.map(\.file)))
    }

    @Test(arguments: rulefmtExpectations)
    func badRulefmtFileIsRejectedForItsReason(_ expectation: Expectation) {
        let path = TestPaths.conformance.appendingPathComponent("rulefmt/\(expectation.file)").path
        let result = PolicyLoader().load(paths: [path])
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message == expectation.message)
        #expect(
            errors.first?.location == SourceLocation(file: path, line: expectation.line, column: expectation.column))
    }

    @Test func goodRulefmtFileLoads() {
        let path = TestPaths.conformance.appendingPathComponent("rulefmt/test.yaml").path
        let result = PolicyLoader().load(paths: [path])
        #expect(result.diagnostics.isEmpty)
        #expect(result.policySet.groups.map(\.name) == ["my-group-name", "my-another-name"])
    }

    static let promtoolRuleFiles = [
        "rules.yml", "rules_large.yml", "at-modifier.yml", "negative-offset.yml", "prometheus-rules.lint.yml",
        "rules_duplicates.yml", "bad-rules-error.yml",
    ]

    @Test(arguments: promtoolRuleFiles)
    func promtoolRuleFileLoads(_ name: String) {
        let path = TestPaths.conformance.appendingPathComponent("promtool/\(name)").path
        let result = PolicyLoader().load(paths: [path])
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.description))")
        #expect(!result.policySet.groups.isEmpty)
    }

    @Test func promtoolDuplicateRulesAreWarnings() {
        let path = TestPaths.conformance.appendingPathComponent("promtool/rules_duplicates.yml").path
        let result = PolicyLoader().load(paths: [path])
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(
            result.diagnostics.first?.message.hasPrefix("duplicate recording rule 'job:test:count_over_time1m'") == true
        )
    }

    @Test func promtoolSyntaxErrorPointsIntoTheQuotedExpression() {
        // `expr: 'test +'`: the expression ends at column 22 on line 7.
        let path = TestPaths.conformance.appendingPathComponent("promtool/bad-rules-syntax.yml").path
        let result = PolicyLoader().load(paths: [path])
        #expect(result.diagnostics.map(\.message) == ["could not parse expression: unexpected end of input"])
        #expect(result.diagnostics.first?.location == SourceLocation(file: path, line: 7, column: 22))
    }
}
