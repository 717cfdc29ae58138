import Foundation

/// What `bool`, `on`/`ignoring` and `group_left`/`group_right` after a binary operator say.
struct BinaryModifiers {
    var returnBool = false
    /// Always present after parsing; the type checker drops it unless both sides are instant vectors.
    var matching = VectorMatching(cardinality: .oneToOne, matchingLabels: [], on: false, include: [])
}

extension Parser {
    mutating func parseBinaryModifiers() throws(ParseError) -> BinaryModifiers {
        var modifiers = BinaryModifiers()
        if try accept(.keyword(.bool)) != nil { modifiers.returnBool = true }
        let on: Bool
        switch try peek().kind {
        case .keyword(.on): on = true
        case .keyword(.ignoring): on = false
        default: return modifiers
        }
        try advance()
        modifiers.matching.on = on
        modifiers.matching.matchingLabels = try parseGroupingLabels().0
        switch try peek().kind {
        case .keyword(.groupLeft): modifiers.matching.cardinality = .manyToOne
        case .keyword(.groupRight): modifiers.matching.cardinality = .oneToMany
        default: return modifiers
        }
        try advance()
        // A parenthesis right after group_x is always its label list, as in Prometheus's grammar.
        if try peek().kind == .leftParen {
            modifiers.matching.include = try parseGroupingLabels().0
        }
        return modifiers
    }

    /// Range selectors, subqueries, `offset` and `@`, which bind tighter than any operator.
    mutating func parsePostfix(_ base: Expr) throws(ParseError) -> Expr {
        var expr = base
        while true {
            switch try peek().kind {
            case .leftBracket: expr = try parseRangeOrSubquery(expr)
            case .keyword(.offset): expr = try parseOffset(expr)
            case .at: expr = try parseAt(expr)
            default: return expr
            }
        }
    }

    private mutating func parseRangeOrSubquery(_ expr: Expr) throws(ParseError) -> Expr {
        let open = try advance()
        let rangeToken = try advance()
        guard rangeToken.kind == .duration else {
            throw unexpected(rangeToken, context: "subquery selector", expected: "duration")
        }
        let duration = try durationValue(rangeToken)
        let next = try advance()
        switch next.kind {
        case .rightBracket:
            guard case .vectorSelector(let selector) = expr else {
                throw error("ranges only allowed for vector selectors", open.range + next.range)
            }
            if selector.offset != 0 {
                throw error("no offset modifiers allowed before range", open.range + next.range)
            }
            if selector.at != nil {
                throw error("no @ modifiers allowed before range", open.range + next.range)
            }
            return .matrixSelector(
                MatrixSelector(selector: selector, duration: duration, range: expr.range + next.range))
        case .colon:
            var step: Int64?
            let stepToken = try advance()
            var close = stepToken
            switch stepToken.kind {
            case .duration:
                step = try durationValue(stepToken)
                close = try expect(.rightBracket, context: "subquery selector", expected: "\"]\"")
            case .rightBracket:
                break
            default:
                throw unexpected(stepToken, context: "subquery selector", expected: "duration or \"]\"")
            }
            return .subquery(SubqueryExpr(expr: expr, duration: duration, step: step, range: expr.range + close.range))
        default:
            throw unexpected(next, context: "subquery or range", expected: "\":\" or \"]\"")
        }
    }

    private mutating func parseOffset(_ expr: Expr) throws(ParseError) -> Expr {
        try advance()
        let negative = try accept(.binary(.subtract)) != nil
        let durationToken = try advance()
        guard durationToken.kind == .duration else {
            throw unexpected(durationToken, context: "offset", expected: "duration")
        }
        let magnitude = try durationValue(durationToken)
        let offset = negative ? -magnitude : magnitude
        let end = durationToken.range
        let duplicate = "offset may not be set multiple times"
        switch expr {
        case .vectorSelector(var node):
            if node.offset != 0 { throw error(duplicate, node.range) }
            node.offset = offset
            node.range = node.range + end
            return .vectorSelector(node)
        case .matrixSelector(var node):
            if node.selector.offset != 0 { throw error(duplicate, node.range) }
            node.selector.offset = offset
            node.range = node.range + end
            return .matrixSelector(node)
        case .subquery(var node):
            if node.offset != 0 { throw error(duplicate, node.range) }
            node.offset = offset
            node.range = node.range + end
            return .subquery(node)
        default:
            throw error(
                "offset modifier must be preceded by an instant vector selector or range vector selector or a subquery",
                expr.range)
        }
    }

    private mutating func parseAt(_ expr: Expr) throws(ParseError) -> Expr {
        try advance()
        let (at, end) = try parseAtValue(for: expr)
        let duplicate = "@ <timestamp> may not be set multiple times"
        switch expr {
        case .vectorSelector(var node):
            if node.at != nil { throw error(duplicate, node.range) }
            node.at = at
            node.range = node.range + end
            return .vectorSelector(node)
        case .matrixSelector(var node):
            if node.selector.at != nil { throw error(duplicate, node.range) }
            node.selector.at = at
            node.range = node.range + end
            return .matrixSelector(node)
        case .subquery(var node):
            if node.at != nil { throw error(duplicate, node.range) }
            node.at = at
            node.range = node.range + end
            return .subquery(node)
        default:
            throw error(
                "@ modifier must be preceded by an instant vector selector or range vector selector or a subquery",
                expr.range)
        }
    }

    /// `<number>`, `-<number>`, `start()` or `end()` after `@`, and the range of the last token read.
    private mutating func parseAtValue(for expr: Expr) throws(ParseError) -> (AtModifier, SourceRange) {
        let first = try advance()
        switch first.kind {
        case .keyword(.start), .keyword(.end):
            _ = try expect(.leftParen, context: "@", expected: "\"(\"")
            let close = try expect(.rightParen, context: "@", expected: "\")\"")
            return (first.kind == .keyword(.start) ? .start : .end, close.range)
        case .number, .binary(.add), .binary(.subtract):
            var numberToken = first
            if first.kind != .number {
                numberToken = try advance()
                guard numberToken.kind == .number else {
                    throw unexpected(numberToken, context: "@", expected: "timestamp")
                }
            }
            let magnitude = try numberValue(numberToken)
            let seconds = first.kind == .binary(.subtract) ? -magnitude : magnitude
            // Go compares against float64(MaxInt64), which rounds up to 2^63.
            guard seconds.isFinite, seconds < 0x1p63, seconds > -0x1p63 else {
                throw error("timestamp out of bounds for @ modifier: \(goFixedFloat(seconds))", expr.range)
            }
            return (.timestamp(millisecondsFromSeconds(seconds)), numberToken.range)
        default:
            throw unexpected(first, context: "@", expected: "timestamp")
        }
    }
}

/// Prometheus's `timestamp.FromFloatSeconds`, saturating where Go's conversion would be undefined.
private func millisecondsFromSeconds(_ seconds: Double) -> Int64 {
    let milliseconds = (seconds * 1000).rounded()
    if milliseconds >= 0x1p63 { return .max }
    if milliseconds <= -0x1p63 { return .min }
    return Int64(milliseconds)
}

/// Go's `%f`.
private func goFixedFloat(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
    return String(format: "%f", value)
}
