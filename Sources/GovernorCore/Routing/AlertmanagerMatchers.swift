public import GovernorQuery

/// A matcher string that is not Alertmanager matcher syntax, with a message that says why.
public struct MatcherSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Alertmanager's matcher syntax (`pkg/labels/parse.go`): `severity=~"crit.*"`, `team=infra`, or a list such as
/// `{foo="bar", dings!=bums}`. It is more tolerant than PromQL: values may be unquoted and a trailing comma is fine.
public enum AlertmanagerMatchers {
    /// A comma-separated list, with optional braces; commas inside double quotes do not separate.
    public static func parseList(_ text: String) throws(MatcherSyntaxError) -> [LabelMatcher] {
        var body = Substring(text)
        if body.hasPrefix("{") { body = body.dropFirst() }
        if body.hasSuffix("}") { body = body.dropLast() }
        var tokens: [String] = []
        var token = ""
        var insideQuotes = false
        var escaped = false
        for character in body {
            switch character {
            case "," where !insideQuotes:
                tokens.append(token)
                token = ""
                continue
            case "\"":
                if escaped { escaped = false } else { insideQuotes.toggle() }
            case "\\":
                escaped.toggle()
            default:
                escaped = false
            }
            token.append(character)
        }
        let last = token.trimmingWhitespace
        if !last.isEmpty { tokens.append(last) }
        var matchers: [LabelMatcher] = []
        for token in tokens { matchers.append(try parse(token)) }
        return matchers
    }

    /// One `name op value` matcher; the value may be double-quoted, with `\"`, `\n` and `\\` escapes.
    public static func parse(_ text: String) throws(MatcherSyntaxError) -> LabelMatcher {
        let trimmed = text.trimmingWhitespace
        let name = String(trimmed.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ":") })
        // Alertmanager allows `:` in matcher names, as its regex `[a-zA-Z_:][a-zA-Z0-9_:]*` does.
        guard let first = name.first, !first.isNumber else { throw MatcherSyntaxError("bad matcher format: \(text)") }
        var rest = trimmed.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
        // `=~` before `=`, or the `~` would become part of the value.
        guard
            let type = [MatchType.regexMatch, .notEqual, .regexNoMatch, .equal].first(where: {
                rest.hasPrefix($0.rawValue)
            })
        else { throw MatcherSyntaxError("bad matcher format: \(text)") }
        rest = rest.dropFirst(type.rawValue.count)
        let raw = String(rest).trimmingWhitespace
        let value = try unescape(raw)
        do {
            return try LabelMatcher(name: name, type: type, value: value)
        } catch {
            throw MatcherSyntaxError("invalid regular expression in matcher \(text)")
        }
    }

    private static func unescape(_ raw: String) throws(MatcherSyntaxError) -> String {
        var characters = Array(raw)
        var expectTrailingQuote = false
        if characters.first == "\"" {
            characters.removeFirst()
            expectTrailingQuote = true
        }
        var value = ""
        var escaped = false
        for (index, character) in characters.enumerated() {
            if escaped {
                escaped = false
                switch character {
                case "n": value.append("\n")
                case "\"", "\\": value.append(character)
                default: value += "\\\(character)"  // A spurious escape keeps its backslash.
                }
                continue
            }
            switch character {
            case "\\":
                if index < characters.count - 1 { escaped = true } else { value.append("\\") }
            case "\"":
                guard expectTrailingQuote, index == characters.count - 1 else {
                    throw MatcherSyntaxError("matcher value contains unescaped double quote: \(raw)")
                }
                expectTrailingQuote = false
            default:
                value.append(character)
            }
        }
        if expectTrailingQuote { throw MatcherSyntaxError("matcher value contains unescaped double quote: \(raw)") }
        return value
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
