/// `histogram_quantile(q, buckets)` over classic histograms: series with an `le` label, grouped by all
/// their other labels and their metric name.
enum HistogramQuantile {
    struct Bucket: Equatable {
        var upperBound: Double
        var count: Double
    }

    static func evaluate(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        let q = input.scalar(at: 0)
        // The metric name is part of the key so that two histograms with the same labels are not merged
        // (prometheus/prometheus#9910); it is still dropped from the output, which then fails as a duplicate.
        struct GroupKey: Hashable {
            var labels: Labels
            var metricName: String
        }
        var order: [GroupKey] = []
        var bucketsByGroup: [GroupKey: [Bucket]] = [:]
        for sample in input.vector(at: 1) {
            guard let upperBound = parseUpperBound(sample.labels["le"]) else { continue }
            let key = GroupKey(
                labels: sample.labels.removing([Labels.metricName, "le"]),
                metricName: sample.labels.metricName ?? "")
            if bucketsByGroup[key] == nil { order.append(key) }
            bucketsByGroup[key, default: []].append(Bucket(upperBound: upperBound, count: sample.value))
        }
        let result = order.map { key in
            VectorSample(
                labels: key.labels, timestamp: input.evaluationTime,
                value: bucketQuantile(q, bucketsByGroup[key] ?? []))
        }
        return .vector(try result.rejectingDuplicateLabelSets())
    }

    /// Parses `le` as Go's `strconv.ParseFloat` does; a missing or malformed bound skips the sample.
    static func parseUpperBound(_ text: String?) -> Double? {
        guard let text, let value = Double(text) else { return nil }
        // Go rejects out-of-range literals such as 1e400 instead of rounding them to infinity.
        if value.isInfinite && !text.lowercased().hasSuffix("inf") && !text.lowercased().hasSuffix("infinity") {
            return nil
        }
        return value
    }

    /// The quantile, interpolating linearly inside the bucket it falls into. Returns NaN for a NaN `q`, fewer
    /// than two distinct bounds, no +Inf bucket or no observations; ±Inf for `q` outside [0, 1]. The lowest
    /// bucket starts at 0 unless its bound is not positive, and a quantile in the +Inf bucket is the
    /// highest finite bound.
    static func bucketQuantile(_ q: Double, _ unsortedBuckets: [Bucket]) -> Double {
        if q.isNaN { return .nan }
        if q < 0 { return -.infinity }
        if q > 1 { return .infinity }
        guard !unsortedBuckets.isEmpty else { return .nan }
        let sorted = unsortedBuckets.sorted { $0.upperBound < $1.upperBound }
        guard let highest = sorted.last, highest.upperBound == .infinity else { return .nan }

        var buckets = coalesced(sorted)
        ensureMonotonic(&buckets)
        guard buckets.count >= 2 else { return .nan }
        let observations = buckets[buckets.count - 1].count
        guard observations != 0 else { return .nan }

        var rank = q * observations
        let index = goSearch(buckets.count - 1) { buckets[$0].count >= rank }
        if index == buckets.count - 1 { return buckets[buckets.count - 2].upperBound }
        if index == 0 && buckets[0].upperBound <= 0 { return buckets[0].upperBound }

        var bucketStart = 0.0
        let bucketEnd = buckets[index].upperBound
        var count = buckets[index].count
        if index > 0 {
            bucketStart = buckets[index - 1].upperBound
            count -= buckets[index - 1].count
            rank -= buckets[index - 1].count
        }
        return bucketStart + (bucketEnd - bucketStart) * (rank / count)
    }

    /// Go's `sort.Search`: a binary search for the first index where `predicate` holds, which a NaN count
    /// makes differ from a linear scan.
    static func goSearch(_ count: Int, _ predicate: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Merges buckets with the same bound (`le="1"` and `le="1.0"`), summing their counts.
    static func coalesced(_ sorted: [Bucket]) -> [Bucket] {
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

    /// Cumulative counts can only grow with the bound; where scraping or remote write broke that, take the
    /// running maximum so the rank search stays meaningful.
    static func ensureMonotonic(_ buckets: inout [Bucket]) {
        guard var maximum = buckets.first?.count else { return }
        for index in buckets.indices.dropFirst() {
            if buckets[index].count > maximum {
                maximum = buckets[index].count
            } else if buckets[index].count < maximum {
                buckets[index].count = maximum
            }
        }
    }
}
