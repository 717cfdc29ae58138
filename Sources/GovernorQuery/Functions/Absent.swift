/// `absent(v)` and `absent_over_time(v[range])`: a single sample of value 1 when the argument selects
/// nothing, labelled with what the selector pinned down by equality.
enum Absent {
    static func absent(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        guard input.vector(at: 0).isEmpty else { return .vector([]) }
        return presenceMarker(input)
    }

    /// Only series with at least one point in the window count as present.
    static func absentOverTime(_ input: InstantFunctionInput) throws(EvaluationError) -> Value {
        guard input.matrix(at: 0).allSatisfy({ $0.points.isEmpty }) else { return .vector([]) }
        return presenceMarker(input)
    }

    private static func presenceMarker(_ input: InstantFunctionInput) -> Value {
        let labels = input.argumentExpressions.first.map(labelsForAbsent) ?? Labels()
        return .vector([VectorSample(labels: labels, timestamp: input.evaluationTime, value: 1)])
    }

    /// The labels a selector fixes with a single `=` matcher. A label matched any other way, or twice,
    /// has no single value to report, so it is left out. Anything but a plain selector gives no labels,
    /// which is also why parentheses around the selector lose them.
    static func labelsForAbsent(_ expression: Expr) -> Labels {
        let matchers: [LabelMatcher]
        switch expression {
        case .vectorSelector(let selector): matchers = selector.matchers
        case .matrixSelector(let selector): matchers = selector.selector.matchers
        default: return Labels()
        }
        var labels = Labels()
        var ambiguous: [String] = []
        for matcher in matchers where matcher.name != Labels.metricName {
            if matcher.type == .equal && !labels.has(matcher.name) {
                labels = labels.setting(matcher.name, to: matcher.value)
            } else {
                ambiguous.append(matcher.name)
            }
        }
        return labels.removing(Set(ambiguous))
    }
}
