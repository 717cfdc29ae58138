/// The parts of an OpenAI-compatible chat completion the forecaster reads: the first choice's text and the usage.
struct ChatCompletionReply: Decodable {
    struct Choice: Decodable {
        struct Message: Decodable {
            var content: String?
        }

        var message: Message?
    }

    struct Usage: Decodable {
        var promptTokens: Int?
        var completionTokens: Int?
        var totalTokens: Int?

        enum CodingKeys: String, CodingKey {
            case promptTokens = "prompt_tokens"
            case completionTokens = "completion_tokens"
            case totalTokens = "total_tokens"
        }

        var total: Int? { totalTokens ?? promptTokens.map { $0 + (completionTokens ?? 0) } }
    }

    var choices: [Choice]?
    var usage: Usage?
}
