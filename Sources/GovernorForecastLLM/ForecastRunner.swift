public import GovernorCore
public import GovernorForecast
import GovernorQuery

/// One forecast run from a snapshot: the statistical forecast always, then, when the forecast has an `llm` section
/// and its key is set, the language model's answer if it arrives in time, within budget, and passes validation.
/// Otherwise the statistical forecast stands and the run records why. Without a key nothing touches the network.
public struct ForecastRunner: Sendable {
    /// Where API keys are read from (the process environment in the daemon).
    public let environment: [String: String]
    public let budget: LanguageModelBudget
    let sleep: @Sendable (Int64) async -> Void
    /// Reads real elapsed time for the latency that the log records; the forecast's own time is a parameter.
    let clock: ContinuousClock

    public init(
        environment: [String: String], budget: LanguageModelBudget = LanguageModelBudget(),
        sleep: @escaping @Sendable (Int64) async -> Void = { try? await Task.sleep(for: .milliseconds($0)) }
    ) {
        self.environment = environment
        self.budget = budget
        self.sleep = sleep
        clock = ContinuousClock()
    }

    /// The finished run when no language model will be asked (none configured, or its key is not set); nil when
    /// `run` would go to the network. Synchronous, so a caller can keep such runs in step with its clock.
    public func runWithoutNetwork(_ declaration: ForecastDeclaration, snapshot: ForecastSnapshot) -> ForecastRun? {
        var run = statisticalRun(declaration, snapshot: snapshot)
        guard let settings = declaration.languageModel else { return run }
        guard let key = environment[settings.apiKeyVariable], !key.isEmpty else {
            run.fallbackReason = "no API key: \(settings.apiKeyVariable) is not set"
            return run
        }
        return nil
    }

    public func run(_ declaration: ForecastDeclaration, snapshot: ForecastSnapshot) async -> ForecastRun {
        if let run = runWithoutNetwork(declaration, snapshot: snapshot) { return run }
        var run = statisticalRun(declaration, snapshot: snapshot)
        let statistical = run.forecast
        guard let settings = declaration.languageModel, let key = environment[settings.apiKeyVariable] else {
            return run
        }
        let components = declaration.components.map(\.name)
        let prompt = ForecastPrompt(
            snapshot: snapshot, statistical: statistical, components: components,
            maxCharacters: settings.maxPromptCharacters)
        run.model = settings.model
        let client = ChatCompletionClient(settings: settings, apiKey: key, budget: budget, sleep: sleep)
        let started = clock.now
        let answer = await client.ask(
            prompt, schema: ForecastAnswerSchema.schema(components: components, horizonHours: snapshot.horizonHours),
            at: snapshot.time)
        run.latency = Self.milliseconds(clock.now - started)
        switch answer {
        case .failure(let error):
            run.fallbackReason = error.message
        case .success(let reply):
            run.tokens = reply.tokens
            let validator = ForecastAnswerValidator(components: components, horizonHours: snapshot.horizonHours)
            switch validator.validate(reply.content) {
            case .success(let forecast):
                run.forecast = forecast
                run.source = .languageModel
            case .failure(let rejection):
                run.fallbackReason = "answer rejected: \(rejection.message)"
            }
        }
        return run
    }

    private func statisticalRun(_ declaration: ForecastDeclaration, snapshot: ForecastSnapshot) -> ForecastRun {
        ForecastRun(
            name: declaration.name, time: snapshot.time,
            forecast: StatisticalForecaster(table: declaration.risk).forecast(snapshot), source: .statistical,
            model: declaration.languageModel?.model, inputDigest: snapshot.digest)
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000 + attoseconds / 1_000_000_000_000_000
    }
}
