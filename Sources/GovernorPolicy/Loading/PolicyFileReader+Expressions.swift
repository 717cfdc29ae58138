import GovernorCore
import GovernorQuery

/// Parsing PromQL written in YAML scalars, with errors pointing inside the scalar.
extension PolicyFileReader {
    /// The window substituted into `{{.window}}` templates to check that they parse.
    static let sampleWindow = "5m"

    /// Parses the scalar as an expression; a syntax or type error is reported where it is in the YAML.
    mutating func expression(_ node: YAMLNode?, field: String) -> PolicyExpression? {
        guard let node, let text = string(node, field: field), let scalar = node.scalar else { return nil }
        do {
            let expr = try GovernorQuery.Parser.parse(text)
            return PolicyExpression(text: text, expr: expr, location: positions.location(ofOffset: 0, in: scalar))
        } catch {
            diagnostics.append(
                .error(
                    at: positions.location(ofOffset: error.range.start, in: scalar),
                    "could not parse expression: \(error.message)"))
            return nil
        }
    }

    /// A Sloth-style query with `{{.window}}` placeholders, checked by substituting a window and parsing.
    mutating func windowedQuery(_ node: YAMLNode?, field: String) -> WindowedQuery? {
        guard let node, let template = string(node, field: field), let scalar = node.scalar else { return nil }
        let substitution = WindowSubstitution(template: template, window: Self.sampleWindow)
        do {
            _ = try GovernorQuery.Parser.parse(substitution.text)
        } catch {
            let offset = substitution.templateOffset(forOffset: error.range.start)
            diagnostics.append(
                .error(
                    at: positions.location(ofOffset: offset, in: scalar),
                    "could not parse expression: \(error.message)",
                    hint: "the query was checked with {{.window}} replaced by \(Self.sampleWindow)"))
            return nil
        }
        return WindowedQuery(template: template, location: positions.location(ofOffset: 0, in: scalar))
    }
}

/// `{{.window}}` replaced by a window, remembering where each replacement was so that an error offset in the
/// result maps back to the template the user wrote.
struct WindowSubstitution {
    private(set) var text = ""
    /// UTF-8 offsets: where each replacement starts and ends in `text` and in the template.
    private var replacements: [(textStart: Int, textEnd: Int, templateStart: Int, templateEnd: Int)] = []

    init(template: String, window: String) {
        let bytes = Array(template.utf8)
        var index = 0
        var output: [UInt8] = []
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
                let close = Self.closingBraces(in: bytes, from: index + 2)
            {
                let inside = String(decoding: bytes[(index + 2)..<close], as: UTF8.self).trimmingWhitespace
                if inside == ".window" {
                    let textStart = output.count
                    output += Array(window.utf8)
                    replacements.append((textStart, output.count, index, close + 2))
                    index = close + 2
                    continue
                }
            }
            output.append(bytes[index])
            index += 1
        }
        text = String(decoding: output, as: UTF8.self)
    }

    private static func closingBraces(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "}") && bytes[index + 1] == UInt8(ascii: "}") { return index }
            index += 1
        }
        return nil
    }

    /// The template offset of `offset` in the substituted text; inside a replacement, its `{{`.
    func templateOffset(forOffset offset: Int) -> Int {
        var shift = 0
        for replacement in replacements {
            if offset < replacement.textStart { break }
            if offset < replacement.textEnd { return replacement.templateStart }
            shift = replacement.templateEnd - replacement.textEnd
        }
        return offset + shift
    }
}
