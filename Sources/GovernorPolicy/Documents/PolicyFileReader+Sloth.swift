import GovernorCore
import GovernorQuery

/// Sloth's `prometheus/v1` spec, accepted unchanged, so existing Sloth users can point Governor at their files.
extension PolicyFileReader {
    mutating func readSlothSpec(_ document: YAMLNode) {
        guard
            let fields = fields(
                of: document, "Sloth spec", known: ["version", "service", "labels", "slos"],
                required: ["service", "slos"])
        else { return }
        let service = string(fields["service"], field: "service") ?? ""
        let labels = validatedLabels(fields["labels"])
        let slos = list(fields["slos"], field: "slos")
        if fields.has("slos") && slos.isEmpty {
            error(fields["slos"]!, "a Sloth spec needs at least one SLO in 'slos'")
        }
        for node in slos {
            if let objective = readSlothObjective(node, service: service, specLabels: labels) {
                policySet.objectives.append(objective)
            }
        }
    }

    private mutating func readSlothObjective(
        _ node: YAMLNode, service: String, specLabels: [String: String]
    ) -> ServiceLevelObjective? {
        guard
            let fields = fields(
                of: node, "SLO", known: ["name", "description", "objective", "labels", "sli", "alerting"],
                required: ["name", "objective", "sli"])
        else { return nil }
        let name = string(fields["name"], field: "name")
        let objective = number(fields["objective"], field: "objective")
        if let objective, !(objective > 0 && objective < 100) {
            error(
                fields["objective"]!,
                "objective must be above 0 and below 100 (a percentage), found \(objective.plainText)")
        }
        let labels = specLabels.merging(validatedLabels(fields["labels"])) { $1 }
        let indicator = fields["sli"].flatMap { readSlothIndicator($0) }
        let alerting =
            fields["alerting"].map { readSlothAlerting($0) } ?? BurnRateAlerting(pageLabels: [:], ticketLabels: [:])
        guard let name, let objective, objective > 0, objective < 100, let indicator else { return nil }
        return ServiceLevelObjective(
            service: service, name: name, description: string(fields["description"], field: "description"),
            target: objective / 100, indicator: indicator, alerting: alerting, labels: labels, dialect: .sloth,
            location: location(of: node))
    }

    private mutating func readSlothIndicator(_ node: YAMLNode) -> ServiceLevelIndicator? {
        guard let fields = fields(of: node, "sli", known: ["events", "raw", "plugin"]) else { return nil }
        if let plugin = fields.keyNode("plugin") {
            error(plugin, "Sloth SLI plugins are not supported", hint: "write the SLI as 'events' or 'raw' queries")
            return nil
        }
        switch (fields["events"], fields["raw"]) {
        case (let events?, nil):
            guard
                let events = self.fields(
                    of: events, "sli.events", known: ["error_query", "total_query"],
                    required: ["error_query", "total_query"])
            else { return nil }
            let errors = windowedQuery(events["error_query"], field: "error_query")
            let total = windowedQuery(events["total_query"], field: "total_query")
            guard let errors, let total else { return nil }
            return .errorRatio(errors: errors, total: total)
        case (nil, let raw?):
            guard
                let raw = self.fields(
                    of: raw, "sli.raw", known: ["error_ratio_query"], required: ["error_ratio_query"]),
                let query = windowedQuery(raw["error_ratio_query"], field: "error_ratio_query")
            else { return nil }
            return .rawErrorRatio(query)
        default:
            error(node, "sli must have exactly one of 'events', 'raw' or 'plugin'")
            return nil
        }
    }

    private mutating func readSlothAlerting(_ node: YAMLNode) -> BurnRateAlerting {
        var alerting = BurnRateAlerting(pageLabels: [:], ticketLabels: [:])
        guard
            let fields = fields(
                of: node, "alerting", known: ["name", "labels", "annotations", "page_alert", "ticket_alert"])
        else { return alerting }
        alerting.name = string(fields["name"], field: "name")
        alerting.labels = validatedLabels(fields["labels"])
        alerting.annotations = stringDictionary(fields["annotations"], field: "annotations")
        if let page = fields["page_alert"] {
            let (labels, enabled) = readSlothAlert(page, field: "page_alert")
            alerting.pageLabels = labels
            alerting.pageEnabled = enabled
        }
        if let ticket = fields["ticket_alert"] {
            let (labels, enabled) = readSlothAlert(ticket, field: "ticket_alert")
            alerting.ticketLabels = labels
            alerting.ticketEnabled = enabled
        }
        return alerting
    }

    private mutating func readSlothAlert(_ node: YAMLNode, field: String) -> (labels: [String: String], enabled: Bool) {
        guard let fields = fields(of: node, field, known: ["disable", "labels", "annotations"]) else {
            return ([:], true)
        }
        if let annotations = fields.keyNode("annotations"),
            !stringMap(fields["annotations"], field: "annotations").isEmpty
        {
            // The shared model has one annotation set for both alerts; per-alert annotations need a model change.
            warning(
                annotations, "\(field) annotations are not applied yet",
                hint: "put them under alerting.annotations to apply them to both alerts")
        }
        let disabled = boolean(fields["disable"], field: "disable") ?? false
        return (validatedLabels(fields["labels"]), !disabled)
    }

    /// Labels whose names are checked the way Prometheus checks rule labels.
    mutating func validatedLabels(_ node: YAMLNode?) -> [String: String] {
        var result: [String: String] = [:]
        for label in stringMap(node, field: "labels") {
            if !PrometheusNames.isValidLabelName(label.key) || label.key == "__name__" {
                error(label.keyNode, "invalid label name: \(label.key)")
            } else {
                result[label.key] = label.value
            }
        }
        return result
    }

    mutating func stringDictionary(_ node: YAMLNode?, field: String) -> [String: String] {
        Dictionary(stringMap(node, field: field).map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
    }
}
