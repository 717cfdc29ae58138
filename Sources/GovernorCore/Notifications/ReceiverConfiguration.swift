/// Where a secret comes from. Only the reference is ever printed; the secret itself never is.
public enum SecretReference: Hashable, Sendable, CustomStringConvertible {
    /// An environment variable's name.
    case environment(String)
    /// A file whose contents (trimmed) are the secret.
    case file(String)
    /// Written in the configuration itself (discouraged, but Alertmanager files do it).
    case inline(String)

    public var description: String {
        switch self {
        case .environment(let name): "env:\(name)"
        case .file(let path): "file:\(path)"
        case .inline: "<inline secret>"
        }
    }
}

public enum TelegramParseMode: String, Hashable, Sendable, CaseIterable {
    case html = "HTML"
    case markdown = "Markdown"
    case markdownV2 = "MarkdownV2"
}

/// Telegram Bot API `sendMessage`.
public struct TelegramSettings: Hashable, Sendable {
    public var apiURL: String
    public var botToken: SecretReference
    public var chatID: String
    public var messageThreadID: Int?
    /// nil sends plain text.
    public var parseMode: TelegramParseMode?
    public var disableNotification: Bool
    public var sendResolved: Bool
    /// A Go-template message; nil uses the default governance alert text.
    public var message: String?

    public init(
        apiURL: String = "https://api.telegram.org", botToken: SecretReference, chatID: String,
        messageThreadID: Int? = nil, parseMode: TelegramParseMode? = nil, disableNotification: Bool = false,
        sendResolved: Bool = true, message: String? = nil
    ) {
        self.apiURL = apiURL
        self.botToken = botToken
        self.chatID = chatID
        self.messageThreadID = messageThreadID
        self.parseMode = parseMode
        self.disableNotification = disableNotification
        self.sendResolved = sendResolved
        self.message = message
    }
}

/// Notion `POST /v1/pages`: one ticket (page) per alert in a database.
public struct NotionSettings: Hashable, Sendable {
    public var apiURL: String
    public var token: SecretReference
    public var databaseID: String
    public var notionVersion: String
    /// Database property name → Go template over the alert (`{{ $labels.severity }}`); the title property
    /// is named by `titleProperty`.
    public var properties: [String: String]
    public var titleProperty: String
    public var sendResolved: Bool

    public init(
        apiURL: String = "https://api.notion.com", token: SecretReference, databaseID: String,
        notionVersion: String = "2022-06-28", properties: [String: String] = [:], titleProperty: String = "Name",
        sendResolved: Bool = false
    ) {
        self.apiURL = apiURL
        self.token = token
        self.databaseID = databaseID
        self.notionVersion = notionVersion
        self.properties = properties
        self.titleProperty = titleProperty
        self.sendResolved = sendResolved
    }
}

/// Alertmanager's generic webhook (JSON payload version 4).
public struct WebhookSettings: Hashable, Sendable {
    public var url: String
    public var bearerToken: SecretReference?
    public var sendResolved: Bool
    /// 0 means all alerts; otherwise the rest are counted in `truncatedAlerts`.
    public var maxAlerts: Int

    public init(url: String, bearerToken: SecretReference? = nil, sendResolved: Bool = true, maxAlerts: Int = 0) {
        self.url = url
        self.bearerToken = bearerToken
        self.sendResolved = sendResolved
        self.maxAlerts = maxAlerts
    }
}

/// Pushing alerts to Alertmanager's `POST /api/v2/alerts`, the HA sink.
public struct AlertmanagerSettings: Hashable, Sendable {
    /// Base URLs of every Alertmanager in the cluster; each gets every alert.
    public var urls: [String]

    public init(urls: [String]) { self.urls = urls }
}

/// Appending each notification as one NDJSON line.
public struct LogSettings: Hashable, Sendable {
    public var path: String

    public init(path: String = "logs/notifications.ndjson") { self.path = path }
}

/// One way of delivering a receiver's notifications.
public enum IntegrationConfiguration: Hashable, Sendable {
    case telegram(TelegramSettings)
    case notion(NotionSettings)
    case webhook(WebhookSettings)
    case alertmanager(AlertmanagerSettings)
    case log(LogSettings)
    case stdout

    /// The configuration key, as in `telegram_configs`.
    public var kind: String {
        switch self {
        case .telegram: "telegram"
        case .notion: "notion"
        case .webhook: "webhook"
        case .alertmanager: "alertmanager"
        case .log: "log"
        case .stdout: "stdout"
        }
    }
}

/// A named receiver: where a route's notifications go.
public struct ReceiverConfiguration: Hashable, Sendable {
    public var name: String
    public var integrations: [IntegrationConfiguration]
    public var location: SourceLocation

    public init(name: String, integrations: [IntegrationConfiguration], location: SourceLocation) {
        self.name = name
        self.integrations = integrations
        self.location = location
    }
}
