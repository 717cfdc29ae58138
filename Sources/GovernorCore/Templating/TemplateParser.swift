/// Splits a template into text and actions and parses each action's pipeline.
struct TemplateParser {
    private let source: String

    init(_ source: String) { self.source = source }

    func parse() throws(TemplateError) -> [AlertTemplate.Segment] {
        var segments: [AlertTemplate.Segment] = []
        let bytes = Array(source.utf8)
        var index = 0
        var text: [UInt8] = []
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{")
            else {
                text.append(bytes[index])
                index += 1
                continue
            }
            let start = index
            var bodyStart = index + 2
            if bodyStart < bytes.count, bytes[bodyStart] == UInt8(ascii: "-"),
                bodyStart + 1 < bytes.count, bytes[bodyStart + 1] == UInt8(ascii: " ")
            {
                while let last = text.last, last == 32 || last == 10 || last == 9 || last == 13 { text.removeLast() }
                bodyStart += 1
            }
            guard let close = findClose(bytes, from: bodyStart) else {
                throw TemplateError("unclosed action: missing \"}}\"", offset: start)
            }
            var bodyEnd = close
            var trimAfter = false
            if bodyEnd > bodyStart, bytes[bodyEnd - 1] == UInt8(ascii: "-"), bodyEnd - 2 >= bodyStart,
                bytes[bodyEnd - 2] == UInt8(ascii: " ")
            {
                bodyEnd -= 1
                trimAfter = true
            }
            if !text.isEmpty { segments.append(.text(String(decoding: text, as: UTF8.self))) }
            text = []
            let body = String(decoding: bytes[bodyStart..<bodyEnd], as: UTF8.self)
            segments.append(.action(pipeline: try parsePipeline(body, offset: start), offset: start))
            index = close + 2
            if trimAfter {
                while index < bytes.count, [32, 10, 9, 13].contains(bytes[index]) { index += 1 }
            }
        }
        if !text.isEmpty { segments.append(.text(String(decoding: text, as: UTF8.self))) }
        return segments
    }

    /// The index of the `}}` closing an action, skipping quoted strings.
    private func findClose(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        var quote: UInt8?
        while index + 1 < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
                quote = byte
            } else if byte == UInt8(ascii: "}") && bytes[index + 1] == UInt8(ascii: "}") {
                return index
            }
            index += 1
        }
        return nil
    }

    private func parsePipeline(_ body: String, offset: Int) throws(TemplateError) -> [TemplateCommand] {
        let tokens = try tokenize(body, offset: offset)
        guard !tokens.isEmpty else { throw TemplateError("missing value for command", offset: offset) }
        var commands: [TemplateCommand] = []
        var current: [String] = []
        for token in tokens + ["|"] {
            guard token == "|" else {
                current.append(token)
                continue
            }
            guard !current.isEmpty else { throw TemplateError("missing command in pipeline", offset: offset) }
            commands.append(try command(current, offset: offset))
            current = []
        }
        return commands
    }

    private func command(_ words: [String], offset: Int) throws(TemplateError) -> TemplateCommand {
        let first = words[0]
        if TemplateFunctions.names.contains(first) {
            var operands: [TemplateOperand] = []
            for word in words.dropFirst() { operands.append(try operand(word, offset: offset)) }
            return TemplateCommand(function: first, operands: operands)
        }
        guard words.count == 1 else {
            throw TemplateError("can't give arguments to non-function \(first)", offset: offset)
        }
        return TemplateCommand(function: nil, operands: [try operand(first, offset: offset)])
    }

    private func operand(_ word: String, offset: Int) throws(TemplateError) -> TemplateOperand {
        if word.hasPrefix("\"") || word.hasPrefix("`") { return .string(unquote(word)) }
        if let number = Double(word) { return .number(number) }
        switch word {
        case "$value", ".Value": return .value
        case "$externalURL", ".ExternalURL": return .externalURL
        default: break
        }
        for prefix in ["$labels.", ".Labels."] where word.hasPrefix(prefix) {
            return .label(String(word.dropFirst(prefix.count)))
        }
        for prefix in ["$externalLabels.", ".ExternalLabels."] where word.hasPrefix(prefix) {
            return .externalLabel(String(word.dropFirst(prefix.count)))
        }
        if TemplateFunctions.names.contains(word) {
            throw TemplateError("function \(word) must come first in a command", offset: offset)
        }
        if word.hasPrefix("$") { throw TemplateError("undefined variable \"\(word)\"", offset: offset) }
        throw TemplateError("function \"\(word)\" not defined", offset: offset)
    }

    private func tokenize(_ body: String, offset: Int) throws(TemplateError) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quote: Character?
        var escaped = false
        for character in body {
            if let open = quote {
                current.append(character)
                if escaped {
                    escaped = false
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else if character == open {
                    tokens.append(current)
                    current = ""
                    quote = nil
                }
                continue
            }
            switch character {
            case "\"", "`":
                if !current.isEmpty { tokens.append(current) }
                current = String(character)
                quote = character
            case " ", "\t", "\n", "\r":
                if !current.isEmpty { tokens.append(current) }
                current = ""
            case "|":
                if !current.isEmpty { tokens.append(current) }
                current = ""
                tokens.append("|")
            case "(", ")":
                throw TemplateError("parenthesised pipelines are not supported", offset: offset)
            default:
                current.append(character)
            }
        }
        if quote != nil { throw TemplateError("unterminated quoted string", offset: offset) }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private func unquote(_ word: String) -> String {
        let inner = word.dropFirst().dropLast()
        guard word.hasPrefix("\"") else { return String(inner) }
        var result = ""
        var escaped = false
        for character in inner {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
