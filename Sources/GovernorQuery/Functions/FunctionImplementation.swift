/// What a range function (`rate`, `*_over_time`, ...) sees for one series at one evaluation time.
public struct RangeFunctionInput: Sendable {
    /// The series' non-stale points inside the window, oldest first.
    public var points: ArraySlice<FloatPoint>
    /// The window the points were selected from: `[rangeStart, rangeEnd]` in milliseconds.
    /// `rangeEnd - rangeStart` is the selector's range (the subquery's range for a subquery).
    public var rangeStart: Timestamp
    public var rangeEnd: Timestamp
    /// The query's evaluation time for this step.
    public var evaluationTime: Timestamp
    /// The scalar arguments, in call order, with the range argument left out
    /// (`quantile_over_time(0.9, x[5m])` gives `[0.9]`).
    public var scalarArguments: [Double]

    public init(
        points: ArraySlice<FloatPoint>, rangeStart: Timestamp, rangeEnd: Timestamp, evaluationTime: Timestamp,
        scalarArguments: [Double]
    ) {
        self.points = points
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
        self.evaluationTime = evaluationTime
        self.scalarArguments = scalarArguments
    }
}

/// An evaluated function argument.
public enum FunctionArgument: Sendable {
    case scalar(Double)
    case vector(InstantVector)
    case matrix(RangeVector)
    case string(String)
}

/// What an instant function sees: every argument evaluated, plus the argument expressions
/// (which `absent` reads its labels from).
public struct InstantFunctionInput: Sendable {
    public var arguments: [FunctionArgument]
    public var argumentExpressions: [Expr]
    public var evaluationTime: Timestamp

    public init(arguments: [FunctionArgument], argumentExpressions: [Expr], evaluationTime: Timestamp) {
        self.arguments = arguments
        self.argumentExpressions = argumentExpressions
        self.evaluationTime = evaluationTime
    }
}

/// How the evaluator runs a function.
public enum FunctionImplementation: Sendable {
    /// Runs once per series of the range argument; nil drops the series from the result.
    /// The evaluator attaches the series' labels, without the metric name unless `keepsMetricName`.
    case overRange(keepsMetricName: Bool, @Sendable (RangeFunctionInput) -> Double?)
    /// Runs once on the evaluated arguments and builds the whole result, labels included.
    case instant(@Sendable (InstantFunctionInput) throws(EvaluationError) -> Value)
}
