import Foundation
import Testing

@Suite struct RoutesCommandTests {
    private let config = GovernorBinary.packageRoot.appendingPathComponent(
        "Tests/GovernorPolicyTests/Alerts/Fixtures/oracle/continue-and-inheritance.yml"
    ).path

    @Test func firstLineIsAmtoolsReceiverList() throws {
        let outcome = try GovernorBinary.run(
            ["routes", "test", "--config", config, "severity=critical", "team=infra", "service=db"])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "audit,pager,infra-dev")
        // Then why: each receiver with the routes that led to it.
        #expect(
            outcome.standardOutput.contains(#"    {severity=~"crit.*",team="infra"}  continue: true  receiver: pager"#))
        #expect(outcome.standardOutput.contains(#"{env!="prod"}  receiver: infra-dev"#))
    }

    @Test func jsonPrintsOnlyTheReceivers() throws {
        let outcome = try GovernorBinary.run(["routes", "test", "--config", config, "--format", "json", "foo=bar"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == #"{"receivers":["audit","catch-services"]}"# + "\n")
    }

    @Test func treePrintsTheRoutingTreeLikeAmtool() throws {
        let outcome = try GovernorBinary.run(["routes", "show", "--config", config])
        #expect(outcome.status == 0)
        let expected = """
            Routing tree:
            .
            └── default-route  receiver: default
                ├── default-route  continue: true  receiver: audit
                ├── {severity=~"crit.*",team="infra"}  continue: true  receiver: pager
                ├── {service=~"^(?:db|cache)$",team="infra"}  receiver: infra
                │\u{00A0}\u{00A0} ├── {env!="prod"}  receiver: infra-dev
                │\u{00A0}\u{00A0} ├── {env="prod"}  continue: true  receiver: infra
                │\u{00A0}\u{00A0} └── {region=~"eu-.*"}  receiver: infra-eu
                └── {service=~"^(?:.*)$"}  receiver: catch-services


            """
        #expect(outcome.standardOutput == expected)
    }

    @Test func verifyReceiversFailsOnAMismatch() throws {
        let good = try GovernorBinary.run(
            ["routes", "test", "--config", config, "--verify-receivers", "audit,catch-services", "foo=bar"])
        #expect(good.status == 0)
        let bad = try GovernorBinary.run([
            "routes", "test", "--config", config, "--verify-receivers", "pager", "foo=bar",
        ])
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("WARNING: Expected receivers did not match resolved receivers."))
    }

    @Test func labelsMustBeEqualities() throws {
        let outcome = try GovernorBinary.run(["routes", "test", "--config", config, "severity=~crit"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("'severity=~crit': labels must be specified as name=value pairs"))
    }

    @Test func configurationErrorsArePrintedWithPositions() throws {
        let bad = GovernorBinary.packageRoot.appendingPathComponent(
            "Tests/GovernorPolicyTests/Alerts/Fixtures/diagnostics/routing.bad.yaml"
        ).path
        let outcome = try GovernorBinary.run(["routes", "test", "--config", bad, "a=b"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("routing.bad.yaml:7:17: error: undefined receiver 'pagr' used in route"))
        #expect(outcome.standardOutput.isEmpty)
    }
}
