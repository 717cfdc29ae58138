import ArgumentParser
import Foundation
import GovernorCore
import GovernorPolicy

/// `governor test [FILE…]`: runs promtool unit-test files unchanged, and Governor's assertions on SLO, compliance
/// and health series. Exits 1 when any test fails.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run rule unit tests: promtool test files unchanged, plus Governor's SLO and governance assertions.",
        discussion: """
            Test files use promtool's format (rule_files, evaluation_interval, group_eval_order, and tests with \
            input_series, alert_rule_test and promql_expr_test), with Prometheus 2.42's semantics and promtool's \
            messages. rule_files may also be Sloth specs and Governor documents, and test groups may add \
            slo_test, compliance_test, breach_test and health_test (see docs/testing.md).

            Examples:
              governor test tests/alerts.test.yml
              governor test examples/policies.test.yaml --run 'payment' --junit report.xml

            Exit status: 0 when every test passes, 1 when any fails or a file cannot be read, 64 for bad options.
            """
    )

    @Argument(help: "Unit-test files.")
    var files: [String]

    @Option(
        name: .customLong("run"),
        help: ArgumentHelp("Run only the test groups whose name matches this regular expression.", valueName: "regex"))
    var groupPattern: String?

    @Option(help: ArgumentHelp("Also write a JUnit XML report to this file.", valueName: "file"))
    var junit: String?

    @Option(help: "Output format: text (promtool's) or json.")
    var format: OutputFormat = .text

    func validate() throws {
        var problems: [String] = []
        if files.isEmpty { problems.append("give at least one test file") }
        if let groupPattern, (try? Regex(groupPattern)) == nil {
            problems.append("--run: invalid regular expression '\(groupPattern)'")
        }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() throws {
        let filter = try groupPattern.map { try Regex($0) }
        var results: [UnitTestFileResult] = []
        var warnings: [[String]] = []
        for path in files {
            var loaded = UnitTestLoader().load(path: path)
            if let filter {
                loaded.file.groups = loaded.file.groups.filter { $0.name.firstMatch(of: filter) != nil }
            }
            let result =
                loaded.errors.isEmpty
                ? UnitTestRunner().run(loaded.file, ruleGroups: loaded.ruleGroups)
                : UnitTestFileResult(path: path, errors: loaded.errors)
            results.append(result)
            warnings.append(loaded.warnings)
        }
        switch format {
        case .text:
            for (result, fileWarnings) in zip(results, warnings) {
                print(result.text(warnings: fileWarnings), terminator: "")
            }
        case .json:
            print(try Self.json(results))
        }
        if let junit {
            do {
                try UnitTestJUnitReport.xml(results).write(toFile: junit, atomically: true, encoding: .utf8)
            } catch {
                printError("error: could not write \(junit): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        }
        if !results.allSatisfy(\.passed) { throw ExitCode.failure }
    }

    /// `{"passed": Bool, "files": [...]}` with every file's groups and failures.
    static func json(_ results: [UnitTestFileResult]) throws -> String {
        struct Report: Encodable {
            var passed: Bool
            var files: [UnitTestFileResult]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(Report(passed: results.allSatisfy(\.passed), files: results))
        return String(decoding: data, as: UTF8.self)
    }
}
