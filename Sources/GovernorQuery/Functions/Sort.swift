/// `sort` and `sort_desc`: the vector ordered by value, NaN last, labels untouched (the metric name stays).
enum Sort {
    static func ascending(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        .vector(goSorted(input.vectorAtEvaluationTime(0), isBefore: { $0 < $1 }))
    }

    static func descending(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        .vector(goSorted(input.vectorAtEvaluationTime(0), isBefore: { $0 > $1 }))
    }

    /// Prometheus sorts with Go's `sort.Sort`, whose insertion sort for up to 12 elements keeps ties in
    /// input order but, because its comparison treats NaN as smaller than everything (itself included),
    /// reverses the NaNs among themselves. Reproducing that keeps `sort` output identical for small
    /// vectors; larger ones use a stable sort with NaN last.
    static func goSorted(_ samples: InstantVector, isBefore: (Double, Double) -> Bool) -> InstantVector {
        // Go's reversed comparison: `a` goes before `b` when `b` is NaN or `a` strictly precedes `b`.
        func goesBefore(_ a: VectorSample, _ b: VectorSample) -> Bool {
            b.value.isNaN || isBefore(a.value, b.value)
        }
        var result = samples
        if result.count <= 12 {
            for index in result.indices.dropFirst() {
                var position = index
                while position > 0 && goesBefore(result[position], result[position - 1]) {
                    result.swapAt(position, position - 1)
                    position -= 1
                }
            }
            return result
        }
        let numbers = result.filter { !$0.value.isNaN }
        let nans = result.filter { $0.value.isNaN }
        return stableSorted(numbers) { isBefore($0.value, $1.value) } + nans.reversed()
    }

    private static func stableSorted(
        _ samples: InstantVector, by isBefore: (VectorSample, VectorSample) -> Bool
    ) -> InstantVector {
        samples.enumerated().sorted { left, right in
            if isBefore(left.element, right.element) { return true }
            if isBefore(right.element, left.element) { return false }
            return left.offset < right.offset
        }.map(\.element)
    }
}
