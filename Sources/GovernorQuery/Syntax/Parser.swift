/// Parses PromQL text into a type-checked expression tree.
///
/// A recursive-descent parser with precedence climbing for binary operators, following Prometheus 2.42's
/// grammar (promql/parser/generated_parser.y). Parsing stops at the first error, which Prometheus also
/// reports first. Type checking is a separate pass (`TypeChecker`), as in Prometheus.
public struct Parser {
    /// Deeper nesting is refused so that hostile input cannot overflow the stack.
    public static let maximumNestingDepth = 300

    let text: String
    private var tokens: [Token]
    private var index = 0
    private var nestingDepth = 0

    private init(text: String) {
        self.text = text
        tokens = Lexer.tokenize(text)
    }

    public static func parse(_ text: String) throws(ParseError) -> Expr {
        var parser = Parser(text: text)
        let expr = try parser.parseWholeInput()
        return try TypeChecker(text: text).check(expr)
    }

    private mutating func parseWholeInput() throws(ParseError) -> Expr {
        let first = try peek()
        if first.kind == .endOfInput {
            throw error("no expression found in input", first.range)
        }
        let expr = try parseExpression()
        let trailing = try peek()
        guard trailing.kind == .endOfInput else { throw unexpected(trailing) }
        return expr
    }

    // MARK: - Token access

    /// The next token; a lexical error surfaces here, when the parser reaches it.
    mutating func peek(_ ahead: Int = 0) throws(ParseError) -> Token {
        let token = tokens[min(index + ahead, tokens.count - 1)]
        if case .error(let message) = token.kind { throw error(message, token.range) }
        return token
    }

    /// The kind of a later token without surfacing lexical errors, for one-token lookahead decisions.
    func peekKind(_ ahead: Int) -> TokenKind {
        tokens[min(index + ahead, tokens.count - 1)].kind
    }

    @discardableResult
    mutating func advance() throws(ParseError) -> Token {
        let token = try peek()
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    /// Consumes the next token when it is of `kind`.
    mutating func accept(_ kind: TokenKind) throws(ParseError) -> Token? {
        try peek().kind == kind ? try advance() : nil
    }

    /// Consumes a token of `kind`, or fails with Prometheus's "unexpected ..." message.
    mutating func expect(_ kind: TokenKind, context: String? = nil, expected: String? = nil) throws(ParseError)
        -> Token
    {
        let token = try advance()
        guard token.kind == kind else { throw unexpected(token, context: context, expected: expected) }
        return token
    }

    func error(_ message: String, _ range: SourceRange) -> ParseError {
        ParseError(message: message, range: range, text: text)
    }

    /// "unexpected <token> in <context>, expected <expected>", as Prometheus's `unexpected` builds it.
    func unexpected(_ token: Token, context: String? = nil, expected: String? = nil) -> ParseError {
        var message = "unexpected \(token.errorDescription)"
        if let context { message += " in \(context)" }
        if let expected { message += ", expected \(expected)" }
        return error(message, token.range)
    }

    mutating func enterNesting(at token: Token) throws(ParseError) {
        nestingDepth += 1
        if nestingDepth > Parser.maximumNestingDepth {
            throw error("expression nests too deeply (more than \(Parser.maximumNestingDepth) levels)", token.range)
        }
    }

    mutating func leaveNesting() { nestingDepth -= 1 }

    // MARK: - Expressions

    /// Parses operands joined by binary operators that bind at least as tightly as `minimumPrecedence`.
    mutating func parseExpression(minimumPrecedence: Int = 1) throws(ParseError) -> Expr {
        try enterNesting(at: try peek())
        defer { leaveNesting() }
        var lhs = try parseUnary()
        while case .binary(let op) = try peek().kind, op.precedence >= minimumPrecedence {
            try advance()
            let modifiers = try parseBinaryModifiers()
            let rhs = try parseExpression(
                minimumPrecedence: op.isRightAssociative ? op.precedence : op.precedence + 1)
            lhs = .binary(
                BinaryExpr(
                    op: op, lhs: lhs, rhs: rhs, returnBool: modifiers.returnBool, matching: modifiers.matching,
                    range: lhs.range + rhs.range))
        }
        return lhs
    }

    /// Unary `+`/`-` bind like `*`: only `^` (and postfix modifiers) bind tighter, so `-2^2` is `-(2^2)`.
    private mutating func parseUnary() throws(ParseError) -> Expr {
        let token = try peek()
        let op: UnaryOperator
        switch token.kind {
        case .binary(.add): op = .plus
        case .binary(.subtract): op = .minus
        default: return try parsePostfix(try parsePrimary())
        }
        try advance()
        let operand = try parseExpression(minimumPrecedence: BinaryOperator.power.precedence)
        let range = token.range + operand.range
        // Prometheus folds a sign into a number literal that follows it directly.
        if case .number(let literal) = operand {
            return .number(NumberLiteral(value: op == .minus ? -literal.value : literal.value, range: range))
        }
        return .unary(UnaryExpr(op: op, expr: operand, range: range))
    }

    private mutating func parsePrimary() throws(ParseError) -> Expr {
        let token = try peek()
        switch token.kind {
        case .number:
            try advance()
            return .number(NumberLiteral(value: try numberValue(token), range: token.range))
        case .string:
            try advance()
            return .string(StringLiteral(value: unquotedString(token), range: token.range))
        case .leftParen:
            try advance()
            try enterNesting(at: token)
            defer { leaveNesting() }
            let inner = try parseExpression()
            let close = try expect(.rightParen)
            return .paren(ParenExpr(expr: inner, range: token.range + close.range))
        case .leftBrace:
            return try parseVectorSelector(nameToken: nil)
        case .identifier:
            if peekKind(1) == .leftParen { return try parseCall() }
            return try parseVectorSelector(nameToken: try advance())
        case .aggregator:
            switch peekKind(1) {
            case .leftParen, .keyword(.by), .keyword(.without): return try parseAggregate()
            default: return try parseVectorSelector(nameToken: try advance())
            }
        case .metricIdentifier, .keyword(.by), .keyword(.without), .keyword(.offset), .keyword(.start),
            .keyword(.end), .binary(.and), .binary(.or), .binary(.unless):
            // Prometheus lets these words name a metric where an expression starts.
            return try parseVectorSelector(nameToken: try advance())
        default:
            throw unexpected(token)
        }
    }
}
