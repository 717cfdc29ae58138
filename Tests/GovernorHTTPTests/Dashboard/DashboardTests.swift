import Foundation
import GovernorDaemon
import GovernorHTTP
import GovernorQuery
import GovernorSources
import Testing

/// The dashboard's page and data on the shipped policies and the simulator: the page is served without the key
/// and holds no data; `/api/ops/dashboard` has the seven cards with the same live values as the telemetry.
@Suite(.serialized) struct DashboardTests {
    static let cardIDs = ["system", "finance", "security", "governance", "scheduler", "docs", "intervention"]

    static func daemon(_ scenario: SimulatorScenario) async throws -> TestDaemon {
        try await TestDaemon(
            policies: try TelemetryTests.shippedPolicies(),
            sources: [Simulator(scenario: scenario, seed: 1, start: Simulator.defaultStart)],
            start: Simulator.defaultStart,
            settings: HTTPSettings(
                port: 0, docsDirectory: JSONSchemaValidator.repositoryRoot.appendingPathComponent("docs").path))
    }

    static func dashboard(_ daemon: TestDaemon) async throws -> [String: Any] {
        let (status, json) = try await daemon.json("/api/ops/dashboard")
        #expect(status == 200)
        return try #require(json as? [String: Any])
    }

    static func card(_ view: [String: Any], _ id: String) -> [String: Any] {
        (view["cards"] as? [[String: Any]])?.first { $0["id"] as? String == id } ?? [:]
    }

    static func row(_ card: [String: Any], _ key: String) -> String? {
        (card["rows"] as? [[String: Any]])?.first { $0["key"] as? String == key }?["value"] as? String
    }

    @Test func thePageAndItsAssetsNeedNoKeyAndCarryNoData() async throws {
        let daemon = try await Self.daemon(.normal)
        defer { daemon.stop() }
        await TelemetryTests.run(daemon, toMinute: 5)
        let (status, body, headers) = try await daemon.request("/", key: .some(nil))
        #expect(status == 200)
        #expect(headers["content-type"] == "text/html; charset=utf-8")
        #expect(headers["content-security-policy"]?.contains("script-src 'self'") == true)
        let page = String(decoding: body, as: UTF8.self)
        #expect(page.contains("<form id=\"login\""))
        #expect(page.contains("<script src=\"/dashboard.js\" defer></script>"))
        #expect(!page.contains("payments") && !page.contains(daemon.key))
        for (path, type) in [("/dashboard.js", "text/javascript"), ("/dashboard.css", "text/css")] {
            let asset = try await daemon.request(path, key: .some(nil))
            #expect(asset.status == 200)
            #expect(asset.headers["content-type"]?.hasPrefix(type) == true)
            #expect(!asset.body.isEmpty)
        }
    }

    @Test func theSevenCardsCarryTheTelemetrysLiveValues() async throws {
        let daemon = try await Self.daemon(.normal)
        defer { daemon.stop() }
        await TelemetryTests.run(daemon, toMinute: 20)
        let view = try await Self.dashboard(daemon)
        let (_, telemetry) = try await TelemetryTests.telemetry(daemon)
        #expect((view["cards"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == Self.cardIDs)
        for id in Self.cardIDs {
            let status = Self.card(view, id)["status"] as? [String: String]
            #expect(
                ["green", "yellow", "red"].contains(status?["level"] ?? ""), "\(id): \(String(describing: status))")
            #expect((status?["text"]?.count ?? 0) > 0, "\(id) has no status text")
        }
        let finance = TelemetryTests.component(telemetry, "finance")
        let rate = try #require(finance["success_rate"] as? Double)
        let shown = try #require(Self.row(Self.card(view, "finance"), "success-rate"))
        #expect(abs((Double(shown.dropLast()) ?? -1) - rate * 100) < 0.01, "\(shown) against \(rate)")
        let governance = TelemetryTests.component(telemetry, "governance")
        let index = try #require(governance["compliance_index"] as? Double)
        #expect(Self.row(Self.card(view, "governance"), "compliance-index")?.hasPrefix("\(Int(index)) / 100") == true)
        let sloObjectives = TelemetryTests.component(telemetry, "slo")["objectives"] as? [[String: Any]] ?? []
        let breakdown = (governance["breakdown"] as? [String: Double])?.keys.sorted() ?? []
        #expect(sloObjectives.compactMap { $0["name"] as? String } == breakdown, "each objective once, by name")
        #expect(sloObjectives.allSatisfy { $0["sli"] is Double && $0["error_budget_remaining"] is Double })
        let objectives = sloObjectives.count
        let charts = Self.card(view, "governance")["charts"] as? [String] ?? []
        #expect(charts.count == 2 * objectives)
        #expect(charts.allSatisfy { $0.contains("<svg") && $0.contains("role=\"img\"") })
        #expect(
            charts.allSatisfy { $0.contains("class=\"chart-line\"") }, "every objective has an SLI and budget trend")
        let scheduler = Self.card(view, "scheduler")["tables"] as? [[String: Any]]
        let groups = (scheduler?.first?["rows"] as? [[String]])?.map { $0[0] }
        #expect(groups == daemon.configuration.board.current?.groups.map(\.name))
        #expect(view["time"] as? Int64 == Simulator.defaultStart + 20 * TelemetryTests.minute)
        // Uptime is on the daemon's clock, as the heartbeat is: twenty simulated minutes, not the real seconds they took.
        #expect(Self.row(Self.card(view, "system"), "uptime") == "20m")
        let sparkline = Self.card(view, "governance")["sparkline"] as? String ?? ""
        #expect(sparkline.contains("<path class=\"chart-line\""), "the compliance index has a trend after 20 minutes")
    }

    @Test func aPaymentOutageTurnsFinanceCriticalAndListsTheFiringAlert() async throws {
        let daemon = try await Self.daemon(.paymentOutage)
        defer { daemon.stop() }
        await TelemetryTests.run(daemon, toMinute: 35)
        let view = try await Self.dashboard(daemon)
        #expect((Self.card(view, "finance")["status"] as? [String: String]) == ["level": "red", "text": "Critical"])
        #expect((Self.card(view, "finance")["reasons"] as? [String])?.first?.contains("payment failure rate") == true)
        let alerts = view["alerts"] as? [[String: Any]] ?? []
        let payment = try #require(alerts.first { $0["alertname"] as? String == "PaymentFailureRateHigh" })
        #expect(payment["state"] as? String == "firing")
        #expect((payment["matchers"] as? [String])?.contains("alertname=\"PaymentFailureRateHigh\"") == true)
        #expect((Self.card(view, "intervention")["status"] as? [String: String])?["text"]?.hasSuffix("firing") == true)
    }

    @Test func docsAreListedAndRenderedAndNothingOutsideTheFolderIsReachable() async throws {
        let daemon = try await Self.daemon(.normal)
        defer { daemon.stop() }
        await daemon.advance(to: Simulator.defaultStart)
        let (_, list) = try await daemon.json("/api/ops/docs")
        let names = (list as? [String: [String]])?["docs"] ?? []
        #expect(names.contains("dry-run.md") && names.allSatisfy { $0.hasSuffix(".md") })
        let (status, doc) = try await daemon.json("/api/ops/docs/dry-run.md")
        #expect(status == 200)
        let html = (doc as? [String: String])?["html"] ?? ""
        #expect(html.hasPrefix("<h1 id=") && !html.contains("<script"))
        for bad in ["..%2FPackage.swift", "policy.schema.json", "nothing.md", "%2Fetc%2Fpasswd"] {
            let answer = try await daemon.json("/api/ops/docs/\(bad)")
            #expect(answer.status == 404, "\(bad)")
            #expect((answer.json as? [String: Any])?["errorType"] as? String == "not_found")
        }
    }

    @Test func logTailsAndTheComplianceCSVCheckTheirParameters() async throws {
        let daemon = try await Self.daemon(.paymentOutage)
        defer { daemon.stop() }
        await TelemetryTests.run(daemon, toMinute: 35)
        let (status, logs) = try await daemon.json("/api/ops/logs?lines=3")
        #expect(status == 200)
        let tails = (logs as? [String: Any])?["logs"] as? [[String: Any]] ?? []
        let alerts = try #require(tails.first { $0["name"] as? String == "alerts.ndjson" })
        let lines = alerts["lines"] as? [String] ?? []
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
        for bad in ["0", "201", "x", "-1"] {
            let answer = try await daemon.json("/api/ops/logs?lines=\(bad)")
            #expect(answer.status == 400, "lines=\(bad)")
        }
        let (csvStatus, body, headers) = try await daemon.request("/api/ops/compliance.csv?step=5m")
        #expect(csvStatus == 200)
        #expect(headers["content-type"] == "text/csv; charset=utf-8")
        let rows = String(decoding: body, as: UTF8.self).split(separator: "\r\n").map { $0.split(separator: ",") }
        #expect(
            rows.first?.map(String.init) == [
                "time", "compliance_index", "score_availability", "score_p95_latency", "score_payment_success",
                "score_webhook_success",
            ])
        #expect((3...9).contains(rows.count), "at most one row per 5 minutes from 00:00 to 00:35: \(rows.count)")
        #expect(rows.last?.first == "2025-01-01T00:35:00Z")
        let index = rows.dropFirst().compactMap { Double($0[1]) }
        #expect(index.contains { $0 < 100 }, "the outage lowers the index: \(index)")
        #expect(try await daemon.request("/api/ops/compliance.csv?step=10s").status == 400)
    }
}
