import GovernorCore
import GovernorEngine
import GovernorQuery
import Testing

@Suite struct NotificationPipelineSuppressionTests {
    func configuration() throws -> AlertingConfiguration {
        var configuration = singleRoute()
        configuration.silences = [
            Silence(
                id: "db-maintenance", matchers: [try matcher("instance", "db1")], startsAt: 0, endsAt: 3_600_000,
                comment: "planned", createdBy: "ops")
        ]
        configuration.inhibitRules = [
            InhibitRule(
                sourceMatchers: [try matcher("severity", "critical")],
                targetMatchers: [try matcher("severity", "warning")], equal: ["cluster"])
        ]
        return configuration
    }

    @Test func silencedAndInhibitedAlertsAreLeftOutWithTheirReasons() async throws {
        let harness = PipelineHarness(try configuration())
        let inhibited: Labels = ["alertname": "Disk", "severity": "warning", "cluster": "a"]
        let otherCluster: Labels = ["alertname": "Disk", "severity": "warning", "cluster": "b"]
        let silenced: Labels = ["alertname": "Disk", "severity": "warning", "cluster": "c", "instance": "db1"]
        let source: Labels = ["alertname": "Down", "severity": "critical", "cluster": "a"]
        await harness.pipeline.receive(
            [inhibited, otherCluster, silenced, source].map { firing($0, startsAt: 0) }, at: 0)
        let records = try await harness.advance(through: 30_000)
        let disk = try #require(records.first { $0.groupKey == #"{}:{alertname="Disk"}"# })
        #expect(
            disk.suppressed == [
                FlushRecord.Suppression(
                    labels: inhibited, reasons: [#"inhibited by {alertname="Down", cluster="a", severity="critical"}"#]),
                FlushRecord.Suppression(labels: silenced, reasons: ["silenced by db-maintenance"]),
            ])
        let sentDisk = await harness.delivered.all.first { $0.groupKey == disk.groupKey }
        #expect(sentDisk?.alerts.map(\.labels) == [otherCluster])
        #expect(records.map(\.outcome.isSent) == [true, true])
    }

    @Test func aGroupWithEveryAlertSilencedSendsNothingAndSaysSo() async throws {
        let harness = PipelineHarness(try configuration())
        await harness.pipeline.receive([firing(["alertname": "Disk", "instance": "db1"], startsAt: 0)], at: 0)
        let records = try await harness.advance(through: 30_000)
        #expect(records.map(\.outcome) == [.allSuppressed])
        #expect(await harness.delivered.all.isEmpty)
        // The silence ends at 1h (inclusive); the first flush after it notifies.
        let later = try await harness.advance(through: 3_930_000)
        #expect(PipelineHarness.sent(later).map(\.time) == [3_630_000])
    }

    /// One alert firing from the epoch on a route with these time intervals (minutes of the UTC day).
    func runTimed(
        mute: [String] = [], active: [String] = [], intervals: [String: [Range<Int>]], through time: Int64
    ) async throws -> [FlushRecord] {
        var configuration = AlertingConfiguration(
            route: Route(
                RouteDefinition(
                    receiver: "team", groupBy: .labels(["alertname"]), groupWait: 30_000, groupInterval: 300_000,
                    muteTimeIntervals: mute, activeTimeIntervals: active)),
            receivers: [webhookReceiver("team")])
        configuration.timeIntervals = intervals.mapValues { [TimeInterval(times: $0)] }
        let harness = PipelineHarness(configuration)
        await harness.pipeline.receive([firing(["alertname": "Down"], startsAt: 0)], at: 0)
        return try await harness.advance(through: time)
    }

    @Test func muteTimeIntervalsHoldNotificationsUntilTheIntervalEnds() async throws {
        // 00:00 to 06:00 UTC; the test starts at the epoch, midnight.
        let records = try await runTimed(mute: ["night"], intervals: ["night": [0..<360]], through: 21_700_000)
        #expect(records.first?.outcome == .muted("inside mute_time_intervals night"))
        // Flushes run every 5 minutes from 30s; the first at or after 06:00 (21,600,000) is 21,630,000.
        #expect(PipelineHarness.sent(records).map(\.time) == [21_630_000])
        #expect(records.filter { $0.outcome.isSent == false }.count == 72)
    }

    @Test func activeTimeIntervalsSendOnlyInsideThem() async throws {
        let records = try await runTimed(active: ["day"], intervals: ["day": [360..<1080]], through: 30_000)
        #expect(records.map(\.outcome) == [.muted("outside active_time_intervals day")])
    }
}

extension FlushRecord.Outcome {
    var isSent: Bool {
        if case .sent = self { return true }
        return false
    }
}
