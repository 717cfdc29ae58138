import CYaml

/// Why a YAML text could not be composed, with libyaml's own words and marks, as Yams reports them.
enum YAMLSyntaxError: Error {
    /// libyaml's context for a problem: "while parsing a block mapping" and where that started.
    struct Context: Sendable {
        var text: String
        var mark: YAMLNode.Mark
    }

    /// A scanner, parser or composer error at `mark`.
    case syntax(context: Context?, problem: String, mark: YAMLNode.Mark)
    /// The text is not a stream libyaml can read (a control character, a bad byte order mark).
    case reader(problem: String)
    /// Keys repeated in one mapping, in Yams's order, at the first one's first place.
    case duplicatedKeys([String], mark: YAMLNode.Mark)
    case memory

    init(_ parser: yaml_parser_t) {
        func mark(_ mark: yaml_mark_t) -> YAMLNode.Mark { YAMLNode.Mark(line: mark.line + 1, column: mark.column + 1) }
        switch parser.error {
        case YAML_READER_ERROR:
            self = .reader(problem: String(cString: parser.problem))
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            let context = parser.context.map { Context(text: String(cString: $0), mark: mark(parser.context_mark)) }
            self = .syntax(context: context, problem: String(cString: parser.problem), mark: mark(parser.problem_mark))
        default:
            self = .memory
        }
    }
}
