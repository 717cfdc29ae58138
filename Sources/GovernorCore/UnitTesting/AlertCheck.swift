import GovernorQuery

/// Compares the firing alerts of one name with an `alert_rule_test`'s expectation, as promtool does:
/// both lists sorted by labels then annotations, and equal only when every label and annotation matches.
struct AlertCheck {
    /// A firing alert reduced to what the test compares.
    struct Alert: Comparable {
        var labels: Labels
        var annotations: Labels

        static func < (lhs: Alert, rhs: Alert) -> Bool {
            if lhs.labels != rhs.labels { return lhs.labels < rhs.labels }
            return lhs.annotations < rhs.annotations
        }

        /// promtool's `labelAndAnnotation.String()`.
        var text: String {
            "Labels:" + PromtoolText.labels(labels) + "\nAnnotations:" + PromtoolText.labels(annotations)
        }
    }

    let test: AlertRuleTest
    let groupName: String

    /// The expected alerts, each with `alertname` added as promtool adds it.
    var expected: [Alert] {
        test.expectedAlerts.map { alert in
            var labels = alert.labels
            labels["alertname"] = test.alertName
            return Alert(labels: Labels(labels), annotations: Labels(alert.annotations))
        }.sorted()
    }

    /// nil when `got` matches, else promtool's failure block.
    func failure(got: [Alert]) -> UnitTestFailure? {
        let expected = expected
        let got = got.sorted()
        guard expected != got else { return nil }
        let name = groupName.isEmpty ? "" : "    name: \(groupName),\n"
        let indent = String(repeating: " ", count: 12)
        let message =
            "\(name)    alertname: \(test.alertName), time: \(PromtoolText.modelDuration(test.evalTime)), \n"
            + "        exp:\(PromtoolText.indentLines(Self.listText(expected), indent)), \n"
            + "        got:\(PromtoolText.indentLines(Self.listText(got), indent))"
        return UnitTestFailure(kind: .alert, subject: test.alertName, time: test.evalTime, message: message)
    }

    /// promtool's `labelsAndAnnotations.String()`.
    static func listText(_ alerts: [Alert]) -> String {
        guard !alerts.isEmpty else { return "[]" }
        let items = alerts.enumerated().map { index, alert in
            "\(index):" + PromtoolText.indentLines("\n" + alert.text, "  ")
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]"
    }
}
