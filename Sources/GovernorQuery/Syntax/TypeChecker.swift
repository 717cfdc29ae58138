/// Prometheus's `checkAST`: the type rules a syntactically valid expression must also satisfy.
/// It runs after parsing, reports the first violation in Prometheus's order, and settles each binary
/// expression's vector matching (kept only between instant vectors, many-to-many for set operators).
struct TypeChecker {
    let text: String

    func check(_ expr: Expr) throws(ParseError) -> Expr {
        switch expr {
        case .number, .string:
            return expr
        case .vectorSelector(let node):
            try checkSelector(node)
            return expr
        case .matrixSelector(let node):
            try checkSelector(node.selector)
            return expr
        case .subquery(var node):
            node.expr = try check(node.expr)
            if node.expr.type != .instantVector {
                throw error(
                    "subquery is only allowed on instant vector, got \(node.expr.type) in \(goQuoted(expr.description)) instead",
                    node.range)
            }
            return .subquery(node)
        case .call(var node):
            node.arguments = try checkCall(node)
            return .call(node)
        case .aggregate(var node):
            node.expr = try expect(node.expr, .instantVector, "aggregation expression")
            if let parameter = node.parameter {
                switch node.op {
                case .topk, .bottomk, .quantile:
                    node.parameter = try expect(parameter, .scalar, "aggregation parameter")
                case .countValues:
                    node.parameter = try expect(parameter, .string, "aggregation parameter")
                default:
                    node.parameter = try check(parameter)
                }
            }
            return .aggregate(node)
        case .binary(let node):
            return .binary(try checkBinary(node))
        case .unary(var node):
            node.expr = try check(node.expr)
            let type = node.expr.type
            guard type == .scalar || type == .instantVector else {
                throw error(
                    "unary expression only allowed on expressions of type scalar or instant vector, got \(goQuoted(type.description))",
                    node.range)
            }
            return .unary(node)
        case .paren(var node):
            node.expr = try check(node.expr)
            return .paren(node)
        }
    }

    private func error(_ message: String, _ range: SourceRange) -> ParseError {
        ParseError(message: message, range: range, text: text)
    }

    private func expect(_ expr: Expr, _ type: ValueType, _ context: String) throws(ParseError) -> Expr {
        let checked = try check(expr)
        guard checked.type == type else {
            throw error("expected type \(type) in \(context), got \(checked.type)", expr.range)
        }
        return checked
    }

    private func checkSelector(_ node: VectorSelector) throws(ParseError) {
        if let name = node.name {
            // The last matcher is the one the written name produced.
            for matcher in node.matchers.dropLast() where matcher.name == Labels.metricName {
                throw error(
                    "metric name must not be set twice: \(goQuoted(name)) or \(goQuoted(matcher.value))", node.range)
            }
            return
        }
        // Selecting every series by accident (a typo in a matcher) is refused, as in Prometheus.
        guard node.matchers.contains(where: { !$0.matchesEmpty }) else {
            throw error("vector selector must contain at least one non-empty matcher", node.range)
        }
    }

    private func checkCall(_ node: Call) throws(ParseError) -> [Expr] {
        let function = node.function
        let declared = function.argumentTypes.count
        let given = node.arguments.count
        // Only messages use the quoted name; building it for every call that checks cleanly was measurable.
        var quotedName: String { goQuoted(function.name) }
        if function.variadic == 0 {
            if declared != given {
                throw error("expected \(declared) argument(s) in call to \(quotedName), got \(given)", node.range)
            }
        } else {
            let required = declared - 1
            if required > given {
                throw error(
                    "expected at least \(required) argument(s) in call to \(quotedName), got \(given)", node.range)
            }
            if function.variadic > 0, required + function.variadic < given {
                throw error(
                    "expected at most \(required + function.variadic) argument(s) in call to \(quotedName), got \(given)",
                    node.range)
            }
        }
        var checked: [Expr] = []
        for (index, argument) in node.arguments.enumerated() {
            let argumentExpr = try check(argument)
            checked.append(argumentExpr)
            let expected = function.argumentTypes[min(index, declared - 1)]
            if argumentExpr.type != expected {
                throw error(
                    "expected type \(expected) in call to function \(quotedName), got \(argumentExpr.type)",
                    argument.range)
            }
        }
        return checked
    }

    private func checkBinary(_ original: BinaryExpr) throws(ParseError) -> BinaryExpr {
        var node = original
        node.lhs = try check(node.lhs)
        node.rhs = try check(node.rhs)
        let lhsType = node.lhs.type
        let rhsType = node.rhs.type
        let op = node.op
        if node.returnBool && !op.isComparison {
            throw error("bool modifier can only be used on comparison operators", operatorRange(node))
        }
        if op.isComparison && !node.returnBool && lhsType == .scalar && rhsType == .scalar {
            throw error("comparisons between scalars must use BOOL modifier", operatorRange(node))
        }
        if var matching = node.matching {
            if op.isSetOperator && matching.cardinality == .oneToOne { matching.cardinality = .manyToMany }
            if matching.on, let label = matching.matchingLabels.first(where: matching.include.contains) {
                throw error(
                    "label \(goQuoted(label)) must not occur in ON and GROUP clause at once", operatorRange(node))
            }
            node.matching = matching
        }
        for (side, type) in [(node.lhs, lhsType), (node.rhs, rhsType)] where type != .scalar && type != .instantVector {
            throw error("binary expression must contain only scalar and instant vector types", side.range)
        }
        if lhsType != .instantVector || rhsType != .instantVector {
            if let matching = node.matching, !matching.matchingLabels.isEmpty {
                throw error("vector matching only allowed between instant vectors", node.range)
            }
            node.matching = nil
        } else if op.isSetOperator, let matching = node.matching {
            if matching.cardinality == .oneToMany || matching.cardinality == .manyToOne {
                throw error("no grouping allowed for \(goQuoted(op.rawValue)) operation", node.range)
            }
        }
        if (lhsType == .scalar || rhsType == .scalar) && op.isSetOperator {
            throw error("set operator \(goQuoted(op.rawValue)) not allowed in binary scalar expression", node.range)
        }
        return node
    }

    /// The text between the operands without surrounding spaces: the operator and its modifiers.
    private func operatorRange(_ node: BinaryExpr) -> SourceRange {
        let bytes = Array(text.utf8)
        var start = node.lhs.range.end
        var end = node.rhs.range.start
        while start < end, isWhitespace(bytes[start]) { start += 1 }
        while end > start, isWhitespace(bytes[end - 1]) { end -= 1 }
        return SourceRange(start: start, end: end)
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
