import Foundation
import GovernorCore
import GovernorPolicy
import GovernorQuery
import Testing

@Suite struct AlertingConfigLoaderTests {
    /// Each `X.bad.yaml` must produce exactly the diagnostics in `X.expected`, positions included.
    @Test(arguments: AlertsFixture.names(in: "diagnostics", suffix: ".bad.yaml"))
    func badFilesProduceTheirExpectedDiagnostics(name: String) throws {
        let text = try AlertsFixture.text("diagnostics/\(name)")
        let expectedName = name.replacingOccurrences(of: ".bad.yaml", with: ".expected")
        let expected = try AlertsFixture.text("diagnostics/\(expectedName)")
        let result = AlertingConfigLoader().load(text: text, file: name)
        #expect(result.diagnostics.map(\.description).joined(separator: "\n") + "\n" == expected)
    }

    @Test func theGoodFileLoadsEveryPart() throws {
        let loader = AlertingConfigLoader(environment: ["CHAT": "-100", "NOTION": "x", "HOOK": "y"])
        let result = loader.load(paths: [AlertsFixture.url("good.yaml").path])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let configuration = try #require(result.configuration)
        #expect(configuration.route.routes.map(\.options.receiver) == ["chat"])
        #expect(configuration.route.routes[0].options.muteTimeIntervals == ["maintenance"])
        #expect(configuration.route.routes[0].options.activeTimeIntervals == ["office"])
        #expect(configuration.receivers.map(\.name) == ["everything", "chat"])
        #expect(configuration.receivers[0].integrations.map(\.kind) == ["log", "stdout", "alertmanager"])
        #expect(configuration.receivers[1].integrations.map(\.kind) == ["telegram", "notion", "webhook"])
        guard case .telegram(let telegram) = configuration.receivers[1].integrations[0] else {
            Issue.record("expected telegram first")
            return
        }
        #expect(telegram.botToken == .file("/run/secrets/telegram"))
        #expect(telegram.chatID == "-100")
        #expect(telegram.apiURL == "http://127.0.0.1:8081")
        #expect(telegram.messageThreadID == 7)
        #expect(telegram.parseMode == .markdownV2)
        #expect(telegram.disableNotification)
        #expect(!telegram.sendResolved)
        guard case .webhook(let webhook) = configuration.receivers[1].integrations[2] else {
            Issue.record("expected webhook third")
            return
        }
        #expect(webhook.bearerToken == .environment("HOOK"))
        #expect(webhook.maxAlerts == 3)
        #expect(configuration.inhibitRules.count == 1)
        #expect(configuration.inhibitRules[0].equal == ["cluster"])
        #expect(configuration.silences.map(\.id) == ["freeze"])
        #expect(configuration.silences[0].startsAt == 1_735_689_600_000)
        #expect(configuration.silences[0].endsAt == 1_735_776_000_500)
        #expect(Set(configuration.timeIntervals.keys) == ["office", "maintenance"])
    }

    @Test func timeIntervalsMuteAndActivateRoutes() throws {
        let result = AlertingConfigLoader(environment: ["CHAT": "1", "NOTION": "x", "HOOK": "y"])
            .load(paths: [AlertsFixture.url("good.yaml").path])
        let configuration = try #require(result.configuration)
        let match = try #require(configuration.route.matches(["severity": "critical"]).first)
        let mondayNoon: Int64 = 1_733_140_800_000  // 2024-12-02T12:00:00Z
        let mondayNight: Int64 = 1_733_176_800_000  // 2024-12-02T22:00:00Z
        let lastDayNoon: Int64 = 1_735_646_400_000  // 2024-12-31T12:00:00Z, a Tuesday
        #expect(!configuration.isMuted(match, at: mondayNoon))
        #expect(configuration.isMuted(match, at: mondayNight))
        #expect(configuration.isMuted(match, at: lastDayNoon))
    }

    @Test func secretsNeverAppearInDiagnostics() {
        let text = try! AlertsFixture.text("diagnostics/receivers.bad.yaml")
        let result = AlertingConfigLoader().load(text: text, file: "receivers.bad.yaml")
        #expect(!result.diagnostics.map(\.description).joined().contains("sekret-token-value"))
    }

    @Test func aSecondRoutingTreeInAnotherFileIsAnError() {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alerts-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = "route:\n  receiver: a\nreceivers:\n  - name: a\n"
        try? file.write(to: directory.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try? file.write(to: directory.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        let messages = AlertingConfigLoader().load(paths: [directory.path]).diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("a second routing tree; the first is at ") })
        #expect(messages.contains("notification config name 'a' is not unique"))
    }

    @Test func theShippedAlertsAreCleanApartFromUnsetEnvironment() throws {
        let root = AlertsFixture.directory.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let environment = [
            "GOVERNOR_TELEGRAM_BOT_TOKEN": "t", "GOVERNOR_TELEGRAM_CHAT_ID": "1", "GOVERNOR_NOTION_TOKEN": "n",
            "GOVERNOR_NOTION_DATABASE_ID": "d",
        ]
        let result = AlertingConfigLoader(environment: environment).load(paths: [
            root.appendingPathComponent("alerts").path
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let configuration = try #require(result.configuration)
        let breach: Labels = ["alertname": "GovernanceBreach", "severity": "critical"]
        #expect(configuration.route.matches(breach).map(\.receiver) == ["log", "telegram"])
        let risk: Labels = ["alertname": "ForecastRisk", "risk": "HIGH"]
        #expect(configuration.route.matches(risk).map(\.receiver) == ["log", "notion"])
        #expect(configuration.route.matches(["alertname": "ForecastRisk", "risk": "LOW"]).map(\.receiver) == ["log"])
    }
}
