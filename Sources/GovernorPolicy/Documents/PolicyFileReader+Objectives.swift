import GovernorCore
import GovernorQuery

/// `kind: SLOs`: Sloth's shape (service, labels, a list of objectives) plus what Sloth lacks: latency SLIs,
/// per-objective windows and components, a declared zero-traffic rule and overridable burn-rate windows.
extension PolicyFileReader {
    static let objectiveFields = [
        "name", "component", "description", "target", "window", "sli", "no_traffic", "alerting", "labels",
    ]

    mutating func readObjectivesDocument(_ document: YAMLNode) {
        guard
            let fields = fields(
                of: document, "SLOs document",
                known: ["kind", "service", "window", "labels", "alerting", "objectives"],
                required: ["service", "objectives"])
        else { return }
        let service = string(fields["service"], field: "service") ?? ""
        let window = duration(fields["window"], field: "window") ?? Self.defaultObjectiveWindow
        let labels = validatedLabels(fields["labels"])
        let defaultAlerting =
            fields["alerting"].flatMap { readBurnRateAlerting($0, base: BurnRateAlerting()) }
            ?? BurnRateAlerting()
        var seen: [String: SourceLocation] = [:]
        for node in list(fields["objectives"], field: "objectives") {
            guard
                let objective = readObjective(
                    node, service: service, window: window, labels: labels, alerting: defaultAlerting)
            else { continue }
            if let first = seen[objective.name] {
                error(
                    node, "duplicate objective '\(objective.name)' in service '\(service)'",
                    hint: "the first one is at \(first.line):\(first.column)")
                continue
            }
            seen[objective.name] = objective.location
            policySet.objectives.append(objective)
        }
    }

    static let defaultObjectiveWindow: Int64 = 30 * 24 * 3_600_000

    private mutating func readObjective(
        _ node: YAMLNode, service: String, window: Int64, labels: [String: String], alerting: BurnRateAlerting
    ) -> ServiceLevelObjective? {
        guard
            let fields = fields(
                of: node, "objective", known: Self.objectiveFields, required: ["name", "target", "sli"])
        else { return nil }
        let name = string(fields["name"], field: "name")
        if let name, !Self.isValidObjectiveName(name) {
            error(
                fields["name"]!, "invalid objective name '\(name)'",
                hint: "use letters, digits, '_' and '-', starting with a letter")
        }
        let target = fields["target"].flatMap { readTarget($0) }
        let indicator = fields["sli"].flatMap { readIndicator($0) }
        var noTraffic = NoTrafficRule.good
        if let node = fields["no_traffic"], let text = string(node, field: "no_traffic") {
            if let rule = NoTrafficRule(rawValue: text) {
                noTraffic = rule
            } else {
                error(
                    node, "invalid no_traffic '\(text)'",
                    hint: EditDistance.hint(for: text, among: NoTrafficRule.allCases.map(\.rawValue))
                        ?? "use one of: good, hold_last, unknown")
            }
        }
        var objectiveAlerting: BurnRateAlerting? = alerting
        if let alertingNode = fields["alerting"] {
            objectiveAlerting =
                alertingNode.yamlBool == false ? nil : readBurnRateAlerting(alertingNode, base: alerting)
        }
        guard let name, Self.isValidObjectiveName(name), let target, let indicator else { return nil }
        return ServiceLevelObjective(
            service: service, name: name, component: string(fields["component"], field: "component"),
            description: string(fields["description"], field: "description"), target: target,
            window: duration(fields["window"], field: "window") ?? window, indicator: indicator, noTraffic: noTraffic,
            alerting: objectiveAlerting, labels: labels.merging(validatedLabels(fields["labels"])) { $1 },
            location: location(of: node))
    }

    static func isValidObjectiveName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
        }
    }

    /// `99.9%`, `99.9` or `0.999`, as a fraction strictly between 0 and 1.
    private mutating func readTarget(_ node: YAMLNode) -> Double? {
        guard let text = string(node, field: "target") else { return nil }
        guard let fraction = Percentage.fraction(text), fraction > 0, fraction < 1 else {
            error(
                node, "invalid target '\(text)'",
                hint: "write a percentage above 0 and below 100, such as 99.9%, 99.9 or 0.999")
            return nil
        }
        return fraction
    }

    private mutating func readIndicator(_ node: YAMLNode) -> ServiceLevelIndicator? {
        guard let fields = fields(of: node, "sli", known: ["errors", "good", "total", "latency", "raw"]) else {
            return nil
        }
        let shapes = [fields.has("errors"), fields.has("good"), fields.has("latency"), fields.has("raw")]
        guard shapes.filter({ $0 }).count == 1 else {
            error(
                node, "sli must have exactly one of 'errors', 'good', 'latency' or 'raw'",
                hint:
                    "ratio SLIs are {errors, total} or {good, total}; latency SLIs are {latency: {histogram, threshold}}"
            )
            return nil
        }
        if fields.has("errors") || fields.has("good") {
            guard fields.has("total") else {
                error(node, "missing required field 'total' in sli")
                return nil
            }
            let total = windowedQuery(fields["total"], field: "total")
            if let errorsNode = fields["errors"] {
                guard let errors = windowedQuery(errorsNode, field: "errors"), let total else { return nil }
                return .errorRatio(errors: errors, total: total)
            }
            guard let good = windowedQuery(fields["good"], field: "good"), let total else { return nil }
            return .goodRatio(good: good, total: total)
        }
        if let totalNode = fields.keyNode("total") {
            error(totalNode, "'total' only goes with 'errors' or 'good'")
        }
        if let raw = fields["raw"] {
            return windowedQuery(raw, field: "raw").map(ServiceLevelIndicator.rawErrorRatio)
        }
        return readLatencyIndicator(fields["latency"]!)
    }

    private mutating func readLatencyIndicator(_ node: YAMLNode) -> ServiceLevelIndicator? {
        guard
            let fields = fields(
                of: node, "latency", known: ["histogram", "threshold", "selector"],
                required: ["histogram", "threshold"])
        else { return nil }
        var histogram = string(fields["histogram"], field: "histogram")
        if let name = histogram, !PrometheusNames.isValidMetricName(name) || !name.hasSuffix("_bucket") {
            error(
                fields["histogram"]!, "invalid histogram '\(name)'",
                hint: "name the classic histogram's bucket series, e.g. http_request_duration_seconds_bucket")
            histogram = nil
        }
        let threshold = fields["threshold"].flatMap { readLatencyThreshold($0) }
        let selector = string(fields["selector"], field: "selector") ?? ""
        if let histogram, let selectorNode = fields["selector"], let scalar = selectorNode.scalar {
            do {
                _ = try GovernorQuery.Parser.parse(histogram + selector)
            } catch {
                let offset = max(0, error.range.start - histogram.utf8.count)
                diagnostics.append(
                    .error(
                        at: positions.location(ofOffset: offset, in: scalar),
                        "invalid selector: \(error.message)", hint: "write label matchers such as {job=\"api\"}"))
                return nil
            }
        }
        guard let histogram, let threshold else { return nil }
        return .latency(histogram: histogram, selector: selector, threshold: threshold)
    }

    /// `500ms` or a number of seconds, returned in seconds as histogram `le` bounds are.
    private mutating func readLatencyThreshold(_ node: YAMLNode) -> Double? {
        guard let text = string(node, field: "threshold") else { return nil }
        if let seconds = Double(text), seconds > 0 { return seconds }
        if let milliseconds = PrometheusDuration.parse(text), milliseconds > 0 {
            return Double(milliseconds) / 1000
        }
        error(node, "invalid threshold '\(text)'", hint: "write a duration such as 500ms or a number of seconds")
        return nil
    }
}
