import GovernorQuery

/// A query the benchmark times, with the result Prometheus 2.42 gives for it on the dataset.
struct BenchmarkQuery: Sendable {
    var text: String
    /// How many stored series the query reads, the denominator of "ns per series".
    var seriesRead: Int
    /// The reference result at the dataset's end time, in no particular order.
    var expected: [VectorSample]

    static let rangeOfRate: Timestamp = 5 * 60_000

    /// `sum by (job) (rate(http_requests_total[5m]))`.
    static func requestRateByJob(_ dataset: SyntheticDataset) -> BenchmarkQuery {
        let time = dataset.endTime
        var sums: [(job: String, value: Double)] = []
        var positionByJob: [String: Int] = [:]
        // Summed in storage order, the order Prometheus adds them in, so the floats come out identical.
        for series in dataset.requestSeries {
            guard let rate = rate(of: series, in: dataset) else { continue }
            let job = series.labels["job"] ?? ""
            if let position = positionByJob[job] {
                sums[position].value += rate
            } else {
                positionByJob[job] = sums.count
                sums.append((job, rate))
            }
        }
        return BenchmarkQuery(
            text: "sum by (job) (rate(http_requests_total[5m]))",
            seriesRead: dataset.requestSeries.count,
            expected: sums.map { VectorSample(labels: ["job": $0.job], timestamp: time, value: $0.value) }
        )
    }

    /// `histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))`.
    static func bucketQuantile(_ dataset: SyntheticDataset) -> BenchmarkQuery {
        var bucketRates: [(bound: String, value: Double)] = []
        var positionByBound: [String: Int] = [:]
        for series in dataset.bucketSeries {
            guard let rate = rate(of: series, in: dataset) else { continue }
            let bound = series.labels["le"] ?? ""
            if let position = positionByBound[bound] {
                bucketRates[position].value += rate
            } else {
                positionByBound[bound] = bucketRates.count
                bucketRates.append((bound, rate))
            }
        }
        let buckets = bucketRates.compactMap { bucket in
            Double(bucket.bound).map { PrometheusReference.Bucket(upperBound: $0, count: bucket.value) }
        }
        let quantile = PrometheusReference.bucketQuantile(0.95, buckets)
        return BenchmarkQuery(
            text: "histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))",
            seriesRead: dataset.bucketSeries.count,
            expected: [VectorSample(labels: Labels(), timestamp: dataset.endTime, value: quantile)]
        )
    }

    private static func rate(of series: CounterSeries, in dataset: SyntheticDataset) -> Double? {
        let points = (0..<SyntheticDataset.samplesPerSeries).map {
            FloatPoint(timestamp: dataset.timestamp(ofSample: $0), value: series.value(atSample: $0))
        }
        return PrometheusReference.rate(of: points, range: rangeOfRate, at: dataset.endTime)
    }
}
