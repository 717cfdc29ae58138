extension Evaluator {
    /// Evaluates the inner expression at every step aligned to the step size inside
    /// `[reference - range, reference]`, and collects the results into series.
    func subquery(_ node: SubqueryExpr, at time: Timestamp) throws(EvaluationError) -> RangeSelection {
        let step = node.step ?? engine.defaultSubqueryStep
        guard step > 0 else { throw EvaluationError("subquery step must be positive") }
        let (start, end) = try window(at: time, modifier: node.at, offset: node.offset, length: node.duration)
        let steps = node.duration / step + 1
        guard steps <= engine.maximumSubquerySteps else {
            throw EvaluationError(
                "subquery would evaluate \(steps) steps (range \(PrometheusDuration.format(node.duration)), step "
                    + "\(PrometheusDuration.format(step))); the limit is \(engine.maximumSubquerySteps)")
        }
        // The first step is the first multiple of the step size at or after the start.
        var stepTime = start - positiveModulo(start, step)
        if stepTime < start { stepTime += step }

        var indexByLabels: [Labels: Int] = [:]
        var series = RangeVector()
        while stepTime <= end {
            switch try evaluate(node.expr, at: stepTime) {
            case .scalar(let value, _):
                append(
                    FloatPoint(timestamp: stepTime, value: value), labels: Labels(), to: &series, index: &indexByLabels)
            case .vector(let vector):
                for sample in vector {
                    let point = FloatPoint(timestamp: stepTime, value: sample.value)
                    append(point, labels: sample.labels, to: &series, index: &indexByLabels)
                }
            case .matrix, .string:
                throw EvaluationError("subquery is only allowed on instant vector or scalar expressions")
            }
            let (next, overflow) = stepTime.addingReportingOverflow(step)
            if overflow { break }
            stepTime = next
        }
        return RangeSelection(series: series, rangeStart: start, rangeEnd: end)
    }

    private func append(
        _ point: FloatPoint, labels: Labels, to series: inout RangeVector, index: inout [Labels: Int]
    ) {
        if let position = index[labels] {
            series[position].points.append(point)
        } else {
            index[labels] = series.count
            series.append(RangeSeries(labels: labels, points: [point]))
        }
    }
}

private func positiveModulo(_ value: Int64, _ divisor: Int64) -> Int64 {
    let remainder = value % divisor
    return remainder < 0 ? remainder + divisor : remainder
}
