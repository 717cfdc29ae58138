import GovernorQuery

/// A rule's label and annotation templates, parsed once. A class, as it never changes: taking a rule's templates
/// for an evaluation retains one object, not each of its arrays.
final class RuleTemplates: Sendable {
    private let labels: [(name: String, template: AlertTemplate?, raw: String)]
    private let annotations: [(name: String, template: AlertTemplate?, raw: String)]
    /// False when every label and annotation is plain text: no template data needs building for a candidate.
    let expands: Bool
    /// For a rule whose labels are plain text, every label a candidate's gets in one go: no metric name, the
    /// rule's labels, its `alertname`.
    private let constantOverrides: [Label]?

    init(_ rule: RuleDefinition) {
        labels = rule.labels.sorted { $0.key < $1.key }.map { ($0.key, try? AlertTemplate($0.value), $0.value) }
        annotations = rule.annotations.sorted { $0.key < $1.key }.map {
            ($0.key, try? AlertTemplate($0.value), $0.value)
        }
        expands = (labels + annotations).contains { $0.template?.isPlainText != true }
        constantOverrides =
            labels.contains { $0.template?.isPlainText != true }
            ? nil
            : Labels.sortedOverrides(
                [(Labels.metricName, "")] + labels.map { ($0.name, $0.raw) } + [("alertname", rule.kind.name)])
    }

    /// The alert a result sample stands for: its labels without the metric name, plus the rule's labels
    /// (templated) and `alertname`; annotations templated.
    func candidate(
        for sample: VectorSample, rule: RuleDefinition, context: RuleGroupEvaluator, query: TemplateQuery? = nil
    ) -> AlertCandidate {
        var memo = CandidateLabelsMemo()
        return candidate(for: sample, rule: rule, context: context, query: query, memo: &memo)
    }

    /// `candidate(for:rule:context:query:)`, reusing the labels `memo` made from the same sample labels last time
    /// when the rule's labels are plain text (they depend on the sample's labels alone then).
    /// `rule` is read only for labels that are templates: a tick of plain-text rules reads no rule.
    func candidate(
        for sample: VectorSample, rule: @autoclosure () -> RuleDefinition, context: RuleGroupEvaluator,
        query: TemplateQuery?, memo: inout CandidateLabelsMemo
    ) -> AlertCandidate {
        let data =
            expands
            ? TemplateData(
                labels: Dictionary(uniqueKeysWithValues: sample.labels.pairs.map { ($0.name, $0.value) }),
                value: sample.value, externalLabels: context.externalLabels, externalURL: context.externalURL,
                query: query) : nil
        var result: Labels
        if let constantOverrides {
            result = memo.labels(for: sample.labels) { $0.setting(sorted: constantOverrides) }
        } else {
            result = sample.labels.withoutMetricName()
            for label in labels {
                result = result.setting(label.name, to: expand(label.template, raw: label.raw, data: data))
            }
            result = result.setting("alertname", to: rule().kind.name)
        }
        var expanded: [String: String] = [:]
        for annotation in annotations {
            expanded[annotation.name] = expand(annotation.template, raw: annotation.raw, data: data)
        }
        return AlertCandidate(labels: result, annotations: expanded, value: sample.value)
    }

    /// The alert raised when the rule's inputs vanish and its policy is `no_data: alert`.
    func noDataCandidate(rule: RuleDefinition, context: RuleGroupEvaluator, query: TemplateQuery?) -> AlertCandidate {
        var sample = VectorSample(labels: Labels(), timestamp: 0, value: .nan)
        sample.labels = sample.labels.setting("governor_nodata", to: "true")
        return candidate(for: sample, rule: rule, context: context, query: query)
    }

    /// `data` is nil only when every template is plain text, which renders as itself.
    private func expand(_ template: AlertTemplate?, raw: String, data: TemplateData?) -> String {
        guard let template else { return "<error expanding template: invalid template \(raw)>" }
        guard let data else { return raw }
        do { return try template.render(data) } catch { return "<error expanding template: \(error.message)>" }
    }
}

typealias TemplateQuery = @Sendable (String) throws -> [TemplateSample]

extension QueryEngine {
    /// The `query` function of alert templates: the expression evaluated at the rule's evaluation time.
    func templateQuery(at time: Timestamp, storage: InMemoryStorage) -> TemplateQuery {
        { expression in
            switch try self.query(expression, at: time, storage: storage) {
            case .vector(let vector):
                return vector.map { sample in
                    TemplateSample(
                        labels: Dictionary(uniqueKeysWithValues: sample.labels.pairs.map { ($0.name, $0.value) }),
                        value: sample.value)
                }
            case .scalar(let value, _): return [TemplateSample(labels: [:], value: value)]
            default: throw EvaluationError("template queries must return a vector or a scalar")
            }
        }
    }
}
