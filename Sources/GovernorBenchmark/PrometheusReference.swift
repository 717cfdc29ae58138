import GovernorQuery

/// Independent re-implementations of the Prometheus 2.42 arithmetic the benchmark queries use, so
/// the generated promtool test carries expected values computed outside the engine under test.
enum PrometheusReference {
    /// `rate(series[range])` at `time` for a float counter (Prometheus's `extrapolatedRate` with
    /// `isCounter` and `isRate`), or nil where Prometheus drops the series (fewer than two samples).
    /// The range includes both ends, as it does in 2.x.
    static func rate(of points: [FloatPoint], range: Timestamp, at time: Timestamp) -> Double? {
        let rangeStart = time - range
        let window = points.filter { $0.timestamp >= rangeStart && $0.timestamp <= time }
        guard window.count >= 2, let first = window.first, let last = window.last else { return nil }

        var increase = last.value - first.value
        for (previous, current) in zip(window, window.dropFirst()) where current.value < previous.value {
            increase += previous.value
        }
        var durationToStart = Double(first.timestamp - rangeStart) / 1000
        let durationToEnd = Double(time - last.timestamp) / 1000
        let sampledInterval = Double(last.timestamp - first.timestamp) / 1000
        let averageDurationBetweenSamples = sampledInterval / Double(window.count - 1)

        if increase > 0 && first.value >= 0 {
            // A counter cannot go below zero, so extrapolation stops where it would reach zero.
            let durationToZero = sampledInterval * (first.value / increase)
            if durationToZero < durationToStart { durationToStart = durationToZero }
        }
        let extrapolationThreshold = averageDurationBetweenSamples * 1.1
        var extrapolateToInterval = sampledInterval
        extrapolateToInterval +=
            durationToStart < extrapolationThreshold ? durationToStart : averageDurationBetweenSamples / 2
        extrapolateToInterval +=
            durationToEnd < extrapolationThreshold ? durationToEnd : averageDurationBetweenSamples / 2
        var factor = extrapolateToInterval / sampledInterval
        factor /= Double(range) / 1000
        return increase * factor
    }

    /// One classic-histogram bucket: its upper bound and cumulative count.
    struct Bucket {
        var upperBound: Double
        var count: Double
    }

    /// `histogram_quantile(q, …)` over one label set's buckets (Prometheus's `bucketQuantile`).
    static func bucketQuantile(_ quantile: Double, _ unsortedBuckets: [Bucket]) -> Double {
        if quantile.isNaN { return .nan }
        if quantile < 0 { return -.infinity }
        if quantile > 1 { return .infinity }
        var buckets = unsortedBuckets.sorted { $0.upperBound < $1.upperBound }
        guard let last = buckets.last, last.upperBound == .infinity else { return .nan }
        buckets = coalesced(buckets)
        for index in buckets.indices.dropFirst() where buckets[index].count < buckets[index - 1].count {
            buckets[index].count = buckets[index - 1].count
        }
        guard buckets.count >= 2 else { return .nan }
        let observations = buckets[buckets.count - 1].count
        if observations == 0 { return .nan }
        var rank = quantile * observations
        let bucket = buckets.dropLast().firstIndex { $0.count >= rank } ?? buckets.count - 1
        if bucket == buckets.count - 1 { return buckets[buckets.count - 2].upperBound }
        if bucket == 0 && buckets[0].upperBound <= 0 { return buckets[0].upperBound }
        var bucketStart = 0.0
        let bucketEnd = buckets[bucket].upperBound
        var count = buckets[bucket].count
        if bucket > 0 {
            bucketStart = buckets[bucket - 1].upperBound
            count -= buckets[bucket - 1].count
            rank -= buckets[bucket - 1].count
        }
        return bucketStart + (bucketEnd - bucketStart) * (rank / count)
    }

    /// Merges buckets with the same bound by adding their counts, as Prometheus's `coalesceBuckets` does.
    private static func coalesced(_ sorted: [Bucket]) -> [Bucket] {
        var result: [Bucket] = []
        for bucket in sorted {
            if let last = result.last, last.upperBound == bucket.upperBound {
                result[result.count - 1].count += bucket.count
            } else {
                result.append(bucket)
            }
        }
        return result
    }
}
