/// A parsed expression. Every node carries the source range it was parsed from.
public indirect enum Expr: Sendable, Hashable {
    case number(NumberLiteral)
    case string(StringLiteral)
    case vectorSelector(VectorSelector)
    case matrixSelector(MatrixSelector)
    case subquery(SubqueryExpr)
    case call(Call)
    case aggregate(AggregateExpr)
    case binary(BinaryExpr)
    case unary(UnaryExpr)
    case paren(ParenExpr)
}

public struct NumberLiteral: Sendable, Hashable {
    public var value: Double
    public var range: SourceRange

    public init(value: Double, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

public struct StringLiteral: Sendable, Hashable {
    public var value: String
    public var range: SourceRange

    public init(value: String, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// The `@` modifier: a fixed time, or the query's start or end (which are the same for an instant query).
public enum AtModifier: Sendable, Hashable {
    case timestamp(Timestamp)
    case start
    case end
}

/// `name{label="value"} offset 5m @ 100`. `matchers` includes the `__name__` matcher when a name is given.
public struct VectorSelector: Sendable, Hashable {
    public var name: String?
    public var matchers: [LabelMatcher]
    /// Milliseconds; negative offsets look forward in time.
    public var offset: Int64
    public var at: AtModifier?
    public var range: SourceRange

    public init(name: String?, matchers: [LabelMatcher], offset: Int64 = 0, at: AtModifier? = nil, range: SourceRange) {
        self.name = name
        self.matchers = matchers
        self.offset = offset
        self.at = at
        self.range = range
    }
}

/// `selector[5m]`: the selector's offset and `@` apply to the whole range.
public struct MatrixSelector: Sendable, Hashable {
    public var selector: VectorSelector
    /// Milliseconds.
    public var duration: Int64
    public var range: SourceRange

    public init(selector: VectorSelector, duration: Int64, range: SourceRange) {
        self.selector = selector
        self.duration = duration
        self.range = range
    }
}

/// `expr[range:step] offset o @ t`.
public struct SubqueryExpr: Sendable, Hashable {
    public var expr: Expr
    /// Milliseconds.
    public var duration: Int64
    /// Milliseconds; nil means the evaluator's default step.
    public var step: Int64?
    public var offset: Int64
    public var at: AtModifier?
    public var range: SourceRange

    public init(
        expr: Expr, duration: Int64, step: Int64?, offset: Int64 = 0, at: AtModifier? = nil, range: SourceRange
    ) {
        self.expr = expr
        self.duration = duration
        self.step = step
        self.offset = offset
        self.at = at
        self.range = range
    }
}

public struct Call: Sendable, Hashable {
    public var function: FunctionSignature
    public var arguments: [Expr]
    public var range: SourceRange

    public init(function: FunctionSignature, arguments: [Expr], range: SourceRange) {
        self.function = function
        self.arguments = arguments
        self.range = range
    }
}

public struct AggregateExpr: Sendable, Hashable {
    public var op: AggregateOperator
    public var expr: Expr
    /// The first argument of `topk`, `bottomk`, `quantile` and `count_values`.
    public var parameter: Expr?
    public var grouping: [String]
    /// True for `without (...)`, false for `by (...)` or no clause.
    public var without: Bool
    public var range: SourceRange

    public init(
        op: AggregateOperator, expr: Expr, parameter: Expr?, grouping: [String], without: Bool, range: SourceRange
    ) {
        self.op = op
        self.expr = expr
        self.parameter = parameter
        self.grouping = grouping
        self.without = without
        self.range = range
    }
}

public enum MatchCardinality: String, Sendable, Hashable {
    case oneToOne = "one-to-one"
    case manyToOne = "many-to-one"
    case oneToMany = "one-to-many"
    case manyToMany = "many-to-many"
}

/// How the two sides of a binary operation between vectors are paired.
public struct VectorMatching: Sendable, Hashable {
    public var cardinality: MatchCardinality
    /// The labels named by `on(...)` or `ignoring(...)`.
    public var matchingLabels: [String]
    /// True for `on`, false for `ignoring` (and for no clause, with empty `matchingLabels`).
    public var on: Bool
    /// The labels named by `group_left(...)` or `group_right(...)`.
    public var include: [String]

    public init(cardinality: MatchCardinality, matchingLabels: [String], on: Bool, include: [String]) {
        self.cardinality = cardinality
        self.matchingLabels = matchingLabels
        self.on = on
        self.include = include
    }
}

public struct BinaryExpr: Sendable, Hashable {
    public var op: BinaryOperator
    public var lhs: Expr
    public var rhs: Expr
    /// `bool` after a comparison operator.
    public var returnBool: Bool
    /// Present whenever both sides are instant vectors (set operators get many-to-many).
    public var matching: VectorMatching?
    public var range: SourceRange

    public init(
        op: BinaryOperator, lhs: Expr, rhs: Expr, returnBool: Bool, matching: VectorMatching?, range: SourceRange
    ) {
        self.op = op
        self.lhs = lhs
        self.rhs = rhs
        self.returnBool = returnBool
        self.matching = matching
        self.range = range
    }
}

public struct UnaryExpr: Sendable, Hashable {
    public var op: UnaryOperator
    public var expr: Expr
    public var range: SourceRange

    public init(op: UnaryOperator, expr: Expr, range: SourceRange) {
        self.op = op
        self.expr = expr
        self.range = range
    }
}

public struct ParenExpr: Sendable, Hashable {
    public var expr: Expr
    public var range: SourceRange

    public init(expr: Expr, range: SourceRange) {
        self.expr = expr
        self.range = range
    }
}
