import GovernorCore
import GovernorQuery

/// Reads a unit-test file (promtool's format, plus Governor's assertions) into a `UnitTestFile`, reporting every
/// problem at its line and column. Rule files are returned as written; the loader resolves them.
struct UnitTestFileReader {
    static let fileFields = ["rule_files", "evaluation_interval", "group_eval_order", "tests", "alerting_config"]
    static let groupFields =
        [
            "interval", "input_series", "alert_rule_test", "promql_expr_test", "external_labels", "external_url",
            "name", "slo_test", "compliance_test", "breach_test", "health_test",
        ] + routingFields

    /// Holds the position layer and the typed field readers shared with policy files.
    var reader: PolicyFileReader
    var ruleFiles: [String] = []
    var alertingConfigPaths: [String] = []

    init(file: String, text: String) {
        reader = PolicyFileReader(file: file, text: text)
    }

    var diagnostics: [Diagnostic] { reader.diagnostics }

    /// The file, or nil when it is not valid YAML at all (the diagnostics say why).
    mutating func read(_ text: String) -> UnitTestFile? {
        let document: YAMLNode?
        do {
            document = try YAMLComposer.singleDocument(in: text)
        } catch {
            reader.readAll(text)  // Reports the YAML error at its position, as `governor check` does.
            return nil
        }
        var file = UnitTestFile(path: reader.file)
        guard let document, !document.isNull else { return file }
        guard let fields = reader.fields(of: document, "unit test file", known: Self.fileFields) else { return nil }
        ruleFiles = reader.stringList(fields["rule_files"], field: "rule_files").map(\.0)
        alertingConfigPaths = readAlertingConfigPaths(fields["alerting_config"])
        if let interval = reader.duration(fields["evaluation_interval"], field: "evaluation_interval"), interval > 0 {
            file.evaluationInterval = interval
        }
        file.groupEvaluationOrder = reader.stringList(fields["group_eval_order"], field: "group_eval_order").map(\.0)
        file.groups = reader.list(fields["tests"], field: "tests").compactMap { readGroup($0) }
        return file
    }

    private mutating func readGroup(_ node: YAMLNode) -> UnitTestGroup? {
        guard let fields = reader.fields(of: node, "test group", known: Self.groupFields) else { return nil }
        var group = UnitTestGroup()
        group.name = reader.string(fields["name"], field: "name") ?? ""
        group.interval = reader.duration(fields["interval"], field: "interval") ?? 0
        group.externalURL = reader.string(fields["external_url"], field: "external_url") ?? ""
        for label in reader.stringMap(fields["external_labels"], field: "external_labels") {
            group.externalLabels[label.key] = label.value
        }
        var series: [UnitTestSeries] = []
        for seriesNode in reader.list(fields["input_series"], field: "input_series") {
            switch readSeries(seriesNode) {
            case .success(let entry?): series.append(entry)
            case .success(nil): continue
            case .failure(let error): group.setupError = group.setupError ?? error.message
            }
        }
        group.inputSeries = series
        for testNode in reader.list(fields["alert_rule_test"], field: "alert_rule_test") {
            if let test = readAlertTest(testNode) { group.alertTests.append(test) }
        }
        for testNode in reader.list(fields["promql_expr_test"], field: "promql_expr_test") {
            if let test = readExpressionTest(testNode) { group.expressionTests.append(test) }
        }
        group.assertions = readAssertions(fields)
        group.routingTests = readRoutingTests(fields)
        return group
    }
}
