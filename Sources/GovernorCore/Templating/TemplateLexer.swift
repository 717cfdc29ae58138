/// Splits a template into text and `{{ … }}` actions (honouring `{{-` and `-}}`), and an action into tokens.
enum TemplateLexer {
    struct Action {
        var body: String
        var offset: Int
    }

    enum Item {
        case text(String)
        case action(Action)
    }

    static func items(_ source: String) throws(TemplateError) -> [Item] {
        let bytes = Array(source.utf8)
        var items: [Item] = []
        var text: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{")
            else {
                text.append(bytes[index])
                index += 1
                continue
            }
            let start = index
            var bodyStart = index + 2
            if bodyStart + 1 < bytes.count, bytes[bodyStart] == UInt8(ascii: "-"), isSpace(bytes[bodyStart + 1]) {
                while let last = text.last, isSpace(last) { text.removeLast() }
                bodyStart += 1
            }
            guard let close = closingBraces(bytes, from: bodyStart) else {
                throw TemplateError("unclosed action: missing \"}}\"", offset: start)
            }
            var bodyEnd = close
            var trimAfter = false
            if bodyEnd - 2 >= bodyStart, bytes[bodyEnd - 1] == UInt8(ascii: "-"), isSpace(bytes[bodyEnd - 2]) {
                bodyEnd -= 1
                trimAfter = true
            }
            if !text.isEmpty { items.append(.text(String(decoding: text, as: UTF8.self))) }
            text = []
            items.append(
                .action(Action(body: String(decoding: bytes[bodyStart..<bodyEnd], as: UTF8.self), offset: start)))
            index = close + 2
            if trimAfter { while index < bytes.count, isSpace(bytes[index]) { index += 1 } }
        }
        if !text.isEmpty { items.append(.text(String(decoding: text, as: UTF8.self))) }
        return items
    }

    /// The tokens of an action body: words, quoted strings (kept with their quotes), and `| ( ) , :=`.
    static func tokens(_ body: String, offset: Int) throws(TemplateError) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quote: Character?
        var escaped = false
        var previousWasColon = false
        func flush() {
            if !current.isEmpty { tokens.append(current) }
            current = ""
        }
        for character in body {
            if let open = quote {
                current.append(character)
                if escaped {
                    escaped = false
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else if character == open {
                    flush()
                    quote = nil
                }
                continue
            }
            if previousWasColon {
                previousWasColon = false
                guard character == "=" else { throw TemplateError("unexpected \":\" in action", offset: offset) }
                tokens.append(":=")
                continue
            }
            switch character {
            case "\"", "`":
                flush()
                current = String(character)
                quote = character
            case " ", "\t", "\n", "\r":
                flush()
            case "|", "(", ")", ",":
                flush()
                tokens.append(String(character))
            case ":":
                flush()
                previousWasColon = true
            default:
                current.append(character)
            }
        }
        if quote != nil { throw TemplateError("unterminated quoted string", offset: offset) }
        if previousWasColon { throw TemplateError("unexpected \":\" in action", offset: offset) }
        flush()
        return tokens
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 9 || byte == 13 }

    /// The index of the `}}` closing an action, skipping quoted strings.
    private static func closingBraces(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        var quote: UInt8?
        while index + 1 < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") {
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
}
