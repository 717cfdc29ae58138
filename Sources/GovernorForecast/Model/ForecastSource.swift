/// Which forecaster's answer a run used: written as `governor_forecast_source{source="llm|statistical"}`.
public enum ForecastSource: String, Sendable, Hashable, Codable, CaseIterable {
    case languageModel = "llm"
    case statistical
}
