public import GovernorQuery

/// `promql_expr_test`: an expression evaluated at `evalTime` after the rules ran, and the samples it must
/// return, in any order, with exactly equal values (promtool compares with `reflect.DeepEqual`).
public struct ExpressionTest: Hashable, Sendable {
    public var expression: String
    public var evalTime: Int64
    /// The expected samples, or why one's `labels` text is not a metric (a failure of this test, as in promtool).
    public var expectedSamples: Result<[ExpectedSample], ExpectationError>

    public init(expression: String, evalTime: Int64, expectedSamples: Result<[ExpectedSample], ExpectationError>) {
        self.expression = expression
        self.evalTime = evalTime
        self.expectedSamples = expectedSamples
    }
}

public struct ExpectedSample: Hashable, Sendable {
    public var labels: Labels
    public var value: Double

    public init(labels: Labels, value: Double) {
        self.labels = labels
        self.value = value
    }
}

/// An expectation that could not be read, reported when its test runs.
public struct ExpectationError: Error, Hashable, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }
}
