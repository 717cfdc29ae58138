import Foundation
import Testing

/// The dashboard in a real browser: `governor run` on the simulator's payment outage, and headless Chromium driven
/// over the DevTools protocol (Tests/GovernorCLITests/Fixtures/browser/dashboard-driver.mjs). Screenshots at
/// desktop and phone widths go to .build/artifacts/.
@Suite(.serialized) struct DashboardBrowserTests {
    static let speed = 20.0
    /// The smallest rule group interval of the shipped policies (telemetry.yaml), in simulated milliseconds.
    static let tick: Int64 = 10_000

    static func driver(base: String, key: String, pid: Int32) throws -> [String: Any] {
        let script = GovernorBinary.fixture("browser/dashboard-driver.mjs")
        let config: [String: Any] = [
            "base": base, "key": key, "artifacts": Chromium.artifacts.path, "timeoutSeconds": 150, "pid": pid,
        ]
        let text = String(decoding: try JSONSerialization.data(withJSONObject: config), as: UTF8.self)
        let outcome = try Chromium.run(["--experimental-websocket", script, text], executable: "/usr/bin/node")
        let observed = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any],
            "the driver printed no JSON: \(outcome.output.prefix(500)) \(outcome.error)")
        return observed
    }

    static func card(_ state: Any?, _ id: String) -> [String: Any] {
        ((state as? [String: Any])?["cards"] as? [[String: Any]])?.first { $0["id"] as? String == id } ?? [:]
    }

    @Test(.enabled(if: Chromium.available)) func theSevenCardsGoLiveAndFollowAPaymentOutage() throws {
        let workspace = try DaemonWorkspace()
        let key = "browser-key-\(UUID().uuidString)"
        let daemon = try DaemonProcess(
            workspace.runArguments([
                "--simulate", "payment-outage", "--speed", String(Self.speed), "--stop-after", "60m",
            ]),
            environment: DaemonWorkspace.environment.merging(["GOVERNOR_DASH_KEY": key]) { _, new in new },
            output: workspace.directory.appendingPathComponent("daemon.out"))
        defer { daemon.kill() }
        var base: String?
        for _ in 0..<300 where base == nil {
            if let match = daemon.output.firstMatch(of: /http:\s+(http:\/\/127\.0\.0\.1:\d+)/) {
                base = String(match.1)
            }
            usleep(50_000)
        }
        let url = try #require(base, "the daemon did not say where it listens: \(daemon.output)")
        let observed = try Self.driver(base: url, key: key, pid: daemon.process.processIdentifier)
        #expect(observed["error"] == nil, "\(observed["error"] ?? "")")

        // Without the key: the sign-in form and no cards; a wrong key is refused in words.
        #expect(((observed["withoutKey"] as? [String: Any])?["cards"] as? [Any])?.isEmpty == true)
        #expect((observed["wrongKeyMessage"] as? String)?.contains("not accepted") == true)

        // The seven cards, each with a status in words, and live values that match the API's.
        let first = observed["first"] as? [String: Any]
        let cards = (first?["cards"] as? [[String: Any]]) ?? []
        #expect(
            cards.compactMap { $0["title"] as? String } == [
                "System health", "Finance", "Security", "Governance", "Scheduler and automation", "Docs and reports",
                "Intervention",
            ])
        for card in cards {
            #expect(
                ["OK", "Warning", "Critical"].contains(card["statusText"] as? String ?? "")
                    || (card["id"] as? String == "intervention"), "\(card)")
        }
        let telemetry = observed["firstTelemetry"] as? [String: Any]
        let system = (telemetry?["components"] as? [String: Any])?["system"] as? [String: Any]
        let rows = Self.card(first, "system")["rows"] as? [String: String] ?? [:]
        #expect(rows["cpu"]?.hasSuffix("%") == true && rows["memory"]?.hasSuffix("%") == true, "\(rows)")
        #expect(system?["cpu_percent"] != nil)
        #expect((Self.card(first, "finance")["rows"] as? [String: String])?["success-rate"]?.hasSuffix("%") == true)
        #expect((Self.card(first, "governance")["svgs"] as? Int ?? 0) >= 9, "a sparkline and two charts per objective")
        let second = observed["second"] as? [String: Any]
        #expect((second?["time"] as? Double ?? 0) > (first?["time"] as? Double ?? 0), "the page follows the daemon")

        // The outage shows on the page within two ticks of the API.
        let apiRed = try #require(observed["apiRed"] as? [String: Any])
        let pageRed = try #require(observed["pageRed"] as? [String: Any])
        let lag = (pageRed["time"] as? Double ?? 0) - (apiRed["time"] as? Double ?? 0)
        #expect(lag <= Double(2 * Self.tick), "the page showed the outage \(lag) ms of daemon time after the API")
        #expect(pageRed["statusText"] as? String == "Critical")
        let wallLag = (pageRed["wall"] as? Double ?? 0) - (apiRed["wall"] as? Double ?? 0)
        print(
            "dashboard: finance turned red on the page \(Int(wallLag)) ms (wall) after the API, \(Int(lag)) ms daemon time"
        )

        // Stale when the connection drops, live again when it comes back.
        #expect((observed["stale"] as? [String: Any])?["freshness"].map { "\($0)".hasPrefix("Stale") } == true)
        let reconnected = observed["reconnected"] as? [String: Any]
        #expect(reconnected?["stale"] as? Bool == false)
        #expect(
            (reconnected?["connections"] as? Int ?? 0)
                > ((observed["stale"] as? [String: Any])?["connections"] as? Int ?? 0),
            "the page opened a new stream after the old one went quiet")

        // Keyboard: Tab reaches the sign-out, the docs, the tables and the intervention buttons.
        let order = observed["tabOrder"] as? [String] ?? []
        for expected in [
            "page button logout", "card-docs button Open", "card-docs button show-logs", "card-docs button export-csv",
            "card-intervention button Reload policies",
        ] {
            #expect(order.contains(expected), "Tab never reached \(expected): \(order)")
        }

        // Intervention: a silence with confirmation, listed by the API, and its undo expires it.
        let silenced = try #require(observed["silenced"] as? String)
        #expect((observed["silenceQuestion"] as? String)?.contains(silenced) == true)
        #expect((observed["silenceResult"] as? String)?.contains("silenced") == true)
        let silences = observed["silencesAfter"] as? [[String: Any]] ?? []
        let made = silences.filter { ($0["status"] as? [String: String])?["state"] == "active" }
        #expect(made.count == 1, "\(silences)")
        let undone = observed["silencesAfterUndo"] as? [[String: Any]] ?? []
        #expect(undone.allSatisfy { ($0["status"] as? [String: String])?["state"] != "active" }, "\(undone)")
        #expect((observed["undoResult"] as? String)?.hasPrefix("Undone") == true)

        // Through the actions API: governance on demand, and every call in the audit log, without the key.
        #expect(observed["actionsAvailable"] as? Bool == true)
        #expect((observed["governanceQuestion"] as? String)?.contains("governance pass") == true)
        let governanceResult = observed["governanceResult"] as? String ?? ""
        #expect(!governanceResult.isEmpty && !governanceResult.contains("failed"), "\(governanceResult)")

        // Pausing a group from the page and resuming it: the buttons follow its state, the intervention card names
        // it while it is paused, and neither action reports a failure.
        let pause = observed["pause"] as? [String: Any] ?? [:]
        let pausedGroup = pause["group"] as? String ?? ""
        #expect(!pausedGroup.isEmpty, "\(pause)")
        let before = pause["before"] as? [String: Any]
        #expect(before?["pauseEnabled"] as? Bool == true && before?["resumeEnabled"] as? Bool == false, "\(pause)")
        #expect(before?["paused"] as? String == "none", "\(pause)")
        #expect((pause["question"] as? String)?.contains("Pause rule group \(pausedGroup)?") == true, "\(pause)")
        let whilePaused = pause["whilePaused"] as? [String: Any]
        #expect(whilePaused?["pauseEnabled"] as? Bool == false, "\(pause)")
        #expect(whilePaused?["option"] as? String == "\(pausedGroup) (paused)", "\(pause)")
        #expect((pause["resumeQuestion"] as? String)?.contains("Resume rule group \(pausedGroup)?") == true)
        for result in [pause["result"], pause["resumeResult"]] {
            let text = result as? String ?? ""
            #expect(!text.isEmpty && !text.contains("failed"), "\(pause)")
        }
        #expect(pause["after"] as? String == "none", "\(pause)")
        let audit =
            (try? String(contentsOf: workspace.logs.appendingPathComponent("audit.ndjson"), encoding: .utf8)) ?? ""
        let entries = audit.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let fromPage = entries.filter { $0["source"] as? String == "dashboard" }.compactMap { $0["action"] as? String }
        #expect(
            fromPage == ["silence", "expire-silence", "run-governance", "pause-group", "resume-group"], "\(audit)")
        #expect(!audit.contains(key))

        // Docs and reports.
        #expect(observed["docHeading"] as? String == "The dashboard")
        #expect((observed["logTails"] as? [String])?.contains { $0.hasPrefix("logs/alerts.ndjson") } == true)

        // The phone: one column, nothing wider than the screen.
        let phone = observed["phone"] as? [String: Any]
        #expect((phone?["overflow"] as? Double ?? 1) <= 0, "the phone layout scrolls sideways")
        #expect(
            observed["darkBackground"] as? String == "rgb(13, 17, 23)", "the dark scheme follows the system setting")
        for name in ["dashboard-desktop", "dashboard-phone", "dashboard-outage-desktop", "dashboard-dark-desktop"] {
            #expect(
                FileManager.default.fileExists(atPath: Chromium.artifacts.appendingPathComponent("\(name).png").path))
        }
    }
}
