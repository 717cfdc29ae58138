import Foundation
import GovernorDaemon
import GovernorHTTP
import GovernorQuery
import GovernorSources
import Testing

/// `/api/ops/telemetry` on the shipped policies and the simulator: every answer validates against
/// docs/telemetry.schema.json, and the live values and statuses follow the scenario.
@Suite(.serialized) struct TelemetryTests {
    static let minute: Int64 = 60_000

    static func shippedPolicies() throws -> [String: String] {
        let directory = JSONSchemaValidator.repositoryRoot.appendingPathComponent("policies")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".yaml") {
            files[name] = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    static func daemon(_ scenario: SimulatorScenario) async throws -> TestDaemon {
        try await TestDaemon(
            policies: try shippedPolicies(),
            sources: [Simulator(scenario: scenario, seed: 1, start: Simulator.defaultStart)],
            start: Simulator.defaultStart)
    }

    /// Runs the daemon to `minutes` after the simulator's start, instant by instant as the simulated clock would.
    static func run(_ daemon: TestDaemon, toMinute minutes: Int64) async {
        let end = Simulator.defaultStart + minutes * minute
        while let next = await daemon.core.nextWake, next <= end { await daemon.advance(to: next) }
    }

    static func telemetry(_ daemon: TestDaemon) async throws -> (data: Data, json: [String: Any]) {
        let (status, data, headers) = try await daemon.request("/api/ops/telemetry")
        #expect(status == 200)
        #expect(headers["content-type"] == "application/json")
        let violations = try JSONSchemaValidator.violations(
            of: data, schema: JSONSchemaValidator.repositoryRoot.appendingPathComponent("docs/telemetry.schema.json"))
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
        return (data, try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    static func component(_ json: [String: Any], _ name: String) -> [String: Any] {
        (json["components"] as? [String: Any])?[name] as? [String: Any] ?? [:]
    }

    /// The answer is worked out once per daemon step: asked twice between steps it is the same, and the next step
    /// renews it rather than serving the kept one.
    @Test func theAnswerKeptBetweenStepsIsRenewedAtTheNextStep() async throws {
        let daemon = try await Self.daemon(.paymentOutage)
        defer { daemon.stop() }
        await Self.run(daemon, toMinute: 5)
        let sequence = try #require(daemon.configuration.board.current?.sequence)
        let first = try await Self.telemetry(daemon).json
        let second = try await Self.telemetry(daemon).json
        #expect(first["generated_at"] as? String == second["generated_at"] as? String)
        await Self.run(daemon, toMinute: 40)
        #expect((daemon.configuration.board.current?.sequence ?? 0) > sequence)
        let later = try await Self.telemetry(daemon).json
        let time = try #require(daemon.configuration.board.current?.time)
        #expect(later["generated_at"] as? String == RFC3339Time.textWithMilliseconds(time))
        #expect(later["generated_at"] as? String != first["generated_at"] as? String)
        #expect(Self.component(later, "finance")["status"] as? String == "red", "the outage shows after the step")
    }

    @Test func aNormalDayIsGreenVerifiedAndEveryValueIsThere() async throws {
        let daemon = try await Self.daemon(.normal)
        defer { daemon.stop() }
        await Self.run(daemon, toMinute: 20)
        let (_, json) = try await Self.telemetry(daemon)
        #expect(json["overall_health"] as? String == "green", "\(json)")
        #expect(json["autonomy"] as? String == "verified")
        let scheduler = Self.component(json, "scheduler")
        #expect(scheduler["pid"] as? Int == Int(ProcessInfo.processInfo.processIdentifier))
        let groups = (scheduler["groups"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(groups == daemon.configuration.board.current?.groups.map(\.name))
        #expect(groups?.contains("governor-governance") == true)
        #expect(scheduler["heartbeat"] as? String == "2025-01-01T00:20:00.000Z")
        let finance = Self.component(json, "finance")
        #expect((finance["success_rate"] as? Double ?? 0) > 0.95)
        #expect(finance["webhook_status"] as? String == "healthy")
        let system = Self.component(json, "system")
        for value in ["cpu_percent", "memory_percent", "disk_percent"] {
            #expect((system[value] as? Double).map { (0...100).contains($0) } == true, "\(value): \(system)")
        }
        let governance = Self.component(json, "governance")
        #expect(governance["compliance_index"] as? Double == 100)
        #expect(
            (governance["breakdown"] as? [String: Double])?.keys.sorted()
                == ["availability", "p95_latency", "payment_success", "webhook_success"])
        let security = Self.component(json, "security")
        #expect(security["threshold"] as? Double == 10)
        #expect(security["threshold_status"] as? String == "ok")
    }

    @Test func aPaymentOutageTurnsFinanceRedAndSaysWhy() async throws {
        let daemon = try await Self.daemon(.paymentOutage)
        defer { daemon.stop() }
        await Self.run(daemon, toMinute: 5)
        let before = Self.component(try await Self.telemetry(daemon).json, "finance")
        #expect(before["status"] as? String == "green", "\(before)")
        await Self.run(daemon, toMinute: 38)
        let (_, json) = try await Self.telemetry(daemon)
        let finance = Self.component(json, "finance")
        #expect(finance["status"] as? String == "red", "\(finance)")
        let reasons = finance["reasons"] as? [String] ?? []
        #expect(
            reasons.contains { $0.hasPrefix("payment failure rate ") && $0.hasSuffix(" is above 5%") }, "\(reasons)")
        #expect(reasons.contains("alert PaymentFailureRateHigh is firing (critical)"), "\(reasons)")
        #expect(json["overall_health"] as? String == "red")
        #expect(json["autonomy"] as? String == "degraded")
        #expect((Self.component(json, "governance")["firing_alerts"] as? Int ?? 0) >= 1)
    }

    @Test func beforeTheFirstTickTheSchedulerIsRedAndTheAnswerStillValidates() async throws {
        let daemon = try await Self.daemon(.normal)
        defer { daemon.stop() }
        let (_, json) = try await Self.telemetry(daemon)
        let scheduler = Self.component(json, "scheduler")
        #expect(scheduler["status"] as? String == "red")
        #expect(scheduler["reasons"] as? [String] == ["no rule group has run yet"])
        #expect(json["autonomy"] as? String == "degraded")
    }
}
