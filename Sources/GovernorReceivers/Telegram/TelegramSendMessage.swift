import Foundation

/// The body of Bot API `sendMessage`; optional fields are left out rather than sent as null.
struct TelegramSendMessage: Encodable {
    var chatID: String
    var messageThreadID: Int?
    var text: String
    var parseMode: String?
    var disableNotification: Bool

    enum CodingKeys: String, CodingKey {
        case chatID = "chat_id"
        case messageThreadID = "message_thread_id"
        case text
        case parseMode = "parse_mode"
        case disableNotification = "disable_notification"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // A numeric chat id goes out as a number, as the Bot API documents it; `@channel` names as strings.
        if let numeric = Int64(chatID) {
            try container.encode(numeric, forKey: .chatID)
        } else {
            try container.encode(chatID, forKey: .chatID)
        }
        try container.encodeIfPresent(messageThreadID, forKey: .messageThreadID)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(parseMode, forKey: .parseMode)
        try container.encode(disableNotification, forKey: .disableNotification)
    }
}

/// What the Bot API answers on failure: `{"ok":false,"error_code":429,"description":…,"parameters":{"retry_after":5}}`.
struct TelegramErrorResponse: Decodable {
    struct Parameters: Decodable {
        var retryAfter: Int64?

        enum CodingKeys: String, CodingKey { case retryAfter = "retry_after" }
    }

    var ok: Bool
    var errorCode: Int?
    var description: String?
    var parameters: Parameters?

    enum CodingKeys: String, CodingKey {
        case ok
        case errorCode = "error_code"
        case description
        case parameters
    }
}
