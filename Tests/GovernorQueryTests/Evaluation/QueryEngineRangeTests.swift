import GovernorQuery
import Testing

/// Range evaluation: each step is the instant evaluation at that step, gathered per label set and sorted by labels;
/// `@ start()` and `@ end()` mean the range's ends. (The HTTP tests compare whole answers with a real Prometheus.)
struct QueryEngineRangeTests {
    private static let minute: Int64 = 60_000

    private static func storage() -> InMemoryStorage {
        var storage = InMemoryStorage()
        for step in 0...10 {
            let time = Int64(step) * minute
            // Appended in reverse label order, so creation order and label order differ.
            storage.append(labels: ["__name__": "load", "host": "b"], timestamp: time, value: Double(step * 2))
            if step <= 4 {
                storage.append(labels: ["__name__": "load", "host": "a"], timestamp: time, value: Double(step))
            }
        }
        return storage
    }

    private func range(_ text: String, _ start: Int64, _ end: Int64, _ step: Int64) throws -> RangeVector {
        try QueryEngine().evaluateRange(
            try Parser.parse(text), over: QueryRange(start: start, end: end, step: step), storage: Self.storage())
    }

    @Test func everyStepIsTheInstantAnswerAtThatStep() throws {
        let engine = QueryEngine()
        let storage = Self.storage()
        // Two windows of one series, the shorter first, and windows that do not slide with the step: the range
        // evaluation's cache of selections must widen or step aside, never answer from too little.
        let texts = [
            "load", "rate(load[3m])", "sum(load)", "load > 5", "max_over_time(load[5m:1m])",
            "rate(load[1m]) + on(host) rate(load[5m])", "load offset -2m", "load @ 300",
            "sum_over_time(load[20m] @ 600)",
        ]
        for text in texts {
            let result = try range(text, 0, 15 * Self.minute, 90_000)
            for time in stride(from: Int64(0), through: 15 * Self.minute, by: 90_000) {
                guard case .vector(let instant) = try engine.query(text, at: time, storage: storage) else {
                    Issue.record("\(text) is not a vector")
                    continue
                }
                let atStep = result.compactMap { series in
                    series.points.first { $0.timestamp == time }.map { (series.labels, $0.value) }
                }
                #expect(atStep.count == instant.count, "\(text) at \(time)")
                for sample in instant {
                    #expect(atStep.contains { $0.0 == sample.labels && $0.1 == sample.value }, "\(text) at \(time)")
                }
            }
        }
    }

    @Test func seriesAreSortedByLabelsAndAScalarHasNone() throws {
        #expect(try range("load", 0, 4 * Self.minute, Self.minute).map { $0.labels["host"] } == ["a", "b"])
        let scalar = try range("time()", 0, 2 * Self.minute, Self.minute)
        #expect(scalar.count == 1)
        #expect(scalar.first?.labels.isEmpty == true)
        #expect(scalar.first?.points.map(\.value) == [0, 60, 120])
    }

    @Test func startAndEndModifiersMeanTheRangesEnds() throws {
        let atStart = try range("load{host=\"b\"} @ start()", 2 * Self.minute, 6 * Self.minute, 2 * Self.minute)
        #expect(atStart.first?.points.map(\.value) == [4, 4, 4])
        let atEnd = try range("load{host=\"b\"} @ end()", 2 * Self.minute, 6 * Self.minute, 2 * Self.minute)
        #expect(atEnd.first?.points.map(\.value) == [12, 12, 12])
    }

    @Test func aStepWithTwoEqualLabelSetsIsAnError() {
        #expect(throws: EvaluationError.self) {
            try range("label_replace(load, \"host\", \"same\", \"\", \"\")", 0, Self.minute, Self.minute)
        }
    }

    @Test func theCheckpointCanStopTheQuery() {
        var steps = 0
        #expect(throws: EvaluationError.self) {
            try QueryEngine().evaluateRange(
                try Parser.parse("load"), over: QueryRange(start: 0, end: 10 * Self.minute, step: Self.minute),
                storage: Self.storage()
            ) { _ throws(EvaluationError) in
                steps += 1
                if steps == 3 { throw EvaluationError("stop") }
            }
        }
        #expect(steps == 3)
    }
}
