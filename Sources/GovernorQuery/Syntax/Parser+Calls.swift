extension Parser {
    /// `name(args...)`, checked against the function table; argument types are the type checker's job.
    mutating func parseCall() throws(ParseError) -> Expr {
        let nameToken = try advance()
        let (arguments, close) = try parseCallArguments()
        guard let function = FunctionSignature.named(nameToken.text) else {
            throw error("unknown function with name \(goQuoted(nameToken.text))", nameToken.range)
        }
        return .call(Call(function: function, arguments: arguments, range: nameToken.range + close.range))
    }

    /// `(a, b, ...)`, returning the arguments and the closing parenthesis. Trailing commas are refused.
    mutating func parseCallArguments() throws(ParseError) -> ([Expr], Token) {
        let open = try expect(.leftParen)
        try enterNesting(at: open)
        defer { leaveNesting() }
        if let close = try accept(.rightParen) { return ([], close) }
        var arguments: [Expr] = []
        while true {
            arguments.append(try parseExpression())
            let separator = try advance()
            switch separator.kind {
            case .rightParen:
                return (arguments, separator)
            case .comma:
                if try peek().kind == .rightParen {
                    throw error("trailing commas not allowed in function call args", separator.range)
                }
            default:
                throw unexpected(separator)
            }
        }
    }

    /// `op [by|without (labels)] (args) [by|without (labels)]`.
    mutating func parseAggregate() throws(ParseError) -> Expr {
        let opToken = try advance()
        guard case .aggregator(let op) = opToken.kind else { throw unexpected(opToken) }
        var grouping = try parseAggregateModifier()
        guard try peek().kind == .leftParen else {
            throw unexpected(try peek(), context: "aggregation")
        }
        let (arguments, close) = try parseCallArguments()
        var end = close.range
        if grouping == nil, let trailing = try parseAggregateModifier() {
            grouping = trailing
            end = trailing.end
        }
        let range = opToken.range + end
        if arguments.isEmpty {
            throw error("no arguments for aggregate expression provided", range)
        }
        let expectedCount = op.takesParameter ? 2 : 1
        guard arguments.count == expectedCount else {
            throw error(
                "wrong number of arguments for aggregate expression provided, expected \(expectedCount), "
                    + "got \(arguments.count)", range)
        }
        return .aggregate(
            AggregateExpr(
                op: op, expr: arguments[expectedCount - 1], parameter: op.takesParameter ? arguments[0] : nil,
                grouping: grouping?.labels ?? [], without: grouping?.without ?? false, range: range))
    }

    private mutating func parseAggregateModifier() throws(ParseError)
        -> (labels: [String], without: Bool, end: SourceRange)?
    {
        let without: Bool
        switch try peek().kind {
        case .keyword(.by): without = false
        case .keyword(.without): without = true
        default: return nil
        }
        try advance()
        let (labels, close) = try parseGroupingLabels()
        return (labels, without, close.range)
    }

    /// `(a, b)` after `by`, `without`, `on`, `ignoring`, `group_left` or `group_right`; a trailing comma is fine.
    mutating func parseGroupingLabels() throws(ParseError) -> ([String], Token) {
        _ = try expect(.leftParen, context: "grouping opts", expected: "\"(\"")
        var labels: [String] = []
        while true {
            let labelToken = try advance()
            if labelToken.kind == .rightParen { return (labels, labelToken) }
            guard isLabelToken(labelToken) else {
                throw unexpected(labelToken, context: "grouping opts", expected: "label")
            }
            labels.append(labelToken.text)
            let separator = try advance()
            switch separator.kind {
            case .comma: continue
            case .rightParen: return (labels, separator)
            default: throw unexpected(separator, context: "grouping opts", expected: "\",\" or \")\"")
            }
        }
    }

    /// Keywords are valid label names here, as long as the word is a plain label name.
    private func isLabelToken(_ token: Token) -> Bool {
        switch token.kind {
        case .identifier, .keyword, .aggregator, .binary(.and), .binary(.or), .binary(.unless), .binary(.atan2):
            break
        default:
            return false
        }
        return isLabelName(token.text)
    }
}

/// Prometheus's label name rule: `[a-zA-Z_][a-zA-Z0-9_]*`.
func isLabelName(_ text: String) -> Bool {
    guard let first = text.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
    return text.utf8.allSatisfy { byte in
        byte == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
