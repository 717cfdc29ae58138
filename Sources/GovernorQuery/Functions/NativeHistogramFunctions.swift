/// `histogram_count`, `histogram_sum` and `histogram_fraction` read native histograms only. Governor
/// stores floats only, and Prometheus 2.42 skips float samples in these functions, so the result is
/// always empty.
enum NativeHistogramFunctions {
    static func emptyResult(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        .vector([])
    }
}
