import GovernorCore
import GovernorQuery

/// The parts of a forecast that the forecaster itself reads: its components, its risk table, its language model.
/// Read here rather than handed over as free-form strings, so a mistake in them is reported at its line and column.
extension PolicyFileReader {
    mutating func readForecastComponents(_ node: YAMLNode?) -> [ForecastComponent] {
        var components: [ForecastComponent] = []
        var seen: [String: SourceLocation] = [:]
        for item in list(node, field: "components") {
            guard let component = readForecastComponent(item) else { continue }
            if let first = seen[component.name] {
                error(item, "component '\(component.name)' is declared twice", hint: "the first one is at \(first)")
                continue
            }
            seen[component.name] = component.location
            components.append(component)
        }
        return components
    }

    private mutating func readForecastComponent(_ node: YAMLNode) -> ForecastComponent? {
        let known = [
            "name", "series", "method", "fails_below", "fails_above", "season", "budget_remaining", "burn_rate",
            "window",
        ]
        guard let fields = fields(of: node, "component", known: known, required: ["name"]) else { return nil }
        guard let name = string(fields["name"], field: "name") else { return nil }
        // Components are label values and words in the prompt: keep them plain identifiers.
        guard PrometheusNames.isValidLabelName(name) else {
            error(fields["name"]!, "invalid component name '\(name)'", hint: "use letters, digits and _, e.g. disk")
            return nil
        }
        let signal: ForecastComponent.Signal?
        if fields.has("budget_remaining") || fields.has("burn_rate") {
            signal = readErrorBudget(fields, node: node)
        } else {
            signal = readLevelSignal(fields, node: node)
        }
        return signal.map { ForecastComponent(name: name, signal: $0, location: location(of: node)) }
    }

    private mutating func readErrorBudget(_ fields: MappingFields, node: YAMLNode) -> ForecastComponent.Signal? {
        for other in ["series", "method", "fails_below", "fails_above", "season"] where fields.has(other) {
            error(
                fields.keyNode(other)!, "an error-budget component takes budget_remaining and burn_rate, not '\(other)'"
            )
        }
        guard fields.has("budget_remaining"), fields.has("burn_rate") else {
            error(node, "an error-budget component needs both budget_remaining and burn_rate")
            return nil
        }
        let remaining = expression(fields["budget_remaining"], field: "budget_remaining")
        let burnRate = expression(fields["burn_rate"], field: "burn_rate")
        let window = fields.has("window") ? positiveDuration(fields["window"], field: "window") : 30 * 86_400_000
        guard let remaining, let burnRate, let window else { return nil }
        return .errorBudget(remaining: remaining, burnRate: burnRate, window: window)
    }

    private mutating func readLevelSignal(_ fields: MappingFields, node: YAMLNode) -> ForecastComponent.Signal? {
        if fields.has("window") {
            error(
                fields.keyNode("window")!, "'window' belongs to error-budget components (budget_remaining, burn_rate)")
        }
        guard let seriesNode = fields["series"] else {
            error(
                node, "a component needs 'series' (with fails_below or fails_above), or budget_remaining and burn_rate")
            return nil
        }
        let series = expression(seriesNode, field: "series")
        var limit: ForecastComponent.Limit?
        switch (fields["fails_below"], fields["fails_above"]) {
        case (let below?, nil): limit = number(below, field: "fails_below").map(ForecastComponent.Limit.below)
        case (nil, let above?): limit = number(above, field: "fails_above").map(ForecastComponent.Limit.above)
        case (.some, .some):
            error(fields.keyNode("fails_above")!, "a component takes fails_below or fails_above, not both")
        case (nil, nil): error(node, "a component with 'series' needs fails_below or fails_above")
        }
        let method = fields.has("method") ? string(fields["method"], field: "method") : "trend"
        switch method {
        case "trend":
            if fields.has("season") { error(fields.keyNode("season")!, "'season' needs method: seasonal") }
            guard let series, let limit else { return nil }
            return .trend(series, limit: limit)
        case "seasonal":
            let season = fields.has("season") ? positiveDuration(fields["season"], field: "season") : 86_400_000
            guard let series, let limit, let season else { return nil }
            return .seasonal(series, limit: limit, season: season)
        case let other?:
            error(
                fields["method"]!, "unknown method '\(other)'",
                hint: EditDistance.hint(for: other, among: ["trend", "seasonal"]) ?? "use trend or seasonal")
            return nil
        case nil: return nil
        }
    }

    mutating func readRiskTable(_ node: YAMLNode) -> ForecastRiskTable? {
        guard let fields = fields(of: node, "risk", known: ["critical", "high"]) else { return nil }
        var table = ForecastRiskTable()
        for level in ["critical", "high"] {
            guard let levelNode = fields[level],
                let levelFields = self.fields(of: levelNode, "risk.\(level)", known: ["burn_rate", "within"])
            else { continue }
            let burnRate = number(levelFields["burn_rate"], field: "burn_rate")
            let within = positiveDuration(levelFields["within"], field: "within")
            if let burnRate, burnRate <= 0, let burnNode = levelFields["burn_rate"] {
                error(burnNode, "risk.\(level).burn_rate must be above 0")
            }
            if level == "critical" {
                table.criticalBurnRate = burnRate ?? table.criticalBurnRate
                table.criticalWithin = within ?? table.criticalWithin
            } else {
                table.highBurnRate = burnRate ?? table.highBurnRate
                table.highWithin = within ?? table.highWithin
            }
        }
        if table.highWithin < table.criticalWithin {
            error(node, "risk.high.within must not be shorter than risk.critical.within")
        }
        if table.highBurnRate > table.criticalBurnRate {
            error(node, "risk.high.burn_rate must not be above risk.critical.burn_rate")
        }
        return table
    }

    /// `model.lookback`: the one free-form model setting the forecaster reads, so it is checked here.
    mutating func readLookback(_ node: YAMLNode?) -> Int64? {
        guard case .mapping(let mapping)? = node else { return nil }
        for (key, value) in mapping where key.scalar?.string == "lookback" {
            return positiveDuration(value, field: "model.lookback")
        }
        return nil
    }
}
