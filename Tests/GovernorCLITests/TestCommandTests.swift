import Foundation
import Testing

@Suite struct TestCommandTests {
    static let example = GovernorBinary.packageRoot.appendingPathComponent("examples/shipped-policies.test.yaml").path
    static var failing: String {
        let shared =
            ProcessInfo.processInfo.environment["GOVERNOR_CONFORMANCE_DIR"]
            ?? GovernorBinary.packageRoot.deletingLastPathComponent()
            .appendingPathComponent("shared/conformance/prometheus-v2.42.0").path
        return shared + "/promtool/failing.yml"
    }

    @Test func shippedPoliciesPass() throws {
        let outcome = try GovernorBinary.run(["test", Self.example])
        #expect(outcome.status == 0, "\(outcome.standardOutput)\(outcome.standardError)")
        #expect(outcome.standardOutput == "Unit Testing:  \(Self.example)\n  SUCCESS\n\n")
    }

    @Test func failingFileExitsOneWithPromtoolsBlocks() throws {
        let outcome = try GovernorBinary.run(["test", Self.failing])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardOutput.contains("  FAILED:\n    name: Failing test,\n    alertname: Test, time: 0s, \n"))
        #expect(
            outcome.standardOutput.contains(
                "        exp: {__name__=\"test\"} 1E+00\n        got: {__name__=\"test\"} 0E+00"))
    }

    @Test func runFiltersGroupsByName() throws {
        let outcome = try GovernorBinary.run(["test", "--run", "^Failing alert", Self.failing])
        #expect(outcome.status == 1)
        #expect(!outcome.standardOutput.contains("name: Failing test,"))
        #expect(outcome.standardOutput.contains("name: Failing alert test,"))
        let none = try GovernorBinary.run(["test", "--run", "no such group", Self.failing])
        #expect(none.status == 0)
    }

    @Test func junitReportHasOneCasePerGroup() throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("governor-junit-\(UUID()).xml")
        defer { try? FileManager.default.removeItem(at: report) }
        _ = try GovernorBinary.run(["test", "--junit", report.path, Self.failing])
        let xml = try String(contentsOf: report, encoding: .utf8)
        #expect(xml.contains(#"tests="2" failures="2""#))
        #expect(xml.contains(#"<testcase name="Failing test""#))
        #expect(xml.contains(#"<testcase name="Failing alert test""#))
    }

    @Test func jsonNamesEveryFailure() throws {
        let outcome = try GovernorBinary.run(["test", "--format", "json", Self.failing])
        #expect(outcome.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(object?["passed"] as? Bool == false)
        let files = object?["files"] as? [[String: Any]]
        let groups = files?.first?["groups"] as? [[String: Any]]
        let kinds = groups?.flatMap { ($0["failures"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String } }
        #expect(kinds == ["alert", "expression", "alert", "alert"])
    }

    @Test func badRegexIsAUsageError() throws {
        let outcome = try GovernorBinary.run(["test", "--run", "(", Self.example])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--run: invalid regular expression '('"))
    }

    @Test func missingFileFails() throws {
        let outcome = try GovernorBinary.run(["test", "/nonexistent.test.yml"])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("open /nonexistent.test.yml: no such file or directory"))
    }
}
