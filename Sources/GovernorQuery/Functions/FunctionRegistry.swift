/// Maps each function name to its implementation.
public enum FunctionRegistry {
    public static func implementation(named name: String) -> FunctionImplementation? { all[name] }

    /// Every function of `FunctionSignature.all`, registered in this one place.
    static let all: [String: FunctionImplementation] = {
        var table: [String: FunctionImplementation] = [
            "rate": .overRange(keepsMetricName: false, ExtrapolatedRate.rate),
            "increase": .overRange(keepsMetricName: false, ExtrapolatedRate.increase),
            "delta": .overRange(keepsMetricName: false, ExtrapolatedRate.delta),
            "irate": .overRange(keepsMetricName: false, InstantRate.irate),
            "idelta": .overRange(keepsMetricName: false, InstantRate.idelta),
            "avg_over_time": .overRange(keepsMetricName: false, OverTimeFunctions.avg),
            "count_over_time": .overRange(keepsMetricName: false, OverTimeFunctions.count),
            // The only range function that keeps the metric name in 2.42: its value is still a sample of the series.
            "last_over_time": .overRange(keepsMetricName: true, OverTimeFunctions.last),
            "max_over_time": .overRange(keepsMetricName: false, OverTimeFunctions.max),
            "min_over_time": .overRange(keepsMetricName: false, OverTimeFunctions.min),
            "present_over_time": .overRange(keepsMetricName: false, OverTimeFunctions.present),
            "quantile_over_time": .overRange(keepsMetricName: false, OverTimeFunctions.quantile),
            "stddev_over_time": .overRange(keepsMetricName: false, OverTimeFunctions.stddev),
            "stdvar_over_time": .overRange(keepsMetricName: false, OverTimeFunctions.stdvar),
            "sum_over_time": .overRange(keepsMetricName: false, OverTimeFunctions.sum),
            "resets": .overRange(keepsMetricName: false, ResetsAndChanges.resets),
            "changes": .overRange(keepsMetricName: false, ResetsAndChanges.changes),
            "deriv": .overRange(keepsMetricName: false, LinearRegression.deriv),
            "predict_linear": .overRange(keepsMetricName: false, LinearRegression.predictLinear),
            "holt_winters": .instant(HoltWinters.evaluate),
            "histogram_quantile": .instant(HistogramQuantile.evaluate),
            "histogram_count": .instant(NativeHistogramFunctions.emptyResult),
            "histogram_sum": .instant(NativeHistogramFunctions.emptyResult),
            "histogram_fraction": .instant(NativeHistogramFunctions.emptyResult),
            "label_replace": .instant(LabelReplace.evaluate),
            "label_join": .instant(LabelJoin.evaluate),
            "clamp": .instant(MathFunctions.clamp),
            "clamp_min": .instant(MathFunctions.clampMin),
            "clamp_max": .instant(MathFunctions.clampMax),
            "round": .instant(MathFunctions.round),
            "absent": .instant(Absent.absent),
            "absent_over_time": .instant(Absent.absentOverTime),
            "time": .instant(TimeAndConversionFunctions.time),
            "pi": .instant(TimeAndConversionFunctions.pi),
            "timestamp": .instant(TimeAndConversionFunctions.timestamp),
            "vector": .instant(TimeAndConversionFunctions.vector),
            "scalar": .instant(TimeAndConversionFunctions.scalar),
            "sort": .instant(Sort.ascending),
            "sort_desc": .instant(Sort.descending),
        ]
        for (name, transform) in MathFunctions.elementwise {
            table[name] = .instant { input throws(EvaluationError) in try input.mapVector(at: 0, transform) }
        }
        for (name, part) in CalendarFunctions.parts {
            table[name] = CalendarFunctions.implementation(part)
        }
        return table
    }()
}
