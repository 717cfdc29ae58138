import Foundation
import GovernorDaemon
import GovernorQuery
import Testing

/// Pause and resume of a rule group from the dashboard's intervention card, at the HTTP level (the browser test
/// needs Chromium): the page's script offers both behind a confirmation and calls the actions API as the
/// dashboard; the calls it makes pause and resume the group, the view shows the paused group, every call is audited
/// with the dashboard as its source, and the undo the pause answers with resumes the group.
@Suite(.serialized) struct DashboardGroupPauseTests {
    typealias H = OpsActionHarness

    static func view(_ daemon: TestDaemon) async throws -> [String: Any] {
        let (status, json) = try await daemon.json("/api/ops/dashboard")
        #expect(status == 200)
        return try #require(json as? [String: Any])
    }

    /// The view's rule groups, by name: whether each is paused.
    static func groups(_ view: [String: Any]) -> [String: Bool] {
        let groups = view["groups"] as? [[String: Any]] ?? []
        return Dictionary(
            uniqueKeysWithValues: groups.compactMap { group in
                (group["name"] as? String).map { ($0, group["paused"] as? Bool ?? false) }
            })
    }

    static func pausedRow(_ view: [String: Any]) -> [String: Any]? {
        let rows = DashboardTests.card(view, "intervention")["rows"] as? [[String: Any]] ?? []
        return rows.first { $0["key"] as? String == "paused" }
    }

    /// What the page's Confirm button sends: `callAction` in the dashboard's script.
    static func callAsThePage(_ daemon: TestDaemon, _ name: String, _ arguments: Any) async throws -> (
        status: Int, json: [String: Any]
    ) {
        let body = try JSONSerialization.data(withJSONObject: ["arguments": arguments, "source": "dashboard"])
        return try await H.call(daemon, name, body: String(decoding: body, as: UTF8.self))
    }

    @Test func theScriptOffersPauseAndResumeBehindAConfirmationThroughTheActionsAPI() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        let (status, body, _) = try await daemon.request("/dashboard.js", key: .some(nil))
        #expect(status == 200)
        let script = String(decoding: body, as: UTF8.self)
        for (button, label, question, action) in [
            (
                "pause-group", "Pause group", "\"Pause rule group \" + group + \"?",
                "runAction(\"pause-group\", { group })"
            ),
            (
                "resume-group", "Resume group", "\"Resume rule group \" + group + \"?",
                "runAction(\"resume-group\", { group })"
            ),
        ] {
            let start = try #require(script.range(of: "id: \"\(button)\""), "no \(button) button")
            let end = try #require(script.range(of: "}, \"\(label)\")", range: start.upperBound..<script.endIndex))
            let handler = script[start.upperBound..<end.lowerBound]
            #expect(handler.contains("confirmBox(panel, \(question)"), "\(button) asks first: \(handler)")
            #expect(handler.contains(action), "\(button) calls the actions API: \(handler)")
        }
        #expect(script.contains("el(\"select\", { id: \"group-select\", \"aria-label\": \"Rule group\""))
    }

    @Test func aGroupPausedFromTheDashboardIsShownAuditedAndItsUndoResumesIt() async throws {
        let daemon = try await H.daemon()
        defer { daemon.stop() }
        await daemon.advance(to: H.start)
        let before = try await Self.view(daemon)
        let names = daemon.core.board.current?.groups.map(\.name) ?? []
        #expect(names.contains("api"))
        #expect((before["groups"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == names)
        #expect(Self.groups(before).values.allSatisfy { !$0 })
        #expect(Self.pausedRow(before)?["value"] as? String == "none")
        #expect(Self.pausedRow(before)?["status"] == nil)

        let paused = try await Self.callAsThePage(daemon, "pause-group", ["group": "api"])
        #expect(paused.status == 200, "\(paused.json)")
        #expect(paused.json["message"] as? String == "paused group api")
        let undo = try #require(paused.json["undo"] as? [String: Any])
        #expect(undo["action"] as? String == "resume-group")
        #expect(undo["arguments"] as? [String: String] == ["group": "api"])
        let during = try await Self.view(daemon)
        #expect(Self.groups(during)["api"] == true)
        #expect(Self.groups(during).filter(\.value).count == 1)
        #expect(Self.pausedRow(during)?["value"] as? String == "api")
        #expect((Self.pausedRow(during)?["status"] as? [String: String])?["level"] == "yellow")

        // The page's Undo button sends the undo exactly as the answer gave it.
        let undone = try await Self.callAsThePage(
            daemon, try #require(undo["action"] as? String), try #require(undo["arguments"]))
        #expect(undone.status == 200 && undone.json["message"] as? String == "resumed group api", "\(undone.json)")
        let after = try await Self.view(daemon)
        #expect(Self.groups(after)["api"] == false)
        #expect(Self.pausedRow(after)?["value"] as? String == "none")

        let audit = try H.auditFile(daemon)
        #expect(audit.map { $0["action"] as? String } == ["pause-group", "resume-group"])
        #expect(audit.allSatisfy { $0["source"] as? String == "dashboard" && $0["outcome"] as? String == "done" })
        #expect(audit.allSatisfy { ($0["arguments"] as? [String: String]) == ["group": "api"] })
    }
}
