extension Expr {
    public var range: SourceRange {
        switch self {
        case .number(let node): node.range
        case .string(let node): node.range
        case .vectorSelector(let node): node.range
        case .matrixSelector(let node): node.range
        case .subquery(let node): node.range
        case .call(let node): node.range
        case .aggregate(let node): node.range
        case .binary(let node): node.range
        case .unary(let node): node.range
        case .paren(let node): node.range
        }
    }

    /// The static type of the expression, as Prometheus's type checker sees it.
    public var type: ValueType {
        switch self {
        case .number: .scalar
        case .string: .string
        case .vectorSelector: .instantVector
        case .matrixSelector, .subquery: .rangeVector
        case .call(let node): node.function.returnType
        case .aggregate: .instantVector
        case .binary(let node):
            node.lhs.type == .scalar && node.rhs.type == .scalar ? .scalar : .instantVector
        case .unary(let node): node.expr.type
        case .paren(let node): node.expr.type
        }
    }

    /// The expression with any enclosing parentheses removed.
    public var unwrappingParens: Expr {
        if case .paren(let node) = self { return node.expr.unwrappingParens }
        return self
    }
}
