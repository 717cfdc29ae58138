import Foundation

/// The subset of Go's text/template that alert labels and annotations use:
/// `{{ $labels.x }}`, `{{ .Labels.x }}`, `{{ $value }}`, `{{ $externalLabels.x }}`, string and number literals,
/// pipelines (`{{ $value | humanize }}`) and the functions in `TemplateFunctions`. `{{-` and `-}}` trim spaces.
public struct AlertTemplate: Hashable, Sendable {
    enum Segment: Hashable, Sendable {
        case text(String)
        case action(pipeline: [TemplateCommand], offset: Int)
    }

    public let source: String
    let segments: [Segment]

    /// Parses a template; a malformed action throws with the offset where it starts.
    public init(_ source: String) throws(TemplateError) {
        self.source = source
        segments = try TemplateParser(source).parse()
    }

    /// True when the text has no actions, so rendering would return it unchanged.
    public var isPlainText: Bool { segments.allSatisfy { if case .text = $0 { true } else { false } } }

    public func render(_ data: TemplateData) throws(TemplateError) -> String {
        var output = ""
        for segment in segments {
            switch segment {
            case .text(let text):
                output += text
            case .action(let pipeline, let offset):
                output += try TemplateFunctions.run(pipeline, data: data, offset: offset).text
            }
        }
        return output
    }
}

/// One command of a pipeline: a function applied to operands, or a lone operand.
struct TemplateCommand: Hashable, Sendable {
    var function: String?
    var operands: [TemplateOperand]
}

enum TemplateOperand: Hashable, Sendable {
    case label(String)
    case externalLabel(String)
    case value
    case externalURL
    case string(String)
    case number(Double)
}
