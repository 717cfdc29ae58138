import GovernorCore

/// Reads one file of `alerts/`: Alertmanager configuration documents and Governor `kind: Silences` documents,
/// collecting every problem with its position and going on past it.
///
/// Typed field access and diagnostics come from `PolicyFileReader`, the same layer policy files use, so alert
/// files report problems exactly as policy files do.
struct AlertsFileReader {
    var yaml: PolicyFileReader
    let environment: [String: String]
    var parts = AlertingConfigurationParts()
    var documents = 0

    init(file: String, text: String, environment: [String: String]) {
        yaml = PolicyFileReader(file: file, text: text)
        self.environment = environment
    }

    var diagnostics: [Diagnostic] { yaml.diagnostics }

    mutating func readAll(_ text: String) {
        do throws(YAMLSyntaxError) {
            // Alert files were composed with Yams's default resolver, which keeps `1` and `"1"` apart as keys.
            try YAMLComposer.documents(in: text, typing: .yams) { document in
                documents += 1
                readDocument(document)
            }
        } catch {
            // The policy reader turns YAML syntax errors into positioned diagnostics; it stops at the same error,
            // and that error is the last thing it reports.
            var syntax = PolicyFileReader(file: yaml.file, text: text)
            syntax.readAll(text)
            if let last = syntax.diagnostics.last { yaml.diagnostics.append(last) }
        }
    }

    private mutating func readDocument(_ document: YAMLNode) {
        if document.isNull { return }
        guard case .mapping(let mapping) = document else {
            yaml.error(document, "an alerts document must be a mapping, found \(document.kindDescription)")
            return
        }
        if let kindNode = mapping["kind"] {
            guard let kind = yaml.string(kindNode, field: "kind") else { return }
            guard kind == "Silences" else {
                yaml.error(
                    kindNode, "unknown kind '\(kind)' in alerts/",
                    hint: EditDistance.hint(for: kind, among: ["Silences"])
                        ?? "alerts/ holds Alertmanager configuration files and kind: Silences documents")
                return
            }
            readSilences(document)
        } else {
            readAlertmanagerConfiguration(document)
        }
    }

    private mutating func readAlertmanagerConfiguration(_ document: YAMLNode) {
        let known = [
            "global", "route", "receivers", "inhibit_rules", "time_intervals", "mute_time_intervals", "templates",
        ]
        guard let fields = yaml.fields(of: document, "Alertmanager configuration", known: known) else { return }
        if let global = fields["global"] { readGlobal(global) }
        if let route = fields["route"] {
            if let existing = parts.rootLocation {
                yaml.error(route, "a second routing tree; the first is at \(existing)", hint: "keep one 'route:'")
            } else {
                parts.rootLocation = yaml.location(of: route)
                parts.root = readRoute(route, isRoot: true)
            }
        }
        for node in yaml.list(fields["receivers"], field: "receivers") { readReceiver(node) }
        for node in yaml.list(fields["inhibit_rules"], field: "inhibit_rules") { readInhibitRule(node) }
        for key in ["time_intervals", "mute_time_intervals"] {
            for node in yaml.list(fields[key], field: key) { readTimeInterval(node, field: key) }
        }
        parts.templates += yaml.stringList(fields["templates"], field: "templates").map(\.0)
    }

    /// Alertmanager's global settings: the few Governor uses are read, the rest are accepted as Alertmanager
    /// would, so that an existing file loads unchanged.
    private mutating func readGlobal(_ node: YAMLNode) {
        let known = [
            "resolve_timeout", "http_config", "smtp_from", "smtp_hello", "smtp_smarthost", "smtp_auth_username",
            "smtp_auth_password", "smtp_auth_password_file", "smtp_auth_secret", "smtp_auth_identity",
            "smtp_require_tls", "slack_api_url", "slack_api_url_file", "victorops_api_key", "victorops_api_key_file",
            "victorops_api_url", "pagerduty_url", "opsgenie_api_key", "opsgenie_api_key_file", "opsgenie_api_url",
            "wechat_api_url", "wechat_api_secret", "wechat_api_corp_id", "telegram_api_url", "webex_api_url",
        ]
        guard let fields = yaml.fields(of: node, "global", known: known) else { return }
        _ = yaml.duration(fields["resolve_timeout"], field: "resolve_timeout")
        if let url = yaml.string(fields["telegram_api_url"], field: "telegram_api_url") {
            parts.telegramAPIURL = url
        }
    }
}
