import Foundation
import GovernorCore
import GovernorQuery

/// `scrape:` and `tail:` entries of a Sources document.
extension PolicyFileReader {
    static let scrapeJobFields = ["job", "targets", "interval", "timeout", "path", "scheme", "labels"]
    static let tailFields = ["path", "metric", "labels", "value", "count", "interval"]

    mutating func readScrapeJob(_ node: YAMLNode) -> ScrapeJobDeclaration? {
        guard
            let fields = fields(of: node, "scrape job", known: Self.scrapeJobFields, required: ["job", "targets"])
        else { return nil }
        var valid = true
        let job = string(fields["job"], field: "job")
        if let jobNode = fields["job"], job?.isEmpty != false {
            error(jobNode, "job must not be empty")
            valid = false
        }
        let scheme = string(fields["scheme"], field: "scheme") ?? ScrapeJobDeclaration.defaultScheme
        if let schemeNode = fields["scheme"], !["http", "https"].contains(scheme) {
            error(schemeNode, "scheme must be http or https, found '\(scheme)'")
            valid = false
        }
        let path = string(fields["path"], field: "path") ?? ScrapeJobDeclaration.defaultPath
        if let pathNode = fields["path"], !path.hasPrefix("/") || URL(string: "http://host\(path)") == nil {
            error(pathNode, "path must be an absolute URL path, found '\(path)'", hint: "for example /metrics")
            valid = false
        }
        var targets: [String] = []
        for (target, targetNode) in stringList(fields["targets"], field: "targets") {
            if targets.contains(target) {
                // Reported, but the job stays whole, so that problems only the whole set shows still show.
                error(targetNode, "target '\(target)' is listed twice in this job")
            } else if let problem = Self.targetProblem(target) {
                error(
                    targetNode, "invalid target '\(target)': \(problem)",
                    hint: "targets are host:port, e.g. localhost:9100")
                valid = false
            } else {
                targets.append(target)
            }
        }
        if let targetsNode = fields["targets"], list(targetsNode, field: "targets").isEmpty {
            error(targetsNode, "a scrape job needs at least one target")
            valid = false
        }
        let interval = positiveDuration(fields["interval"], field: "interval")
        let timeout = positiveDuration(fields["timeout"], field: "timeout")
        if fields.has("interval") && interval == nil || fields.has("timeout") && timeout == nil { valid = false }
        let effectiveInterval = interval ?? ScrapeJobDeclaration.defaultInterval
        if let timeout, let timeoutNode = fields["timeout"], timeout > effectiveInterval {
            error(
                timeoutNode,
                "scrape timeout \(PrometheusDuration.format(timeout)) is longer than the interval \(PrometheusDuration.format(effectiveInterval))",
                hint: "a scrape must end before the next one starts")
            valid = false
        }
        var labels: [String: String] = [:]
        for entry in stringMap(fields["labels"], field: "labels") {
            if let problem = Self.staticLabelProblem(entry.key) {
                error(entry.keyNode, problem)
                valid = false
            } else {
                labels[entry.key] = entry.value
            }
        }
        guard valid, let job else { return nil }
        return ScrapeJobDeclaration(
            job: job, targets: targets, interval: effectiveInterval, timeout: timeout, path: path, scheme: scheme,
            labels: labels, location: location(of: node))
    }

    mutating func readTail(_ node: YAMLNode) -> TailDeclaration? {
        guard
            let fields = fields(of: node, "tail", known: Self.tailFields, required: ["path", "metric"])
        else { return nil }
        var valid = true
        let path = string(fields["path"], field: "path")
        if let pathNode = fields["path"], path?.isEmpty != false {
            error(pathNode, "path must not be empty")
            valid = false
        }
        let metric = string(fields["metric"], field: "metric")
        if let metric, let metricNode = fields["metric"], !PrometheusNames.isValidMetricName(metric) {
            error(metricNode, "invalid metric name: \(metric)")
            valid = false
        }
        var labels: [String: String] = [:]
        for entry in stringMap(fields["labels"], field: "labels") {
            if !PrometheusNames.isValidLabelName(entry.key) || entry.key.hasPrefix("__") {
                error(entry.keyNode, "invalid label name: \(entry.key)")
                valid = false
            } else if entry.value.isEmpty {
                error(
                    entry.valueNode, "label '\(entry.key)' needs the JSON field it is read from",
                    hint: "for example severity: alert.severity")
                valid = false
            } else {
                labels[entry.key] = entry.value
            }
        }
        var mapping: TailDeclaration.Mapping?
        switch (fields["value"], fields["count"]) {
        case (let valueNode?, nil):
            if let field = string(valueNode, field: "value"), !field.isEmpty { mapping = .value(field: field) }
        case (nil, let countNode?):
            if let count = number(countNode, field: "count") {
                if count > 0 {
                    mapping = .count(count)
                } else {
                    error(
                        countNode, "count must be more than 0, found '\(countNode.scalar?.string ?? "")'",
                        hint: "count: 1 adds one per line")
                }
            }
        case (.some, .some):
            error(fields.keyNode("count")!, "a tail takes either 'value' (a gauge) or 'count' (a counter), not both")
        case (nil, nil):
            error(
                node, "a tail needs 'value' (the JSON field of a gauge) or 'count' (what each line adds to a counter)",
                hint: "for example count: 1")
        }
        let interval = positiveDuration(fields["interval"], field: "interval")
        guard valid, let path, let metric, let mapping, !fields.has("interval") || interval != nil else { return nil }
        return TailDeclaration(
            path: path, metric: metric, labels: labels, mapping: mapping,
            interval: interval ?? TailDeclaration.defaultInterval, location: location(of: node))
    }

    /// What is wrong with a scrape target, or nil when it is a usable `host:port`.
    static func targetProblem(_ target: String) -> String? {
        if target.contains("://") { return "write host:port; the scheme goes in 'scheme'" }
        if target.contains("/") || target.contains("?") || target.contains("#") {
            return "write host:port; the URL path goes in 'path'"
        }
        guard !target.isEmpty, let url = URL(string: "http://\(target)/"), let host = url.host, !host.isEmpty else {
            return "not a host:port address"
        }
        if let colon = target.lastIndex(of: ":"), !target.hasSuffix("]") {
            let portText = target[target.index(after: colon)...]
            guard let port = Int(portText), (1...65_535).contains(port) else {
                return "port must be a number from 1 to 65535"
            }
        }
        return nil
    }

    private static func staticLabelProblem(_ name: String) -> String? {
        if !PrometheusNames.isValidLabelName(name) || name.hasPrefix("__") { return "invalid label name: \(name)" }
        if name == "job" || name == "instance" {
            return "label '\(name)' is set by the scrape itself (the job name and each target)"
        }
        return nil
    }
}
