import GovernorQuery
import Testing

private let minute: Int64 = 60_000

/// A small store: `http_requests{job, instance}` counting up every minute, one series going stale.
private func fixture() -> InMemoryStorage {
    var storage = InMemoryStorage()
    for step in 0...10 {
        let time = Int64(step) * minute
        storage.append(
            labels: ["__name__": "http_requests", "job": "api", "instance": "a"], timestamp: time,
            value: Double(step * 10))
        storage.append(
            labels: ["__name__": "http_requests", "job": "api", "instance": "b"], timestamp: time,
            value: Double(step * 20))
        storage.append(
            labels: ["__name__": "http_requests", "job": "web", "instance": "a"], timestamp: time, value: Double(step))
        storage.append(
            labels: ["__name__": "requests_copy", "job": "web", "instance": "a"], timestamp: time, value: Double(step))
        storage.append(labels: ["__name__": "limits", "job": "api"], timestamp: time, value: 100)
        storage.append(labels: ["__name__": "limits", "job": "web"], timestamp: time, value: 5)
    }
    storage.append(labels: ["__name__": "gone"], timestamp: 0, value: 1)
    storage.append(labels: ["__name__": "gone"], timestamp: 2 * minute, value: StaleMarker.value)
    storage.append(labels: ["__name__": "old", "job": "api"], timestamp: 0, value: 100)
    storage.append(labels: ["__name__": "old", "job": "web"], timestamp: 0, value: 5)
    return storage
}

private func query(_ text: String, at time: Int64 = 10 * minute) throws -> Value {
    try QueryEngine().query(text, at: time, storage: fixture())
}

private func vector(_ text: String, at time: Int64 = 10 * minute) throws -> [String: Double] {
    guard case .vector(let samples) = try query(text, at: time) else {
        Issue.record("expected a vector for \(text)")
        return [:]
    }
    return Dictionary(uniqueKeysWithValues: samples.map { ($0.labels.description, $0.value) })
}

@Suite struct EvaluatorTests {
    @Test func instantSelectorUsesLookbackAndStaleness() throws {
        #expect(try vector(#"http_requests{instance="a"}"#).count == 2)
        #expect(try vector("gone", at: minute) == ["gone": 1])
        #expect(try vector("gone", at: 2 * minute).isEmpty, "a stale marker ends the series at once")
        #expect(try vector("old", at: 5 * minute).count == 2, "the lookback includes a sample exactly 5m old")
        #expect(try vector("old", at: 5 * minute + 1).isEmpty)
    }

    @Test func offsetAndAtShiftTheReadTime() throws {
        #expect(try vector(#"http_requests{job="web"} offset 5m"#) == [#"http_requests{instance="a", job="web"}"#: 5])
        #expect(try vector(#"http_requests{job="web"} @ 180"#) == [#"http_requests{instance="a", job="web"}"#: 3])
    }

    @Test func arithmeticDropsTheMetricNameAndComparisonsFilter() throws {
        #expect(try vector(#"http_requests{job="web"} * 2"#) == [#"{instance="a", job="web"}"#: 20])
        #expect(
            try vector(#"http_requests > 50"#) == [
                #"http_requests{instance="b", job="api"}"#: 200, #"http_requests{instance="a", job="api"}"#: 100,
            ])
        #expect(try vector(#"http_requests{job="web"} > bool 50"#) == [#"{instance="a", job="web"}"#: 0])
        guard case .scalar(let value, _) = try query("2 ^ 3 ^ 2") else {
            Issue.record("not a scalar")
            return
        }
        #expect(value == 512)
    }

    @Test func vectorMatchingWithGroupLeft() throws {
        let result = try vector("http_requests / on(job) group_left limits")
        #expect(
            result == [
                #"{instance="a", job="api"}"#: 1, #"{instance="b", job="api"}"#: 2, #"{instance="a", job="web"}"#: 2,
            ])
        #expect(throws: QueryError.self) { try query("http_requests / on(job) limits") }
    }

    @Test func setOperators() throws {
        #expect(try vector(#"http_requests and on(job) limits{job="web"}"#).count == 1)
        #expect(try vector(#"http_requests unless on(job) limits{job="web"}"#).count == 2)
        #expect(try vector(#"limits or http_requests"#).count == 5)
    }

    @Test func aggregations() throws {
        #expect(try vector("sum by (job) (http_requests)") == [#"{job="api"}"#: 300, #"{job="web"}"#: 10])
        #expect(try vector("count without (instance) (http_requests)") == [#"{job="api"}"#: 2, #"{job="web"}"#: 1])
        #expect(try vector("max(http_requests)") == ["{}": 200])
        #expect(try vector("topk(1, http_requests)") == [#"http_requests{instance="b", job="api"}"#: 200])
        #expect(try vector("bottomk by (job) (1, http_requests)").count == 2)
        #expect(try vector("stddev(limits)") == ["{}": 47.5])
        #expect(try vector(#"count_values("value", limits)"#) == [#"{value="100"}"#: 1, #"{value="5"}"#: 1])
    }

    @Test func subqueryStepsAlignToTheStep() throws {
        guard case .matrix(let series) = try query(#"http_requests{job="web"}[4m:2m]"#) else {
            Issue.record("expected a matrix")
            return
        }
        #expect(series.first?.points.map(\.timestamp) == [6 * minute, 8 * minute, 10 * minute])
        #expect(series.first?.points.map(\.value) == [6, 8, 10])
    }

    @Test func duplicateOutputLabelSetsAreAnError() throws {
        #expect(throws: QueryError.self) { try query(#"-{__name__=~"http_requests|requests_copy", job="web"}"#) }
    }
}
