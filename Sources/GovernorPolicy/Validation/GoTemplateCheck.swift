import Foundation

/// A light check of Go-template text in labels and annotations, as Prometheus parses them when loading rules:
/// every `{{` must close, and variables must be ones the alert template defines or the text itself declares.
enum GoTemplateCheck {
    /// What Prometheus defines before expanding an alert's templates.
    private static let predefinedVariables: Set<String> = ["$", "$labels", "$externalLabels", "$externalURL", "$value"]

    /// nil when the template looks well formed, otherwise the problem.
    static func problem(in text: String) -> String? {
        var declared = predefinedVariables
        var rest = Substring(text)
        while let open = firstRange(of: UInt8(ascii: "{"), in: rest) {
            let afterOpen = rest[open.upperBound...]
            guard let close = firstRange(of: UInt8(ascii: "}"), in: afterOpen) else {
                return "unclosed action: '{{' without '}}'"
            }
            var action = afterOpen[..<close.lowerBound]
            // `{{-` and `-}}` trim whitespace around the action.
            if action.hasPrefix("- ") { action = action.dropFirst() }
            if action.hasSuffix(" -") { action = action.dropLast() }
            let body = action.trimmingWhitespace
            if body.hasPrefix("/*") {
                guard body.hasSuffix("*/") else { return "unclosed comment in '{{\(action)}}'" }
            } else if body.isEmpty {
                return "missing value for command in '{{\(action)}}'"
            } else if body.contains("{{") {
                return "unexpected '{{' inside action '{{\(action)}}'"
            } else if let problem = problem(inAction: body, declared: &declared) {
                return problem
            }
            rest = afterOpen[close.upperBound...]
        }
        if rest.contains("}}") && !text.contains("{{") { return "unexpected '}}' without '{{'" }
        return nil
    }

    /// The first doubled `brace` (`{{` or `}}`); a byte scan, since templates are checked for every alert.
    private static func firstRange(of brace: UInt8, in text: Substring) -> Range<Substring.Index>? {
        var previous: Substring.Index?
        for index in text.utf8.indices {
            guard text.utf8[index] == brace else {
                previous = nil
                continue
            }
            if let previous { return previous..<text.utf8.index(after: index) }
            previous = index
        }
        return nil
    }

    private static func problem(inAction body: String, declared: inout Set<String>) -> String? {
        var depth = 0
        for character in body {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth < 0 { return "unexpected ')' in '{{\(body)}}'" }
        }
        if depth != 0 { return "unclosed '(' in '{{\(body)}}'" }
        let tokens = withoutStringLiterals(body).split(whereSeparator: { " \t\n()|,".contains($0) }).map(String.init)
        // `{{ $x := ... }}` and `{{ range $i, $s := ... }}` declare every variable before the `:=`.
        let assignment = tokens.firstIndex { $0 == ":=" || $0 == "=" }
        for (index, token) in tokens.enumerated() where token.hasPrefix("$") {
            let variable = String(token.prefix { $0 != "." })
            if let assignment, index < assignment {
                declared.insert(variable)
            } else if !declared.contains(variable) {
                return "undefined variable \"\(variable)\""
            }
        }
        if let star = tokens.firstIndex(where: { ["*", "+", "/"].contains($0) }) {
            return "operators such as '\(tokens[star])' are not template syntax; use a function such as humanize"
        }
        return nil
    }

    /// The action with `"..."` and `` `...` `` literals blanked, so that their contents are not read as code.
    private static func withoutStringLiterals(_ body: String) -> String {
        var result = ""
        var quote: Character?
        var escaped = false
        for character in body {
            if let open = quote {
                if escaped {
                    escaped = false
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else if character == open {
                    quote = nil
                    result.append("S")
                }
                continue
            }
            if character == "\"" || character == "`" {
                quote = character
            } else {
                result.append(character)
            }
        }
        return result
    }
}
