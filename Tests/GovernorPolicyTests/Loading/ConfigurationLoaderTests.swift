import Foundation
import GovernorCore
import GovernorPolicy
import Testing

/// `ConfigurationLoader.load(paths:alerts:)`, what `governor check PATH…` runs: policy files and alert files given
/// side by side, each read as what it is.
@Suite struct ConfigurationLoaderTests {
    static let directory = TestPaths.fixtures.appendingPathComponent("check-paths")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @Test func aDirectoryOfRulesRoutesAndSilencesLoadsAsBoth() throws {
        let loaded = ConfigurationLoader().load(paths: [Self.path("good")], alerts: [])
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.files == 1)
        #expect(loaded.alertFiles == 2)
        #expect(loaded.receivers == 2)
        #expect(loaded.inhibitRules == 1)
        #expect(loaded.silences == 1)
        #expect(loaded.policy?.groups.map(\.name) == ["chain"])
        let alerting = try #require(loaded.alerting)
        #expect(alerting.receivers.map(\.name) == ["team", "pager"])
        #expect(alerting.silences.map(\.id) == ["api-maintenance"])
    }

    @Test func anAlertFileNamedAloneIsCheckedWithoutAnyPolicy() throws {
        let loaded = ConfigurationLoader().load(paths: [Self.path("good/routes.yaml")], alerts: [])
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.files == 0)
        #expect(loaded.alertFiles == 1)
        // Nothing to compile: no policy file was given.
        #expect(loaded.compiled == nil)
        #expect(loaded.alerting?.route.options.receiver == "team")
    }

    /// Each `X.bad.yaml` must produce exactly the diagnostics in `X.expected`, positions included.
    @Test func badAlertFilesReportTheirProblemsWithPositions() throws {
        let loaded = ConfigurationLoader().load(paths: [Self.path("bad")], alerts: [])
        let prefix = Self.path("bad") + "/"
        let rendered = loaded.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") }
        for name in ["routes", "silences"] {
            let expected = try String(
                contentsOf: Self.directory.appendingPathComponent("bad/\(name).expected"), encoding: .utf8)
            let produced = rendered.filter { $0.hasPrefix("\(name).bad.yaml:") }
            #expect(produced.joined(separator: "\n") + "\n" == expected, "\(name)")
        }
        #expect(rendered.count == 3)
        #expect(loaded.alerting == nil)
    }

    @Test func theSameAlertFileReachedTwiceIsReadOnce() throws {
        // Read twice, the routing tree would be reported as a second one.
        let loaded = ConfigurationLoader().load(
            paths: [Self.path("good/routes.yaml")],
            alerts: [Self.path("good/./routes.yaml"), Self.path("good/silences.yaml")])
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        #expect(loaded.alertFiles == 2)
    }

    @Test func defaultAlertsJoinOnlyWhenThePathsHoldNoAlertFile() throws {
        let rules = ConfigurationLoader().load(
            paths: [Self.path("good/rules.yaml")], alerts: [], defaultAlerts: [Self.path("bad")])
        #expect(rules.alertFiles == 2)
        #expect(rules.hasErrors)
        let routes = ConfigurationLoader().load(
            paths: [Self.path("good/routes.yaml")], alerts: [], defaultAlerts: [Self.path("bad")])
        #expect(routes.alertFiles == 1)
        #expect(routes.diagnostics.isEmpty, "\(routes.diagnostics)")
    }

    @Test func aPolicyDocumentThatIsNotAnAlertFileIsStillAnUnknownDocument() throws {
        // Top-level keys of neither kind: still the policy reader's error, not silently taken as alerts.
        let loaded = ConfigurationLoader().load(paths: [Self.path("unknown.yaml")], alerts: [])
        #expect(loaded.alertFiles == 0)
        #expect(loaded.errors.map(\.message).first?.hasPrefix("unknown document") == true)
    }
}
