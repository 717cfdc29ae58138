import Foundation
import Testing

/// `governor check` given alert files as paths, as a new user tries it first: `governor check alerts/`.
@Suite struct CheckAlertsCommandTests {
    /// The shipped receivers read these; set, they leave the output free of "not set" warnings.
    static let environment = [
        "GOVERNOR_TELEGRAM_BOT_TOKEN": "token", "GOVERNOR_TELEGRAM_CHAT_ID": "-100",
        "GOVERNOR_NOTION_TOKEN": "token", "GOVERNOR_NOTION_DATABASE_ID": "database",
    ]

    static func check(_ arguments: [String]) throws -> GovernorBinary.Outcome {
        try GovernorBinary.run(["check"] + arguments, in: GovernorBinary.packageRoot, environment: environment)
    }

    @Test func theAlertsDirectoryChecksAsRoutesAndSilences() throws {
        let outcome = try Self.check(["alerts/"])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        #expect(!outcome.standardOutput.contains("unknown document"))
        // alerts/routes.yaml defines log, telegram and notion and one inhibit rule; alerts/silences.yaml has none.
        #expect(
            outcome.standardOutput
                == "checked 2 files: 3 receivers, 1 inhibit rule, 0 silences (2 alert files); 0 errors, 0 warnings\n")
    }

    @Test func policiesAndAlertsTogetherCountBoth() throws {
        let outcome = try Self.check(["policies/", "alerts/"])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        let summary = try #require(outcome.standardOutput.split(separator: "\n").last)
        let policyFiles = try FileManager.default.contentsOfDirectory(
            atPath: GovernorBinary.packageRoot.appendingPathComponent("policies").path
        ).filter { $0.hasSuffix(".yaml") }.count
        #expect(summary.hasPrefix("checked \(policyFiles + 2) files: "))
        #expect(summary.contains("4 objectives (compiled: "))
        #expect(summary.hasSuffix(", 3 receivers, 1 inhibit rule, 0 silences (2 alert files); 0 errors, 0 warnings"))
    }

    @Test func oneRoutingFileChecksAlone() throws {
        let outcome = try Self.check(["alerts/routes.yaml"])
        #expect(outcome.status == 0, "\(outcome.standardOutput)")
        // The file named replaces the default alerts/, so silences.yaml is not read.
        #expect(
            outcome.standardOutput
                == "checked 1 file: 3 receivers, 1 inhibit rule, 0 silences (1 alert file); 0 errors, 0 warnings\n")
    }

    @Test func aBadAlertFileFailsWithItsPosition() throws {
        let file = GovernorBinary.packageRoot.appendingPathComponent(
            "Tests/GovernorPolicyTests/Fixtures/check-paths/bad/routes.bad.yaml"
        ).path
        let outcome = try Self.check([file])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("\(file):4:17: error: undefined receiver 'pagr' used in route\n"))
        #expect(outcome.standardOutput.hasSuffix("(1 alert file); 1 error, 1 warning\n"))
    }

    @Test func alertsJSONSummaryCountsThem() throws {
        let outcome = try Self.check(["alerts/", "--format", "json"])
        #expect(outcome.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 2)
        let alerting = try #require(summary["alerting"] as? [String: Int])
        #expect(alerting == ["files": 2, "receivers": 3, "inhibitRules": 1, "silences": 0])
        #expect(summary["nodes"] is NSNull)
    }
}
