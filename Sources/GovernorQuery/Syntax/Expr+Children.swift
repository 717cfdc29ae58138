extension Expr {
    /// The direct sub-expressions, in source order.
    public var children: [Expr] {
        switch self {
        case .number, .string, .vectorSelector, .matrixSelector: []
        case .subquery(let node): [node.expr]
        case .call(let node): node.arguments
        case .aggregate(let node): [node.parameter, node.expr].compactMap { $0 }
        case .binary(let node): [node.lhs, node.rhs]
        case .unary(let node): [node.expr]
        case .paren(let node): [node.expr]
        }
    }

    /// Every selector in the expression (range selectors as their instant part), in source order.
    public var selectors: [VectorSelector] {
        switch self {
        case .vectorSelector(let selector): [selector]
        case .matrixSelector(let node): [node.selector]
        default: children.flatMap(\.selectors)
        }
    }
}
