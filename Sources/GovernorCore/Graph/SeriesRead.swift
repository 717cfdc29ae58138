public import GovernorQuery

/// One selector in an expression: which series it reads and how far back from the evaluation time it looks.
public struct SeriesRead: Hashable, Sendable {
    /// The literal metric name, when the selector has one (`foo{...}` or `{__name__="foo"}`).
    public var name: String?
    public var matchers: [LabelMatcher]
    /// Milliseconds of history the selector needs: range + lookback + offset, including every enclosing
    /// subquery's range and offset. Never negative.
    public var history: Int64

    public init(name: String?, matchers: [LabelMatcher], history: Int64) {
        self.name = name
        self.matchers = matchers
        self.history = history
    }

    /// Whether a series named `series`, carrying at least `labels`, could be selected. Labels a writer does not
    /// set statically are unknown, so they never rule a writer out: the graph errs towards extra edges.
    public func mayRead(series: String, labels: [String: String]) -> Bool {
        for matcher in matchers {
            if matcher.name == Labels.metricName {
                if !matcher.matches(series) { return false }
            } else if let value = labels[matcher.name], !matcher.matches(value) {
                return false
            }
        }
        return true
    }

    /// Every selector in `expr`. `@` modifiers are treated as the evaluation time: a fixed `@` timestamp
    /// needs history back to that instant, which no retention window can promise.
    public static func all(in expr: Expr, lookbackDelta: Int64) -> [SeriesRead] {
        var reads: [SeriesRead] = []
        collect(expr, enclosing: 0, lookbackDelta: lookbackDelta, into: &reads)
        return reads
    }

    private static func collect(_ expr: Expr, enclosing: Int64, lookbackDelta: Int64, into reads: inout [SeriesRead]) {
        switch expr {
        case .number, .string:
            break
        case .vectorSelector(let selector):
            reads.append(read(selector, extra: enclosing + lookbackDelta))
        case .matrixSelector(let matrix):
            reads.append(read(matrix.selector, extra: enclosing + matrix.duration + lookbackDelta))
        case .subquery(let subquery):
            collect(
                subquery.expr, enclosing: enclosing + subquery.offset + subquery.duration, lookbackDelta: lookbackDelta,
                into: &reads)
        case .call(let call):
            for argument in call.arguments {
                collect(argument, enclosing: enclosing, lookbackDelta: lookbackDelta, into: &reads)
            }
        case .aggregate(let aggregate):
            if let parameter = aggregate.parameter {
                collect(parameter, enclosing: enclosing, lookbackDelta: lookbackDelta, into: &reads)
            }
            collect(aggregate.expr, enclosing: enclosing, lookbackDelta: lookbackDelta, into: &reads)
        case .binary(let binary):
            collect(binary.lhs, enclosing: enclosing, lookbackDelta: lookbackDelta, into: &reads)
            collect(binary.rhs, enclosing: enclosing, lookbackDelta: lookbackDelta, into: &reads)
        case .unary(let unary):
            collect(unary.expr, enclosing: enclosing, lookbackDelta: lookbackDelta, into: &reads)
        case .paren(let paren):
            collect(paren.expr, enclosing: enclosing, lookbackDelta: lookbackDelta, into: &reads)
        }
    }

    private static func read(_ selector: VectorSelector, extra: Int64) -> SeriesRead {
        let literalName =
            selector.name
            ?? selector.matchers.first { $0.name == Labels.metricName && $0.type == .equal }?.value
        return SeriesRead(name: literalName, matchers: selector.matchers, history: max(0, extra + selector.offset))
    }
}
