import Foundation
import GovernorCore
import GovernorDaemon
import GovernorQuery
import Testing

/// The ops actions API over real HTTP: each action done, undone where it can be, refused for bad arguments and
/// outside the allowlist, and every call written to the audit log.
@Suite(.serialized) struct OpsActionTests {
    typealias H = OpsActionHarness

    @Test func theCatalogListsEveryActionWithItsArguments() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        let (status, json) = try await daemon.json("/api/ops/actions")
        #expect(status == 200)
        let actions = try #require((json as? [String: Any])?["actions"] as? [[String: Any]])
        #expect(
            actions.compactMap { $0["name"] as? String } == [
                "silence", "expire-silence", "run-governance", "run-forecast", "pause-group", "resume-group", "reload",
            ])
        #expect(actions.allSatisfy { $0["changes"] as? Bool == true && !(($0["summary"] as? String) ?? "").isEmpty })
        let silence = try #require(actions.first { $0["name"] as? String == "silence" })
        let arguments = try #require(silence["arguments"] as? [[String: Any]])
        #expect(arguments.map { $0["name"] as? String } == ["matchers", "duration", "comment", "createdBy"])
        #expect(arguments[0]["type"] as? String == "matchers" && arguments[0]["required"] as? Bool == true)
        #expect(arguments[2]["required"] as? Bool == false)
    }

    @Test func aSilenceIsSetTakesEffectAndItsUndoExpiresIt() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: H.start)
        let done = try await H.call(
            daemon, "silence", ["matchers": [#"alertname="ErrorsHigh""#], "duration": "2h", "comment": "deploy"])
        #expect(done.status == 200, "\(done.json)")
        #expect(done.json["outcome"] as? String == "done")
        #expect((done.json["message"] as? String)?.hasPrefix(#"silenced {alertname="ErrorsHigh"} for 2h (id "#) == true)
        let undo = try #require(done.json["undo"] as? [String: Any])
        #expect(undo["action"] as? String == "expire-silence")
        let id = try #require((undo["arguments"] as? [String: Any])?["id"] as? String)
        let listed = try #require(try await daemon.json("/api/v2/silences").json as? [[String: Any]])
        #expect(listed.count == 1 && listed[0]["id"] as? String == id)
        #expect((listed[0]["status"] as? [String: Any])?["state"] as? String == "active")
        #expect(listed[0]["endsAt"] != nil && listed[0]["comment"] as? String == "deploy")

        let undone = try await H.call(daemon, "expire-silence", ["id": id])
        #expect(undone.status == 200, "\(undone.json)")
        #expect(undone.json["undo"] is NSNull)
        let after = try #require(try await daemon.json("/api/v2/silences").json as? [[String: Any]])
        #expect((after.first?["status"] as? [String: Any])?["state"] as? String == "expired")
        let again = try await H.call(daemon, "expire-silence", ["id": id])
        #expect(again.status == 422 && again.json["errorType"] as? String == "execution")

        let audit = try H.auditFile(daemon)
        #expect(audit.map { $0["outcome"] as? String } == ["done", "done", "failed"])
        #expect(audit.map { $0["action"] as? String } == ["silence", "expire-silence", "expire-silence"])
        #expect(audit.allSatisfy { $0["source"] as? String == "console" && $0["time"] is String })
        #expect((audit[0]["arguments"] as? [String: Any])?["duration"] as? String == "2h")
    }

    @Test(arguments: [
        ("silence", #"{"arguments":{"duration":"2h"}}"#, "needs the argument \"matchers\""),
        ("silence", #"{"arguments":{"matchers":["alertname=\"A\""]}}"#, "needs the argument \"duration\""),
        ("silence", #"{"arguments":{"matchers":["alertname=\"A\""],"duration":"soon"}}"#, "not a positive duration"),
        ("silence", #"{"arguments":{"matchers":["alertname=\"A\""],"duration":"-1h"}}"#, "not a positive duration"),
        ("silence", #"{"arguments":{"matchers":"alertname=A","duration":"1h"}}"#, "non-empty array of strings"),
        ("silence", #"{"arguments":{"matchers":[],"duration":"1h"}}"#, "non-empty array of strings"),
        ("silence", #"{"arguments":{"matchers":["=oops"],"duration":"1h"}}"#, "bad matcher format"),
        ("silence", #"{"arguments":{"matchers":[3],"duration":"1h"}}"#, "array of strings"),
        (
            "silence", #"{"arguments":{"matchers":["a=\"b\""],"duration":"1h","command":"rm -rf /"}}"#,
            "no argument \"command\""
        ),
        ("expire-silence", #"{"arguments":{}}"#, "needs the argument \"id\""),
        ("expire-silence", #"{"arguments":{"id":7}}"#, "must be a non-empty string"),
        ("pause-group", #"{"arguments":{"group":"nope"}}"#, "no rule group is named nope"),
        ("pause-group", #"{"arguments":{"group":"  "}}"#, "must be a non-empty string"),
        ("reload", #"{"arguments":{"force":true}}"#, "it takes none"),
        ("reload", #"{"arguments":[]}"#, "must be a JSON object"),
        ("reload", #"{"source":"root"}"#, "\"source\" must be one of"),
        ("reload", #"{"extra":1}"#, "unknown field \"extra\""),
        ("reload", "not json", "not JSON"),
    ])
    func badArgumentsAreRefusedWith400AndAudited(action: String, body: String, message: String) async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: H.start)
        let refused = try await H.call(daemon, action, body: body)
        #expect(refused.status == 400, "\(refused.json)")
        #expect(refused.json["errorType"] as? String == "bad_data")
        #expect((refused.json["error"] as? String)?.contains(message) == true, "\(refused.json)")
        let audit = try H.auditFile(daemon)
        #expect(audit.count == 1)
        #expect(audit.first?["outcome"] as? String == "refused" && audit.first?["action"] as? String == action)
        #expect((try await daemon.json("/api/v2/silences").json as? [[String: Any]])?.isEmpty == true)
    }

    @Test func aNameOutsideTheAllowlistIs404AndAudited() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        for name in ["shell", "delete-database", "Silence", "run_governance"] {
            let refused = try await H.call(daemon, name, ["command": "rm -rf /"])
            #expect(refused.status == 404, "\(name): \(refused.json)")
            #expect((refused.json["error"] as? String)?.contains("the actions are silence, expire-silence") == true)
        }
        let audit = try H.auditFile(daemon)
        #expect(audit.count == 4)
        #expect(audit.allSatisfy { $0["outcome"] as? String == "refused" })
        #expect(audit.map { $0["action"] as? String } == ["shell", "delete-database", "Silence", "run_governance"])
    }

    @Test func aPausedGroupSkipsItsTicksWithoutMissingThemAndKeepsItsAlerts() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        for step in 0...3 { await daemon.advance(to: H.start + Int64(step) * 10_000) }
        func api() throws -> GroupStatus {
            try #require(daemon.core.board.current?.groups.first { $0.name == "api" })
        }
        let firing = try api().rules.flatMap(\.alerts).map(\.state)
        #expect(firing == [.firing])
        let lastRun = try api().lastRun
        let paused = try await H.call(daemon, "pause-group", ["group": "api"])
        #expect(paused.status == 200 && paused.json["message"] as? String == "paused group api")
        #expect((paused.json["undo"] as? [String: Any])?["action"] as? String == "resume-group")
        #expect(try api().paused)
        for step in 4...9 { await daemon.advance(to: H.start + Int64(step) * 10_000) }
        #expect(try api().lastRun == lastRun)
        #expect(try api().missedTicks == 0)
        #expect(try api().rules.flatMap(\.alerts).map(\.state) == firing)
        let resumed = try await H.call(daemon, "resume-group", ["group": "api"])
        #expect(resumed.status == 200 && resumed.json["message"] as? String == "resumed group api")
        await daemon.advance(to: H.start + 100_000)
        #expect(try api().lastRun == H.start + 100_000)
        #expect(try !api().paused)
        #expect(try api().missedTicks == 0)
    }

    @Test func governanceRunsNowOutsideItsScheduleAndIsLogged() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: H.start)
        await daemon.advance(to: H.start + 20_000)
        let log = daemon.directory.appendingPathComponent("logs/governance_loop.ndjson")
        let before = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").count ?? 0
        let done = try await H.call(daemon, "run-governance")
        #expect(done.status == 200, "\(done.json)")
        #expect(
            (done.json["message"] as? String)?.hasPrefix("governance pass: Status: OK, Compliance Index: 75/100")
                == true,
            "\(done.json)")
        #expect(done.json["undo"] is NSNull)
        let after = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").count
        #expect(after == before + 1)
    }

    @Test func governanceAndForecastFailClearlyWhenThePoliciesHaveNone() async throws {
        let daemon = try await H.daemon(governance: false, forecast: false)
        defer { daemon.stop() }
        await daemon.advance(to: H.start)
        let governance = try await H.call(daemon, "run-governance")
        #expect(
            governance.status == 422 && governance.json["error"] as? String == "the policies have no governance group")
        let forecast = try await H.call(daemon, "run-forecast")
        #expect(forecast.status == 422 && forecast.json["error"] as? String == "the policies declare no forecast")
        #expect(try H.auditFile(daemon).map { $0["outcome"] as? String } == ["failed", "failed"])
    }

    @Test func theForecastRunsNowAndIsLogged() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: H.start)
        let log = daemon.directory.appendingPathComponent("logs/predictive_maintenance.ndjson")
        let before = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").count ?? 0
        let done = try await H.call(daemon, "run-forecast")
        #expect(done.status == 200, "\(done.json)")
        #expect(done.json["message"] as? String == "forecast started: disk_risk")
        let after = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").count
        #expect(after == before + 1)
    }

    @Test func aForecastRunNowWritesItsSeriesIntoTheStoreTheBoardLends() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: H.start)
        let done = try await H.call(daemon, "run-forecast")
        #expect(done.status == 200, "\(done.json)")
        // No step has run since the action: the store on the board is the one it wrote to, not the one lent before.
        let storage = try #require(daemon.core.board.current?.storage)
        let risk = try LabelMatcher(name: "__name__", type: .equal, value: "governor:forecast_risk:level")
        let written = storage.select([risk], start: H.start + 1, end: .max).flatMap(\.points)
        #expect(!written.isEmpty)
    }

    @Test func reloadAdoptsGoodPoliciesAndReportsBrokenOnes() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: H.start)
        let adopted = try await H.call(daemon, "reload")
        #expect(adopted.status == 200 && adopted.json["message"] as? String == "policies reloaded")
        try "groups: [{name: api, rules: [{record: x, expr: 'sum('}]}]\n".write(
            to: daemon.directory.appendingPathComponent("policies/rules.yaml"), atomically: true, encoding: .utf8)
        let broken = try await H.call(daemon, "reload")
        #expect(broken.status == 422, "\(broken.json)")
        let message = try #require(broken.json["error"] as? String)
        #expect(message.hasPrefix("reload failed, the running policies stay in force: "))
        #expect(message.contains("rules.yaml:1:"))
    }

    @Test func theAuditEndpointReturnsTheNewestLinesAndNeverAKey() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: H.start)
        _ = try await H.call(daemon, "pause-group", ["group": "api"])
        _ = try await H.call(daemon, "resume-group", ["group": "api"])
        _ = try await H.call(daemon, "nothing")
        _ = try await H.call(daemon, "silence", ["matchers": [#"alertname="ErrorsHigh""#], "duration": "1h"])
        let (status, json) = try await daemon.json("/api/ops/audit?limit=2")
        #expect(status == 200)
        let entries = try #require((json as? [String: Any])?["entries"] as? [[String: Any]])
        #expect(entries.map { $0["action"] as? String } == ["nothing", "silence"])
        let all = try #require((try await daemon.json("/api/ops/audit").json as? [String: Any])?["entries"] as? [Any])
        #expect(all.count == 4)
        for bad in ["0", "-3", "ten"] {
            #expect(try await daemon.request("/api/ops/audit?limit=\(bad)").status == 400)
        }
        let text = try String(
            contentsOf: daemon.directory.appendingPathComponent("logs/audit.ndjson"), encoding: .utf8)
        #expect(text.split(separator: "\n").count == 4)
        // The key a caller authenticates with travels in a header and is never written; only what it typed is.
        let headerOnly = try await daemon.request(
            "/api/ops/actions/reload", method: "POST", body: Data("{}".utf8),
            headers: ["Authorization": "Bearer \(daemon.key)"])
        #expect(headerOnly.status == 200)
        let lines = try H.auditFile(daemon)
        #expect(lines.count == 5 && lines.last?["source"] as? String == "api")
        let written = try String(
            contentsOf: daemon.directory.appendingPathComponent("logs/audit.ndjson"), encoding: .utf8)
        #expect(!written.contains(daemon.key))
    }
}
