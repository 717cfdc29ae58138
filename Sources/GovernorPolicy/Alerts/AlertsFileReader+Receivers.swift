import GovernorCore

/// Receivers: Governor's integrations are read into `IntegrationConfiguration`s; Alertmanager integrations
/// Governor cannot deliver to are reported, never dropped in silence.
extension AlertsFileReader {
    /// Alertmanager 0.25's integrations that Governor does not deliver to.
    static let undeliveredIntegrations = [
        "email_configs", "pagerduty_configs", "slack_configs", "opsgenie_configs", "wechat_configs",
        "pushover_configs", "victorops_configs", "sns_configs", "webex_configs", "discord_configs",
        "msteams_configs",
    ]
    static let deliveredIntegrations = [
        "webhook_configs", "telegram_configs", "notion_configs", "alertmanager_configs", "log_configs",
        "stdout_configs",
    ]

    mutating func readReceiver(_ node: YAMLNode) {
        let known = ["name"] + Self.deliveredIntegrations + Self.undeliveredIntegrations
        guard let fields = yaml.fields(of: node, "receiver", known: known, required: ["name"]),
            let name = yaml.string(fields["name"], field: "name")
        else { return }
        var integrations: [IntegrationConfiguration] = []
        for entry in fields.entries where entry.key != "name" {
            let configs = yaml.list(entry.value, field: entry.key)
            guard Self.deliveredIntegrations.contains(entry.key) else {
                let kind = entry.key.dropLast("_configs".count)
                yaml.warning(
                    entry.keyNode,
                    "receiver '\(name)': Governor does not deliver to \(kind) (\(entry.key)); "
                        + "its \(configs.count) \(configs.count == 1 ? "config is" : "configs are") ignored",
                    hint: "Governor delivers to telegram, notion, webhook, alertmanager, log and stdout")
                continue
            }
            for config in configs {
                if let integration = readIntegration(entry.key, config, receiver: name) {
                    integrations.append(integration)
                }
            }
        }
        parts.receivers.append(
            ReceiverConfiguration(name: name, integrations: integrations, location: yaml.location(of: node)))
    }

    private mutating func readIntegration(_ key: String, _ node: YAMLNode, receiver: String)
        -> IntegrationConfiguration?
    {
        switch key {
        case "telegram_configs": readTelegram(node, receiver: receiver).map(IntegrationConfiguration.telegram)
        case "notion_configs": readNotion(node, receiver: receiver).map(IntegrationConfiguration.notion)
        case "webhook_configs": readWebhook(node, receiver: receiver).map(IntegrationConfiguration.webhook)
        case "alertmanager_configs": readAlertmanager(node).map(IntegrationConfiguration.alertmanager)
        case "log_configs":
            yaml.fields(of: node, "log config", known: ["path", "send_resolved"]).map { fields in
                .log(LogSettings(path: yaml.string(fields["path"], field: "path") ?? LogSettings().path))
            }
        default:
            yaml.fields(of: node, "stdout config", known: ["send_resolved"]).map { _ in .stdout }
        }
    }

    /// A secret written as `${env:NAME}`, inline, or read from `fileField`; errors name the setting, never the value.
    mutating func secret(
        _ fields: MappingFields, _ field: String, fileField: String, receiver: String, required: Bool = true
    ) -> SecretReference? {
        let value = fields[field].flatMap { yaml.string($0, field: field) }
        let file = fields[fileField].flatMap { yaml.string($0, field: fileField) }
        if value != nil && file != nil {
            yaml.error(fields.node, "receiver '\(receiver)': at most one of '\(field)' and '\(fileField)' may be set")
            return nil
        }
        if let file { return .file(file) }
        guard let value else {
            if required {
                yaml.error(fields.node, "receiver '\(receiver)': missing '\(field)' or '\(fileField)'")
            }
            return nil
        }
        guard let name = environmentReference(value) else { return .inline(value) }
        if environment[name] == nil, let node = fields[field] {
            yaml.warning(
                node,
                "receiver '\(receiver)': '\(field)' reads environment variable \(name), which is not set; "
                    + "this receiver cannot deliver until it is")
        }
        return .environment(name)
    }

    /// A setting that is not secret, with `${env:NAME}` replaced by the variable's value.
    mutating func expandedString(_ node: YAMLNode?, field: String, receiver: String) -> String? {
        guard let node, let value = yaml.string(node, field: field) else { return nil }
        guard let name = environmentReference(value) else { return value }
        guard let expanded = environment[name] else {
            yaml.warning(
                node,
                "receiver '\(receiver)': '\(field)' reads environment variable \(name), which is not set; "
                    + "this receiver cannot deliver until it is")
            return ""
        }
        return expanded
    }

    /// `NAME` in `${env:NAME}`.
    private func environmentReference(_ value: String) -> String? {
        guard value.hasPrefix("${env:"), value.hasSuffix("}") else { return nil }
        let name = String(value.dropFirst(6).dropLast())
        return name.isEmpty ? nil : name
    }
}
