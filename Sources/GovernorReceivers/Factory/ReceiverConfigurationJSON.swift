public import Foundation
public import GovernorCore

/// Receivers written as JSON with Alertmanager's keys (`webhook_configs`, `telegram_configs`, …), read by
/// `governor notify --receiver-json`. A stop-gap until `alerts/*.yaml` loading lands in GovernorPolicy; secrets
/// are only ever references (`bot_token_env`, `bot_token_file`), never values.
public enum ReceiverConfigurationJSON {
    public static func decode(_ data: Data, file: String) throws -> [ReceiverConfiguration] {
        let document = try JSONDecoder().decode(Document.self, from: data)
        // JSON keeps no positions; errors point at the file.
        return document.receivers.map { $0.configuration(location: SourceLocation(file: file, line: 1, column: 1)) }
    }

    struct Document: Decodable {
        var receivers: [Receiver]
    }

    struct Receiver: Decodable {
        var name: String
        var webhookConfigs: [Webhook]?
        var telegramConfigs: [Telegram]?
        var notionConfigs: [Notion]?
        var alertmanagerConfigs: [Alertmanager]?
        var logConfigs: [Log]?
        var stdoutConfigs: [Empty]?

        enum CodingKeys: String, CodingKey {
            case name
            case webhookConfigs = "webhook_configs"
            case telegramConfigs = "telegram_configs"
            case notionConfigs = "notion_configs"
            case alertmanagerConfigs = "alertmanager_configs"
            case logConfigs = "log_configs"
            case stdoutConfigs = "stdout_configs"
        }

        func configuration(location: SourceLocation) -> ReceiverConfiguration {
            var integrations: [IntegrationConfiguration] = []
            integrations += (webhookConfigs ?? []).map { .webhook($0.settings) }
            integrations += (telegramConfigs ?? []).map { .telegram($0.settings) }
            integrations += (notionConfigs ?? []).map { .notion($0.settings) }
            integrations += (alertmanagerConfigs ?? []).map { .alertmanager(.init(urls: $0.urls)) }
            integrations += (logConfigs ?? []).map { .log(LogSettings(path: $0.path ?? LogSettings().path)) }
            integrations += (stdoutConfigs ?? []).map { _ in .stdout }
            return ReceiverConfiguration(name: name, integrations: integrations, location: location)
        }
    }

    struct Empty: Decodable {}

    /// `*_env` names an environment variable, `*_file` a file; exactly the references a YAML config allows.
    static func secret(env: String?, file: String?) -> SecretReference? {
        if let env { return .environment(env) }
        if let file { return .file(file) }
        return nil
    }

    struct Webhook: Decodable {
        var url: String
        var bearerTokenEnv: String?
        var bearerTokenFile: String?
        var sendResolved: Bool?
        var maxAlerts: Int?

        enum CodingKeys: String, CodingKey {
            case url
            case bearerTokenEnv = "bearer_token_env"
            case bearerTokenFile = "bearer_token_file"
            case sendResolved = "send_resolved"
            case maxAlerts = "max_alerts"
        }

        var settings: WebhookSettings {
            WebhookSettings(
                url: url, bearerToken: secret(env: bearerTokenEnv, file: bearerTokenFile),
                sendResolved: sendResolved ?? true, maxAlerts: maxAlerts ?? 0)
        }
    }

    struct Telegram: Decodable {
        var apiURL: String?
        var botTokenEnv: String?
        var botTokenFile: String?
        var chatID: String
        var messageThreadID: Int?
        var parseMode: String?
        var disableNotification: Bool?
        var sendResolved: Bool?
        var message: String?

        enum CodingKeys: String, CodingKey {
            case apiURL = "api_url"
            case botTokenEnv = "bot_token_env"
            case botTokenFile = "bot_token_file"
            case chatID = "chat_id"
            case messageThreadID = "message_thread_id"
            case parseMode = "parse_mode"
            case disableNotification = "disable_notification"
            case sendResolved = "send_resolved"
            case message
        }

        var settings: TelegramSettings {
            TelegramSettings(
                apiURL: apiURL ?? "https://api.telegram.org",
                botToken: secret(env: botTokenEnv, file: botTokenFile) ?? .environment("TELEGRAM_BOT_TOKEN"),
                chatID: chatID, messageThreadID: messageThreadID, parseMode: parseMode.flatMap(TelegramParseMode.init),
                disableNotification: disableNotification ?? false, sendResolved: sendResolved ?? true, message: message)
        }
    }

    struct Notion: Decodable {
        var apiURL: String?
        var tokenEnv: String?
        var tokenFile: String?
        var databaseID: String
        var properties: [String: String]?
        var titleProperty: String?

        enum CodingKeys: String, CodingKey {
            case apiURL = "api_url"
            case tokenEnv = "token_env"
            case tokenFile = "token_file"
            case databaseID = "database_id"
            case properties
            case titleProperty = "title_property"
        }

        var settings: NotionSettings {
            NotionSettings(
                apiURL: apiURL ?? "https://api.notion.com",
                token: secret(env: tokenEnv, file: tokenFile) ?? .environment("NOTION_TOKEN"), databaseID: databaseID,
                properties: properties ?? [:], titleProperty: titleProperty ?? "Name")
        }
    }

    struct Alertmanager: Decodable {
        var urls: [String]
    }

    struct Log: Decodable {
        var path: String?
    }
}
