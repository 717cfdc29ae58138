import GovernorCore
import GovernorQuery

/// `kind: Forecasts`: declarations only (inputs, horizon, schedule, model settings, outputs); the forecaster
/// itself runs elsewhere, and the rule graph needs only what it reads and writes.
extension PolicyFileReader {
    mutating func readForecastsDocument(_ document: YAMLNode) {
        guard
            let fields = fields(
                of: document, "Forecasts document", known: ["kind", "forecasts"], required: ["forecasts"])
        else { return }
        for node in list(fields["forecasts"], field: "forecasts") {
            if let forecast = readForecast(node) { policySet.forecasts.append(forecast) }
        }
    }

    private mutating func readForecast(_ node: YAMLNode) -> ForecastDeclaration? {
        guard
            let fields = fields(
                of: node, "forecast",
                known: [
                    "name", "inputs", "horizon", "interval", "schedule", "model", "outputs", "components", "risk",
                    "llm",
                ],
                required: ["name", "inputs", "horizon", "outputs"])
        else { return nil }
        let name = string(fields["name"], field: "name")
        let inputNodes = list(fields["inputs"], field: "inputs")
        let inputs = inputNodes.compactMap { expression($0, field: "inputs") }
        let horizon = duration(fields["horizon"], field: "horizon")
        var schedule: Schedule?
        switch (fields["interval"], fields["schedule"]) {
        case (let interval?, nil): schedule = duration(interval, field: "interval").map(Schedule.interval)
        case (nil, let cron?): schedule = cronSchedule(cron)
        case (.some, .some):
            error(fields["schedule"]!, "a forecast takes either 'interval' or 'schedule', not both")
        case (nil, nil):
            error(node, "a forecast needs 'interval' or 'schedule'", hint: "for example interval: 1h")
        }
        let settings = stringDictionary(fields["model"], field: "model")
        let lookback = readLookback(fields["model"])
        let components = readForecastComponents(fields["components"])
        let risk = fields["risk"].flatMap { readRiskTable($0) } ?? ForecastRiskTable()
        let languageModel = fields["llm"].flatMap { readLanguageModel($0) }
        var outputs: [String] = []
        for (output, outputNode) in stringList(fields["outputs"], field: "outputs") {
            if PrometheusNames.isValidMetricName(output) {
                outputs.append(output)
            } else {
                error(outputNode, "invalid metric name: \(output)")
            }
        }
        if let outputsNode = fields["outputs"], outputs.isEmpty, list(outputsNode, field: "outputs").isEmpty {
            error(outputsNode, "a forecast needs at least one output")
        }
        guard let name, let horizon, let schedule, inputs.count == inputNodes.count, !outputs.isEmpty else {
            return nil
        }
        return ForecastDeclaration(
            name: name, inputs: inputs, horizon: horizon, schedule: schedule, settings: settings, outputs: outputs,
            components: components, lookback: lookback ?? ForecastDeclaration.defaultLookback, risk: risk,
            languageModel: languageModel, location: location(of: node))
    }
}
