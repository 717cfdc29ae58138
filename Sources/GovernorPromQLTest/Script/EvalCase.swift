public import GovernorQuery

/// What an `eval` command expects back.
public enum ExpectedResult: Sendable, Hashable {
    /// A bare number line: the query must return this scalar.
    case scalar(Double)
    /// Zero or more `labels value` lines: the query must return exactly these samples.
    case samples([ExpectedSample])
}

public struct ExpectedSample: Sendable, Hashable {
    public var labels: Labels
    public var value: Double
    public var line: Int

    public init(labels: Labels, value: Double, line: Int) {
        self.labels = labels
        self.value = value
        self.line = line
    }
}

/// `eval instant at <time> <expr>`, `eval_fail …` or `eval_ordered …` with its expected result.
public struct EvalCase: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Result samples may come in any order.
        case unordered = "eval"
        /// Result samples must come in the order they are listed.
        case ordered = "eval_ordered"
        /// Evaluation must fail; the expected lines are ignored.
        case failure = "eval_fail"
    }

    public var kind: Kind
    /// Milliseconds since the epoch (which is where the script's clock starts).
    public var time: Timestamp
    public var expression: String
    /// The 1-based column of the expression in its line, so a parse error can point into the script.
    public var expressionColumn: Int
    public var expected: ExpectedResult
    public var line: Int

    public init(
        kind: Kind, time: Timestamp, expression: String, expressionColumn: Int, expected: ExpectedResult, line: Int
    ) {
        self.kind = kind
        self.time = time
        self.expression = expression
        self.expressionColumn = expressionColumn
        self.expected = expected
        self.line = line
    }
}
