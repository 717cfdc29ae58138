import GovernorCore

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

    func location(of node: YAMLNode) -> SourceLocation {
        source.location(line: node.mark.line, column: node.mark.column)
    }

    mutating func error(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(at: location(of: node), message, hint: hint))
    }

    mutating func warning(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(at: location(of: node), message, hint: hint))
    }

    /// Reads every document in `text`; a YAML syntax error ends the file there, since nothing after it is reliable.
    mutating func readAll(_ text: String) {
        do throws(YAMLSyntaxError) {
            try YAMLComposer.documents(in: text) { document in
                documents += 1
                readDocument(document)
            }
        } catch {
            report(error)
        }
    }

    mutating func report(_ error: YAMLSyntaxError) {
        switch error {
        case .syntax(let context, let problem, let mark):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            diagnostics.append(
                .error(at: source.location(line: mark.line, column: mark.column), "invalid YAML: \(detail)"))
        case .duplicatedKeys(let duplicates, let mark):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            diagnostics.append(
                .error(at: source.location(line: mark.line, column: mark.column), "duplicate key \(keys) in mapping"))
        case .reader(let problem):
            diagnostics.append(.error(at: source.location(line: 1, column: 1), "invalid YAML: \(problem)"))
        case .memory:
            diagnostics.append(.error(at: source.location(line: 1, column: 1), "invalid YAML: memory"))
        }
    }
}
