import GovernorCore

/// The settings of each integration Governor delivers to, with Alertmanager's field names where it has them.
extension AlertsFileReader {
    mutating func readTelegram(_ node: YAMLNode, receiver: String) -> TelegramSettings? {
        let known = [
            "send_resolved", "http_config", "api_url", "bot_token", "bot_token_file", "chat_id", "message_thread_id",
            "message", "disable_notifications", "parse_mode",
        ]
        guard let fields = yaml.fields(of: node, "telegram config", known: known, required: ["chat_id"]) else {
            return nil
        }
        let token = secret(fields, "bot_token", fileField: "bot_token_file", receiver: receiver)
        let chat = expandedString(fields["chat_id"], field: "chat_id", receiver: receiver)
        var parseMode: TelegramParseMode?
        if let modeNode = fields["parse_mode"], let mode = yaml.string(modeNode, field: "parse_mode") {
            parseMode = TelegramParseMode(rawValue: mode)
            if parseMode == nil {
                let modes = TelegramParseMode.allCases.map(\.rawValue)
                yaml.error(
                    modeNode, "unknown parse_mode '\(mode)'",
                    hint: EditDistance.hint(for: mode, among: modes) ?? "use one of: \(modes.joined(separator: ", "))")
            }
        }
        guard let token, let chat else { return nil }
        return TelegramSettings(
            apiURL: yaml.string(fields["api_url"], field: "api_url") ?? parts.telegramAPIURL
                ?? "https://api.telegram.org",
            botToken: token, chatID: chat,
            messageThreadID: yaml.integer(fields["message_thread_id"], field: "message_thread_id"),
            parseMode: parseMode,
            disableNotification: yaml.boolean(fields["disable_notifications"], field: "disable_notifications") ?? false,
            sendResolved: yaml.boolean(fields["send_resolved"], field: "send_resolved") ?? true,
            message: yaml.string(fields["message"], field: "message"))
    }

    mutating func readNotion(_ node: YAMLNode, receiver: String) -> NotionSettings? {
        let known = [
            "send_resolved", "api_url", "token", "token_file", "database_id", "notion_version", "title_property",
            "properties",
        ]
        guard let fields = yaml.fields(of: node, "notion config", known: known, required: ["database_id"]),
            let token = secret(fields, "token", fileField: "token_file", receiver: receiver),
            let database = expandedString(fields["database_id"], field: "database_id", receiver: receiver)
        else { return nil }
        let defaults = NotionSettings(token: token, databaseID: database)
        var properties: [String: String] = [:]
        for entry in yaml.stringMap(fields["properties"], field: "properties") { properties[entry.key] = entry.value }
        return NotionSettings(
            apiURL: yaml.string(fields["api_url"], field: "api_url") ?? defaults.apiURL, token: token,
            databaseID: database,
            notionVersion: yaml.string(fields["notion_version"], field: "notion_version") ?? defaults.notionVersion,
            properties: properties,
            titleProperty: yaml.string(fields["title_property"], field: "title_property") ?? defaults.titleProperty,
            sendResolved: yaml.boolean(fields["send_resolved"], field: "send_resolved") ?? defaults.sendResolved)
    }

    mutating func readWebhook(_ node: YAMLNode, receiver: String) -> WebhookSettings? {
        let known = ["send_resolved", "http_config", "url", "url_file", "max_alerts"]
        guard let fields = yaml.fields(of: node, "webhook config", known: known) else { return nil }
        guard let url = expandedString(fields["url"], field: "url", receiver: receiver) else {
            yaml.error(
                node, "receiver '\(receiver)': webhook config needs 'url'", hint: "url_file is not supported yet")
            return nil
        }
        var bearer: SecretReference?
        if let http = fields["http_config"] { bearer = readBearerToken(http, receiver: receiver) }
        return WebhookSettings(
            url: url, bearerToken: bearer,
            sendResolved: yaml.boolean(fields["send_resolved"], field: "send_resolved") ?? true,
            maxAlerts: yaml.integer(fields["max_alerts"], field: "max_alerts") ?? 0)
    }

    /// The bearer token of Prometheus's `http_config`: `authorization.credentials[_file]` or the older
    /// `bearer_token[_file]`. Other HTTP settings are accepted and not used.
    private mutating func readBearerToken(_ node: YAMLNode, receiver: String) -> SecretReference? {
        let known = [
            "authorization", "basic_auth", "bearer_token", "bearer_token_file", "oauth2", "proxy_url", "tls_config",
            "follow_redirects", "enable_http2", "no_proxy", "proxy_from_environment", "proxy_connect_header",
        ]
        guard let fields = yaml.fields(of: node, "http_config", known: known) else { return nil }
        if let authorization = fields["authorization"],
            let auth = yaml.fields(
                of: authorization, "authorization", known: ["type", "credentials", "credentials_file"])
        {
            return secret(auth, "credentials", fileField: "credentials_file", receiver: receiver, required: false)
        }
        return secret(fields, "bearer_token", fileField: "bearer_token_file", receiver: receiver, required: false)
    }

    mutating func readAlertmanager(_ node: YAMLNode) -> AlertmanagerSettings? {
        guard
            let fields = yaml.fields(
                of: node, "alertmanager config", known: ["urls", "send_resolved"], required: ["urls"])
        else { return nil }
        let urls = yaml.stringList(fields["urls"], field: "urls").map(\.0)
        if urls.isEmpty, let urlsNode = fields["urls"] {
            yaml.error(urlsNode, "alertmanager config needs at least one url")
        }
        return AlertmanagerSettings(urls: urls)
    }
}
