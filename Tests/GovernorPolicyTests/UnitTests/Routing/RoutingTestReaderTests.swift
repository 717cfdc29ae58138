import Foundation
import GovernorCore
import GovernorPolicy
import GovernorQuery
import Testing

/// `alerting_config` and the routing sections read from fixtures: every field with its position, and bad files
/// paired with the messages they must produce (`*.bad.expected`).
@Suite struct RoutingTestReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func load(_ name: String) -> LoadedUnitTestFile {
        UnitTestLoader().load(path: fixtures.appendingPathComponent(name).path)
    }

    static func relative(_ errors: [String]) -> String {
        errors.map { $0.replacingOccurrences(of: fixtures.path + "/", with: "") }.joined(separator: "\n") + "\n"
    }

    @Test func readsEveryRoutingSectionWithPositions() throws {
        let loaded = Self.load("routing.good.test.yaml")
        #expect(loaded.errors.isEmpty, "\(loaded.errors)")
        let path = Self.fixtures.appendingPathComponent("routing.good.test.yaml").path
        let at = { (line: Int) in SourceLocation(file: path, line: line, column: 9) }
        let configuration = try #require(loaded.file.alertingConfiguration)
        #expect(configuration.receivers.map(\.name) == ["log", "pager"])
        let tests = try #require(loaded.file.groups.first?.routingTests)
        #expect(
            tests.routeTests == [
                RouteTest(
                    labels: ["severity": "critical"], receivers: ["pager"], groupBy: .all, groupWait: [10_000],
                    repeatInterval: [14_400_000], location: at(5))
            ])
        #expect(
            tests.inhibitTests == [
                InhibitTest(
                    firing: [["severity": "critical"]], alert: ["severity": "warning"], inhibited: false,
                    location: at(11))
            ])
        // 2025-06-01T22:00:00Z is 1748815200 Unix seconds.
        #expect(
            tests.silenceTests == [
                SilenceTest(
                    at: 1_748_815_200_000, alert: ["service": "db"], expectation: .silencedBy(["a", "b"]),
                    location: at(15)),
                SilenceTest(
                    at: 1_748_815_200_000, alert: ["service": "db"], expectation: .silenced(false), location: at(18)),
            ])
        #expect(
            tests.mutedTests == [
                MutedTest(at: 1_748_815_200_500, alert: ["service": "db"], muted: true, location: at(22))
            ])
    }

    @Test(arguments: ["missing-config", "fields"])
    func badFileProducesItsExpectedMessages(_ name: String) throws {
        let loaded = Self.load("\(name).bad.test.yaml")
        let expected = try String(
            contentsOf: Self.fixtures.appendingPathComponent("\(name).bad.expected"), encoding: .utf8)
        #expect(Self.relative(loaded.errors) == expected)
    }

    @Test func alertingConfigErrorsStopTheFile() {
        let text = "alerting_config: no-such-dir\ntests: []\n"
        let path = Self.fixtures.appendingPathComponent("inline.test.yaml").path
        let loaded = UnitTestLoader().load(text: text, path: path)
        #expect(Self.relative(loaded.errors) == "no-such-dir:1:1: error: no such file or directory\n")
    }
}
