import Foundation
import GovernorConsole
import GovernorCore
import GovernorForecast
import GovernorForecastLLM
import GovernorQuery

/// The console's language model: the forecaster's OpenAI-compatible client (timeout, retries, budgets), asked to
/// map one request to one intent. Its answer goes through `IntentAnswerValidator`; nothing else of it is used.
struct ConsoleLanguageModel {
    let client: ChatCompletionClient

    /// Nil without --llm-url, or without the key in the environment (then nothing tries the network).
    init?(_ command: ConsoleCommand, environment: [String: String]) {
        guard let url = command.llmURL, let key = environment[command.llmKeyEnv], !key.isEmpty else { return nil }
        let settings = LanguageModelSettings(
            baseURL: url, model: command.llmModel, apiKeyVariable: command.llmKeyEnv,
            structuredOutput: LanguageModelSettings.StructuredOutput(rawValue: command.llmStructuredOutput)
                ?? .jsonSchema,
            timeout: 20_000, retries: 1, maxTokens: 200, maxCallsPerHour: 120, maxTokensPerHour: 200_000,
            location: SourceLocation(file: "--llm-url", line: 1, column: 1))
        client = ChatCompletionClient(settings: settings, apiKey: key, budget: LanguageModelBudget())
    }

    func map(_ request: String, vocabulary: ConsoleVocabulary) async -> Result<Intent, IntentRejection> {
        let prompt = IntentPrompt(request: request, vocabulary: vocabulary)
        let now = Timestamp(Date().timeIntervalSince1970 * 1_000)
        switch await client.ask(
            ForecastPrompt(system: prompt.system, user: prompt.user), schema: IntentPrompt.schema, at: now)
        {
        case .success(let answer): return IntentAnswerValidator(vocabulary: vocabulary).validate(answer.content)
        case .failure(let error): return .failure(IntentRejection("the language model did not answer: \(error)"))
        }
    }
}
