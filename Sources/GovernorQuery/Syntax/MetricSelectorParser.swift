/// Prometheus's `parser.ParseMetricSelector`, which the HTTP API uses for `match[]`: the text must be one vector
/// selector (`up`, `{job="api"}`, `http_requests_total{code=~"5.."}`) and nothing after it. Unlike a query, an
/// empty selector (`{}`) parses; whether its matchers are acceptable is the caller's rule.
public enum MetricSelectorParser {
    public static func parse(_ text: String) throws(ParseError) -> [LabelMatcher] {
        let tokens = Lexer.tokenize(text)
        let end = selectorEnd(tokens)
        if let trailing = tokens.dropFirst(end).first, trailing.kind != .endOfInput, end > 0 {
            if case .error(let message) = trailing.kind {
                throw ParseError(message: message, range: trailing.range, text: text)
            }
            throw ParseError(message: "unexpected \(trailing.errorDescription)", range: trailing.range, text: text)
        }
        let selectorText = end > 0 ? String(decoding: text.utf8.prefix(tokens[end - 1].range.end), as: UTF8.self) : text
        let expr: Expr
        do {
            expr = try Parser.parse(selectorText)
        } catch  where error.message == "vector selector must contain at least one non-empty matcher" {
            // Only a query needs a non-empty matcher; `match[]` has its own rule for that.
            return []
        }
        guard case .vectorSelector(let selector) = expr else {
            let first = tokens[0]
            throw ParseError(message: "unexpected \(first.errorDescription)", range: first.range, text: text)
        }
        return selector.matchers
    }

    /// The number of tokens the leading selector takes (`name`, `name{…}` or `{…}`); 0 when the text does not
    /// start with one.
    private static func selectorEnd(_ tokens: [Token]) -> Int {
        var index = 0
        if case .identifier = tokens[index].kind {
            index += 1
        } else if case .metricIdentifier = tokens[index].kind {
            index += 1
        }
        guard index < tokens.count, tokens[index].kind == .leftBrace else { return index }
        while index < tokens.count {
            switch tokens[index].kind {
            case .rightBrace: return index + 1
            case .endOfInput, .error: return index
            default: index += 1
            }
        }
        return index
    }
}
