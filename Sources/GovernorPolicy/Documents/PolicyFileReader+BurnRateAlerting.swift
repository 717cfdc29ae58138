import GovernorCore

/// The `alerting` section of `kind: SLOs`, at document level (the default) or on one objective (an override).
extension PolicyFileReader {
    static let sreWorkbookWindowsName = "sre-workbook-30d"

    mutating func readBurnRateAlerting(_ node: YAMLNode, base: BurnRateAlerting) -> BurnRateAlerting? {
        guard
            let fields = fields(
                of: node, "alerting", known: ["name", "windows", "labels", "annotations", "page", "ticket"])
        else { return nil }
        var alerting = base
        if let name = string(fields["name"], field: "name") { alerting.name = name }
        if let windows = fields["windows"] { alerting.windows = readBurnRateWindows(windows) ?? base.windows }
        alerting.labels.merge(validatedLabels(fields["labels"])) { $1 }
        alerting.annotations.merge(stringDictionary(fields["annotations"], field: "annotations")) { $1 }
        if let page = fields["page"] {
            let (labels, enabled) = readSeverityAlert(page, field: "page")
            alerting.pageLabels.merge(labels) { $1 }
            alerting.pageEnabled = enabled
        }
        if let ticket = fields["ticket"] {
            let (labels, enabled) = readSeverityAlert(ticket, field: "ticket")
            alerting.ticketLabels.merge(labels) { $1 }
            alerting.ticketEnabled = enabled
        }
        return alerting
    }

    /// `page: {labels: {...}, disable: true}`, like Sloth's `page_alert`; `page: false` turns it off.
    private mutating func readSeverityAlert(_ node: YAMLNode, field: String) -> (
        labels: [String: String], enabled: Bool
    ) {
        if node.yamlBool == false { return ([:], false) }
        guard let fields = fields(of: node, field, known: ["labels", "disable"]) else { return ([:], true) }
        let disabled = boolean(fields["disable"], field: "disable") ?? false
        return (validatedLabels(fields["labels"]), !disabled)
    }

    /// `sre-workbook-30d` or a list of `{long, short, factor, severity}`.
    private mutating func readBurnRateWindows(_ node: YAMLNode) -> [BurnRateWindow]? {
        if case .scalar = node {
            let name = string(node, field: "windows") ?? ""
            guard name == Self.sreWorkbookWindowsName else {
                error(
                    node, "unknown burn-rate windows '\(name)'",
                    hint: "use \(Self.sreWorkbookWindowsName) or a list of {long, short, factor, severity}")
                return nil
            }
            return BurnRateWindow.sreWorkbook30d
        }
        var windows: [BurnRateWindow] = []
        for item in list(node, field: "windows") {
            guard
                let fields = fields(
                    of: item, "burn-rate window", known: ["long", "short", "factor", "severity"],
                    required: ["long", "short", "factor", "severity"])
            else { continue }
            let long = duration(fields["long"], field: "long")
            let short = duration(fields["short"], field: "short")
            let factor = number(fields["factor"], field: "factor")
            var severity: BurnRateSeverity?
            if let severityNode = fields["severity"], let text = string(severityNode, field: "severity") {
                severity = BurnRateSeverity(rawValue: text)
                if severity == nil { error(severityNode, "invalid severity '\(text)'", hint: "use page or ticket") }
            }
            if let long, let short, short >= long {
                error(fields["short"]!, "the short window must be shorter than the long window")
            }
            if let factor, factor <= 0 { error(fields["factor"]!, "factor must be above 0") }
            guard let long, let short, let factor, let severity, short < long, factor > 0 else { continue }
            windows.append(BurnRateWindow(longWindow: long, shortWindow: short, factor: factor, severity: severity))
        }
        return windows.isEmpty ? nil : windows
    }
}
