import GovernorCore
import GovernorQuery
import Testing

@Suite struct RuleGroupEvaluatorRecordingTests {
    typealias Fixture = RuleGroupEvaluatorFixture

    @Test func aLaterRuleReadsWhatAnEarlierRuleRecordedInTheSameTick() throws {
        var storage = InMemoryStorage()
        storage.append(labels: Fixture.labels("up", ["job": "a"]), timestamp: 0, value: 1)
        storage.append(labels: Fixture.labels("up", ["job": "b"]), timestamp: 0, value: 3)
        var evaluator = Fixture.evaluator([
            try TestPolicies.record("total:up", "sum(up)", line: 3),
            try TestPolicies.record("total:up:double", "total:up * 2", line: 4),
        ])
        let results = evaluator.evaluate(at: Fixture.minute, storage: &storage)
        // sum(up) = 1 + 3 = 4, written before the second rule runs, which doubles it.
        #expect(results.map(\.error) == [nil, nil])
        #expect(results[1].samples.map(\.value) == [8])
        #expect(
            try Fixture.points(Fixture.labels("total:up:double"), in: storage)
                == [FloatPoint(timestamp: Fixture.minute, value: 8)])
    }

    @Test func aSeriesTheRuleStopsProducingGetsAStaleMarker() throws {
        var storage = InMemoryStorage()
        storage.append(labels: Fixture.labels("up", ["job": "a"]), timestamp: 0, value: 1)
        storage.append(labels: Fixture.labels("up", ["job": "b"]), timestamp: 0, value: 1)
        var evaluator = Fixture.evaluator([try TestPolicies.record("healthy", "up > 0", line: 3)])
        _ = evaluator.evaluate(at: 0, storage: &storage)
        storage.append(labels: Fixture.labels("up", ["job": "a"]), timestamp: Fixture.minute, value: 1)
        storage.append(labels: Fixture.labels("up", ["job": "b"]), timestamp: Fixture.minute, value: 0)
        _ = evaluator.evaluate(at: Fixture.minute, storage: &storage)

        let kept = try Fixture.points(Fixture.labels("healthy", ["job": "a"]), in: storage)
        #expect(kept.map(\.value) == [1, 1])
        let gone = try Fixture.points(Fixture.labels("healthy", ["job": "b"]), in: storage)
        #expect(gone.map(\.timestamp) == [0, Fixture.minute])
        #expect(gone.first?.value == 1)
        #expect(gone.last.map { StaleMarker.isStale($0.value) } == true)
        // The stale series no longer answers a query, as in Prometheus.
        let value = try QueryEngine().query("healthy", at: Fixture.minute, storage: storage)
        guard case .vector(let vector) = value else {
            Issue.record("expected a vector, got \(value)")
            return
        }
        #expect(vector.map { $0.labels["job"] } == ["a"])
    }

    @Test func aSeriesReplacedByAnotherInTheSamePlaceGetsAStaleMarker() throws {
        // As many outputs as last time, one of them different: the rule's cached output positions must not hide
        // the series that went.
        var storage = InMemoryStorage()
        for job in ["a", "b", "c"] {
            storage.append(labels: Fixture.labels("up", ["job": job]), timestamp: 0, value: job == "c" ? 0 : 1)
        }
        var evaluator = Fixture.evaluator([try TestPolicies.record("healthy", "up > 0", line: 3)])
        _ = evaluator.evaluate(at: 0, storage: &storage)
        for job in ["a", "b", "c"] {
            storage.append(
                labels: Fixture.labels("up", ["job": job]), timestamp: Fixture.minute, value: job == "b" ? 0 : 1)
        }
        _ = evaluator.evaluate(at: Fixture.minute, storage: &storage)

        let gone = try Fixture.points(Fixture.labels("healthy", ["job": "b"]), in: storage)
        #expect(gone.map(\.timestamp) == [0, Fixture.minute])
        #expect(gone.last.map { StaleMarker.isStale($0.value) } == true)
        let new = try Fixture.points(Fixture.labels("healthy", ["job": "c"]), in: storage)
        #expect(new.map(\.value) == [1])
        #expect(try Fixture.points(Fixture.labels("healthy", ["job": "a"]), in: storage).map(\.value) == [1, 1])
    }

    @Test func ruleLabelsOverrideTheSeriesLabels() throws {
        var storage = InMemoryStorage()
        storage.append(labels: Fixture.labels("up", ["job": "a", "env": "dev"]), timestamp: 0, value: 1)
        var evaluator = Fixture.evaluator([
            try TestPolicies.record("up:copy", "up", line: 3, labels: ["env": "prod", "team": "ops"])
        ])
        let results = evaluator.evaluate(at: 0, storage: &storage)
        #expect(
            results[0].samples.map(\.labels) == [
                Fixture.labels("up:copy", ["job": "a", "env": "prod", "team": "ops"])
            ])
    }

    @Test func labelSetsThatCollideAfterTheRuleLabelsAreAnErrorAndWriteNothing() throws {
        var storage = InMemoryStorage()
        storage.append(labels: Fixture.labels("up", ["job": "a", "env": "dev"]), timestamp: 0, value: 1)
        storage.append(labels: Fixture.labels("up", ["job": "a", "env": "test"]), timestamp: 0, value: 1)
        var evaluator = Fixture.evaluator([try TestPolicies.record("up:copy", "up", line: 3, labels: ["env": "prod"])])
        let results = evaluator.evaluate(at: 0, storage: &storage)
        #expect(results[0].error == "vector contains metrics with the same labelset after applying rule labels")
        #expect(results[0].samples.isEmpty)
        #expect(try Fixture.points(Fixture.labels("up:copy", ["job": "a", "env": "prod"]), in: storage).isEmpty)
    }

    @Test func alertLabelSetsThatCollideAreAnErrorToo() throws {
        var storage = InMemoryStorage()
        storage.append(labels: Fixture.labels("up", ["job": "a", "env": "dev"]), timestamp: 0, value: 0)
        storage.append(labels: Fixture.labels("up", ["job": "a", "env": "test"]), timestamp: 0, value: 0)
        var evaluator = Fixture.evaluator([try Fixture.alert("Down", "up == 0", labels: ["env": "prod"])])
        let results = evaluator.evaluate(at: 0, storage: &storage)
        #expect(results[0].error == "vector contains metrics with the same labelset after applying alert labels")
        #expect(results[0].alerts.isEmpty)
    }

    @Test(arguments: [(1, "exceeded limit of 1 with 2 series"), (2, nil)])
    func theGroupLimitCapsARecordingRulesSeries(limit: Int, error: String?) throws {
        var storage = InMemoryStorage()
        storage.append(labels: Fixture.labels("up", ["job": "a"]), timestamp: 0, value: 1)
        storage.append(labels: Fixture.labels("up", ["job": "b"]), timestamp: 0, value: 1)
        var evaluator = Fixture.evaluator([try TestPolicies.record("up:copy", "up", line: 3)], limit: limit)
        let results = evaluator.evaluate(at: 0, storage: &storage)
        #expect(results[0].error == error)
        // Over the limit, nothing of the rule's output is written.
        #expect(results[0].samples.count == (error == nil ? 2 : 0))
        #expect(
            try Fixture.points(Fixture.labels("up:copy", ["job": "a"]), in: storage).count == (error == nil ? 1 : 0))
    }

    @Test(arguments: [(1, "exceeded limit of 1 with 2 alerts"), (2, nil)])
    func theGroupLimitCapsAnAlertsInstances(limit: Int, error: String?) throws {
        var storage = InMemoryStorage()
        storage.append(labels: Fixture.labels("up", ["job": "a"]), timestamp: 0, value: 0)
        storage.append(labels: Fixture.labels("up", ["job": "b"]), timestamp: 0, value: 0)
        var evaluator = Fixture.evaluator([try Fixture.alert("Down", "up == 0")], limit: limit)
        let results = evaluator.evaluate(at: 0, storage: &storage)
        #expect(results[0].error == error)
        #expect(results[0].alerts.count == (error == nil ? 2 : 0))
    }
}
