import GovernorCore

/// `alert_rule_test` and `promql_expr_test` entries, field for field as promtool reads them.
extension UnitTestFileReader {
    mutating func readAlertTest(_ node: YAMLNode) -> AlertRuleTest? {
        let known = ["eval_time", "alertname", "exp_alerts"]
        guard let fields = reader.fields(of: node, "alert_rule_test item", known: known) else { return nil }
        let evalTime = reader.duration(fields["eval_time"], field: "eval_time") ?? 0
        // A missing alertname is promtool's error for the whole group at run time, so it is kept empty here.
        let alertName = reader.string(fields["alertname"], field: "alertname") ?? ""
        let expected = reader.list(fields["exp_alerts"], field: "exp_alerts").compactMap {
            alertNode -> ExpectedAlert? in
            guard
                let alert = reader.fields(of: alertNode, "exp_alerts item", known: ["exp_labels", "exp_annotations"])
            else { return nil }
            var expected = ExpectedAlert()
            for label in reader.stringMap(alert["exp_labels"], field: "exp_labels") {
                expected.labels[label.key] = label.value
            }
            for annotation in reader.stringMap(alert["exp_annotations"], field: "exp_annotations") {
                expected.annotations[annotation.key] = annotation.value
            }
            return expected
        }
        return AlertRuleTest(evalTime: evalTime, alertName: alertName, expectedAlerts: expected)
    }

    mutating func readExpressionTest(_ node: YAMLNode) -> ExpressionTest? {
        let known = ["expr", "eval_time", "exp_samples"]
        guard let fields = reader.fields(of: node, "promql_expr_test item", known: known) else { return nil }
        let expression = reader.string(fields["expr"], field: "expr") ?? ""
        let evalTime = reader.duration(fields["eval_time"], field: "eval_time") ?? 0
        var samples: [ExpectedSample] = []
        var labelsError: ExpectationError?
        for sampleNode in reader.list(fields["exp_samples"], field: "exp_samples") {
            guard let sample = reader.fields(of: sampleNode, "exp_samples item", known: ["labels", "value"]) else {
                continue
            }
            let value = number(sample["value"], field: "value") ?? 0
            switch Self.metric(reader.string(sample["labels"], field: "labels") ?? "") {
            case .success(let labels): samples.append(ExpectedSample(labels: labels, value: value))
            case .failure(let error): labelsError = labelsError ?? error
            }
        }
        return ExpressionTest(
            expression: expression, evalTime: evalTime,
            expectedSamples: labelsError.map { .failure($0) } ?? .success(samples))
    }

    /// A float as YAML reads one: `1`, `1e3`, `.inf`, `-.inf` and `.nan` included.
    mutating func number(_ node: YAMLNode?, field: String) -> Double? {
        guard let node else { return nil }
        if case .scalar = node, !node.isNull, let value = node.float ?? node.int.map(Double.init) { return value }
        return reader.number(node, field: field)
    }
}
