public import GovernorQuery

/// One forecast run: the answer, where it came from, and what it cost. This is what becomes series and a line of
/// `logs/predictive_maintenance.ndjson`.
public struct ForecastRun: Sendable, Hashable {
    /// The forecast declaration's name.
    public var name: String
    public var time: Timestamp
    public var forecast: Forecast
    public var source: ForecastSource
    /// The model asked, when one was; set also when its answer was rejected.
    public var model: String?
    /// Why the statistical forecaster answered although a language model is configured; nil when the model's answer
    /// was used or none is configured.
    public var fallbackReason: String?
    /// Real milliseconds spent asking the model (retries and waits included); 0 when it was not asked.
    public var latency: Int64
    /// Tokens the model reported using, prompt and answer; nil when it was not asked or did not say.
    public var tokens: Int?
    /// A digest of what the forecaster read, so two runs on the same inputs can be recognised.
    public var inputDigest: String

    public init(
        name: String, time: Timestamp, forecast: Forecast, source: ForecastSource, model: String? = nil,
        fallbackReason: String? = nil, latency: Int64 = 0, tokens: Int? = nil, inputDigest: String
    ) {
        self.name = name
        self.time = time
        self.forecast = forecast
        self.source = source
        self.model = model
        self.fallbackReason = fallbackReason
        self.latency = latency
        self.tokens = tokens
        self.inputDigest = inputDigest
    }
}
