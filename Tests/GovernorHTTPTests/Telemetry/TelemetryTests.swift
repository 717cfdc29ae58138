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
            policies: try Self.shippedPolicies(),
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

    /// Uptime is counted on the daemon's clock, like the heartbeat beside it: a simulated run that has reached its
    /// 90th minute has been up 90 minutes, however few real seconds that took.
    @Test func uptimeCountsTheDaemonsClockSoASimulatedRunIsUpAsLongAsItHasSimulated() async throws {
        let daemon = try await Self.daemon(.normal)
        defer { daemon.stop() }
        await Self.run(daemon, toMinute: 20)
        let early = Self.component(try await Self.telemetry(daemon).json, "scheduler")
        #expect(early["uptime_seconds"] as? Double == 1_200.0, "\(early)")
        #expect(early["heartbeat"] as? String == "2025-01-01T00:20:00.000Z")
        await Self.run(daemon, toMinute: 90)
        let later = Self.component(try await Self.telemetry(daemon).json, "scheduler")
        #expect(later["uptime_seconds"] as? Double == 5_400.0, "\(later)")
    }

    /// A simulated run that resumes where a stopped one got to counts its uptime from there, from its first answer
    /// on, not from the start of the scenario.
    @Test func aResumedSimulationCountsUptimeFromWhereItResumed() async throws {
        let first = try await Self.daemon(.normal)
        await Self.run(first, toMinute: 20)
        first.stop()
        let resumed = try await TestDaemon(
            policies: try Self.shippedPolicies(),
            sources: [Simulator(scenario: .normal, seed: 1, start: Simulator.defaultStart)],
            start: Simulator.defaultStart, reusing: first.directory)
        defer { resumed.stop() }
        let atStart = Self.component(try await Self.telemetry(resumed).json, "scheduler")
        #expect((atStart["uptime_seconds"] as? Double ?? -1) < 60, "\(atStart)")
        await Self.run(resumed, toMinute: 30)
        let later = Self.component(try await Self.telemetry(resumed).json, "scheduler")
        #expect(abs((later["uptime_seconds"] as? Double ?? 0) - 10 * 60) < 1, "\(later)")
    }
}
