import Yams

/// Tells an `alerts/` file (an Alertmanager configuration or a `kind: Silences` document) from a policy file, so
/// that `governor check` can be given either and check each as what it is.
///
/// The first document that is not empty decides: a mapping with `kind: Silences`, or with no `kind`, `version` or
/// `groups` and at least one of Alertmanager's top-level keys. Anything else (a YAML error included) is left to the
/// policy reader, which says what is wrong with it.
enum AlertingFileDetector {
    static let alertmanagerKeys: Set<String> = [
        "global", "route", "receivers", "inhibit_rules", "time_intervals", "mute_time_intervals", "templates",
    ]
    static let policyKeys: Set<String> = ["kind", "version", "groups"]

    static func isAlertingFile(_ text: String) -> Bool {
        // Most files given to `check` are policies; skip parsing those twice when no line could start an alerts
        // document's top-level key.
        guard mayBeAlerting(text) else { return false }
        guard let parser = try? Yams.Parser(yaml: text) else { return false }
        while let document = try? parser.nextRoot() {
            if document.isNull { continue }
            guard case .mapping(let mapping) = document else { return false }
            let keys = Set(mapping.keys.compactMap(\.string))
            if let kind = mapping["kind"]?.string { return kind == "Silences" }
            return keys.isDisjoint(with: policyKeys) && !keys.isDisjoint(with: alertmanagerKeys)
        }
        return false
    }

    /// True when some line starts (at column 1) with `kind:` or an Alertmanager key, or opens a flow mapping.
    private static func mayBeAlerting(_ text: String) -> Bool {
        for line in text.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("{") || line.hasPrefix("kind:") { return true }
            guard let colon = line.firstIndex(of: ":") else { continue }
            if alertmanagerKeys.contains(String(line[..<colon])) { return true }
        }
        return false
    }
}
