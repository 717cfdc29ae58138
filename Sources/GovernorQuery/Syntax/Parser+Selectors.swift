extension Parser {
    /// `name`, `name{matchers}` or `{matchers}`; a written name becomes a trailing `__name__` matcher.
    mutating func parseVectorSelector(nameToken: Token?) throws(ParseError) -> Expr {
        var matchers: [LabelMatcher] = []
        var range = nameToken?.range
        if try peek().kind == .leftBrace {
            let open = try advance()
            let close: Token
            (matchers, close) = try parseLabelMatchers()
            range = (range ?? open.range) + close.range
        }
        guard let range else { throw unexpected(try peek()) }
        if let nameToken {
            matchers.append(try! LabelMatcher(name: Labels.metricName, type: .equal, value: nameToken.text))
        }
        return .vectorSelector(VectorSelector(name: nameToken?.text, matchers: matchers, range: range))
    }

    /// The matchers after `{`, and the closing `}`. A trailing comma is allowed.
    private mutating func parseLabelMatchers() throws(ParseError) -> ([LabelMatcher], Token) {
        var matchers: [LabelMatcher] = []
        while true {
            let nameToken = try advance()
            if nameToken.kind == .rightBrace { return (matchers, nameToken) }
            guard nameToken.kind == .identifier else {
                throw unexpected(nameToken, context: "label matching", expected: "identifier or \"}\"")
            }
            matchers.append(try parseLabelMatcher(nameToken: nameToken))
            let separator = try advance()
            switch separator.kind {
            case .comma: continue
            case .rightBrace: return (matchers, separator)
            default: throw unexpected(separator, context: "label matching", expected: "\",\" or \"}\"")
            }
        }
    }

    private mutating func parseLabelMatcher(nameToken: Token) throws(ParseError) -> LabelMatcher {
        let operatorToken = try advance()
        let type: MatchType
        switch operatorToken.kind {
        case .assign: type = .equal
        case .binary(.notEqual): type = .notEqual
        case .regexMatch: type = .regexMatch
        case .regexNoMatch: type = .regexNoMatch
        default:
            throw unexpected(operatorToken, context: "label matching", expected: "label matching operator")
        }
        let valueToken = try advance()
        guard valueToken.kind == .string else {
            throw unexpected(valueToken, context: "label matching", expected: "string")
        }
        let value = unquotedString(valueToken)
        do {
            return try LabelMatcher(name: nameToken.text, type: type, value: value)
        } catch {
            throw self.error(
                "error parsing regexp: invalid regular expression \(goQuoted(value))",
                nameToken.range + valueToken.range)
        }
    }
}
