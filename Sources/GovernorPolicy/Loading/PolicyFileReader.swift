import GovernorCore
import Yams

/// Reads one YAML file's documents into a partial `PolicySet`, collecting every problem on the way.
///
/// Each document kind has its own extension (`PolicyFileReader+PrometheusRules.swift`, ...). Readers never stop
/// at the first problem: they report it, skip what they cannot use, and go on.
struct PolicyFileReader {
    let source: SourceText
    let positions: ScalarPositionMapper
    var diagnostics: [Diagnostic] = []
    var policySet = PolicySet()
    var documents = 0
    /// Governance documents seen, so that a second one can be reported where it is.
    var governanceLocations: [SourceLocation] = []
    /// Alert templates known to parse, shared with the other files of the same load.
    let templates: CheckedTemplates

    init(file: String, text: String, templates: CheckedTemplates = CheckedTemplates()) {
        source = SourceText(file: file, text: text)
        positions = ScalarPositionMapper(source: source)
        self.templates = templates
    }

    var file: String { source.file }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return source.location(line: 1, column: 1) }
        return source.location(line: mark.line, column: mark.column)
    }

    mutating func error(_ node: Node, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location(of: node), message, hint: hint))
    }

    mutating func warning(_ node: Node, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(at: location(of: node), message, hint: hint))
    }

    /// Reads every document in `text`; a YAML syntax error ends the file there, since nothing after it is reliable.
    mutating func readAll(_ text: String) {
        do {
            let parser = try Yams.Parser(yaml: text, resolver: .basic, encoding: .utf8)
            while let document = try parser.nextRoot() {
                documents += 1
                readDocument(document)
            }
        } catch let error as YamlError {
            report(error)
        } catch {
            diagnostics.append(.error(at: source.location(line: 1, column: 1), "could not read YAML: \(error)"))
        }
    }

    private mutating func report(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            diagnostics.append(
                .error(at: source.location(line: mark.line, column: mark.column), "invalid YAML: \(detail)"))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(
                .error(
                    at: source.location(line: context.mark.line, column: context.mark.column),
                    "duplicate key \(keys) in mapping"))
        case .reader(let problem, _, _, _):
            diagnostics.append(.error(at: source.location(line: 1, column: 1), "invalid YAML: \(problem)"))
        default:
            diagnostics.append(.error(at: source.location(line: 1, column: 1), "invalid YAML: \(error)"))
        }
    }
}
