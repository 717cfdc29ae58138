public import GovernorQuery

extension ForecastRun {
    public static let failureMetric = "governor_forecast_failure_within_hours"
    public static let sourceMetric = "governor_forecast_source"

    /// The run as series at `time`, each labelled with the forecast's name: every declared output holds the risk
    /// level (0 LOW … 3 CRITICAL), `governor_forecast_failure_within_hours{component}` each predicted failure with a
    /// time, and `governor_forecast_source{source}` is 1 for the forecaster that answered.
    public func samples(outputs: [String], at time: Timestamp) -> [VectorSample] {
        var samples = outputs.map { output in
            VectorSample(
                labels: Labels([Labels.metricName: output, "forecast": name]), timestamp: time,
                value: Double(forecast.risk.rawValue))
        }
        var soonest: [String: Double] = [:]
        for failure in forecast.failures {
            guard let hours = failure.withinHours else { continue }
            soonest[failure.component] = min(hours, soonest[failure.component] ?? .infinity)
        }
        for (component, hours) in soonest.sorted(by: { $0.key < $1.key }) {
            samples.append(
                VectorSample(
                    labels: Labels([Labels.metricName: Self.failureMetric, "forecast": name, "component": component]),
                    timestamp: time, value: hours))
        }
        samples.append(
            VectorSample(
                labels: Labels([Labels.metricName: Self.sourceMetric, "forecast": name, "source": source.rawValue]),
                timestamp: time, value: 1))
        return samples
    }
}
