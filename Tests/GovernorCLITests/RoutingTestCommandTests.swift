import Foundation
import Testing

/// `governor test` on routing tests: the shipped example passes, and a failing case is reported at its line in
/// text and JSON.
@Suite struct RoutingTestCommandTests {
    static let example = GovernorBinary.packageRoot.appendingPathComponent("examples/routing.test.yaml").path

    @Test func shippedRoutingExamplePasses() throws {
        let outcome = try GovernorBinary.run(["test", Self.example])
        #expect(outcome.status == 0, "\(outcome.standardOutput)\(outcome.standardError)")
        #expect(outcome.standardOutput == "Unit Testing:  \(Self.example)\n  SUCCESS\n\n")
    }

    @Test func failingRouteCaseIsReportedAtItsLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("governor-routing-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("wrong.test.yaml")
        let alerts = GovernorBinary.packageRoot.appendingPathComponent("alerts").path
        try """
        alerting_config: \(alerts)
        tests:
          - name: wrong order
            route_test:
              - labels: {alertname: ForecastRisk, risk: HIGH}
                receivers: [notion, log]
        """.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try GovernorBinary.run(["test", file.path])
        #expect(outcome.status == 1)
        #expect(
            outcome.standardOutput == """
                Unit Testing:  \(file.path)
                  FAILED:
                    \(file.path):5:9: route_test, labels: {alertname="ForecastRisk", risk="HIGH"}
                        receivers: exp: [notion, log], got: [log, notion]



                """)
        let json = try GovernorBinary.run(["test", "--format", "json", file.path])
        #expect(json.standardOutput.contains(#""kind" : "routing""#))
        #expect(json.standardOutput.contains(#""checks" : 1"#))
    }
}
