import GovernorQuery

/// Times one query against a loaded store and checks its answer against the reference.
struct QueryTimer {
    var storage: InMemoryStorage
    var time: Timestamp
    var runs: Int

    struct Measurement {
        var medianNanoseconds: Int64
        var resultCheck: String
    }

    /// The median of `runs` evaluations after one untimed warm-up, or the reason the query could not run.
    func measure(_ query: BenchmarkQuery) -> Result<Measurement, QueryError> {
        let engine = QueryEngine()
        let expr: Expr
        do { expr = try Parser.parse(query.text) } catch { return .failure(.parse(error)) }
        let warmUp: Value
        do { warmUp = try engine.evaluate(expr, at: time, storage: storage) } catch {
            return .failure(.evaluation(error))
        }
        let clock = ContinuousClock()
        var durations: [Swift.Duration] = []
        for _ in 0..<runs {
            let started = clock.now
            _ = try? engine.evaluate(expr, at: time, storage: storage)
            durations.append(clock.now - started)
        }
        let median = durations.sorted()[durations.count / 2]
        let nanoseconds = median.components.seconds * 1_000_000_000 + median.components.attoseconds / 1_000_000_000
        return .success(
            Measurement(medianNanoseconds: nanoseconds, resultCheck: check(warmUp, against: query.expected)))
    }

    /// Whether the engine's answer equals the reference exactly, bit for bit in the values.
    private func check(_ value: Value, against expected: [VectorSample]) -> String {
        guard case .vector(let samples) = value else {
            return "MISMATCH: expected an instant vector, got \(value.type)"
        }
        let actual = samples.sorted { $0.labels < $1.labels }
        let wanted = expected.sorted { $0.labels < $1.labels }
        guard actual.count == wanted.count else {
            return "MISMATCH: \(actual.count) samples, reference has \(wanted.count)"
        }
        for (got, want) in zip(actual, wanted)
        where got.labels != want.labels || got.value.bitPattern != want.value.bitPattern {
            return "MISMATCH: \(got.labels) = \(got.value), reference \(want.labels) = \(want.value)"
        }
        return "matches the reference"
    }
}
