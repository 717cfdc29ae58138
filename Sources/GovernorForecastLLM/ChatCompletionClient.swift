import Foundation
public import GovernorCore
import GovernorEngine
public import GovernorForecast
public import GovernorQuery
import GovernorReceivers

/// Sends one forecast prompt to an OpenAI-compatible `/chat/completions` and returns the answer's text, retrying
/// 429, 5xx and transport failures with exponential backoff (or the server's `Retry-After`), each request within
/// the configured timeout and every request counted against the hourly budget. It never throws: a failure is the
/// reason the statistical forecast answers instead.
public struct ChatCompletionClient: Sendable {
    public struct Answer: Sendable {
        public var content: String
        public var tokens: Int?
    }

    public let settings: LanguageModelSettings
    let apiKey: String
    let budget: LanguageModelBudget
    let transport: HTTPTransport
    /// Waits between attempts; tests may shorten it, the daemon sleeps for real.
    let sleep: @Sendable (Int64) async -> Void
    /// The longest `Retry-After` worth waiting for; a server asking for more is treated as unavailable.
    let maximumWait: Int64

    public init(
        settings: LanguageModelSettings, apiKey: String, budget: LanguageModelBudget,
        sleep: @escaping @Sendable (Int64) async -> Void = { try? await Task.sleep(for: .milliseconds($0)) },
        maximumWait: Int64 = 30_000
    ) {
        self.settings = settings
        self.apiKey = apiKey
        self.budget = budget
        transport = HTTPTransport(timeout: TimeInterval(settings.timeout) / 1000)
        self.sleep = sleep
        self.maximumWait = maximumWait
    }

    /// `time` is the forecaster's clock, against which the hourly budget is kept.
    public func ask(_ prompt: ForecastPrompt, schema: [String: any Sendable], at time: Timestamp) async -> Result<
        Answer, ForecastError
    > {
        let base = settings.baseURL.hasSuffix("/") ? String(settings.baseURL.dropLast()) : settings.baseURL
        guard let url = URL(string: "\(base)/chat/completions") else {
            return .failure(ForecastError("base_url \(settings.baseURL) is not a valid URL"))
        }
        let body: Data
        do {
            body = try ChatCompletionRequest(settings: settings, prompt: prompt, schema: schema).body()
        } catch {
            return .failure(ForecastError("cannot encode the request: \(error)"))
        }
        let request = HTTPRequest(
            url: url, headers: ["Authorization": "Bearer \(apiKey)", "Content-Type": "application/json"], body: body,
            target: "llm \(settings.model)")
        // About four characters a token, as OpenAI's tokenizers average on English and JSON.
        let expectedTokens = (prompt.system.count + prompt.user.count) / 4 + settings.maxTokens
        var attempt = 0
        while true {
            if let refusal = await budget.refusal(
                at: time, maxCalls: settings.maxCallsPerHour, maxTokens: settings.maxTokensPerHour,
                expectedTokens: expectedTokens)
            {
                return .failure(ForecastError(refusal))
            }
            await budget.recordCall(at: time)
            let failure: NotifierError
            do {
                let response = try await transport.send(request, secrets: [apiKey])
                return await answer(from: response, at: time)
            } catch {
                failure = error
            }
            guard failure.retryable, attempt < settings.retries else {
                let tries = attempt == 0 ? "" : " (after \(attempt + 1) attempts)"
                return .failure(ForecastError(failure.message + tries))
            }
            let backoff: Int64 = min(8_000, 500 << Int64(attempt))
            let wait = failure.retryAfter ?? backoff
            if wait > maximumWait {
                return .failure(
                    ForecastError("\(failure.message); Retry-After \(wait / 1000)s is longer than the forecaster waits")
                )
            }
            await sleep(wait)
            attempt += 1
        }
    }

    private func answer(from response: HTTPResponse, at time: Timestamp) async -> Result<Answer, ForecastError> {
        guard let reply = try? JSONDecoder().decode(ChatCompletionReply.self, from: response.body) else {
            return .failure(ForecastError("the reply is not a chat completion"))
        }
        let tokens = reply.usage?.total
        if let tokens { await budget.recordTokens(tokens, at: time) }
        guard let content = reply.choices?.first?.message?.content else {
            return .failure(ForecastError("the reply has no message content"))
        }
        return .success(Answer(content: content, tokens: tokens))
    }
}
