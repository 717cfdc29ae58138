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
        var decision: Bool?
        // A YAML error before the first document that is not empty leaves the file to the policy reader.
        try? YAMLComposer.documents(in: text, typing: .yams) { document in
            guard decision == nil, !document.isNull else { return }
            guard case .mapping(let mapping) = document else {
                decision = false
                return
            }
            if let kind = mapping["kind"]?.string {
                decision = kind == "Silences"
                return
            }
            let keys = Set(mapping.keys.compactMap(\.string))
            decision = keys.isDisjoint(with: policyKeys) && !keys.isDisjoint(with: alertmanagerKeys)
        }
        return decision ?? false
    }

    /// True when some line starts (at column 1) with an Alertmanager key, a `kind:` naming `Silences`, or a flow
    /// mapping. A `kind:` line naming anything else cannot make the file an alerts file: with no other such line,
    /// its first document is a policy document or has none of Alertmanager's keys.
    ///
    /// It reads bytes, not `Character`s: this runs over every file `check` is given, before any of them is parsed.
    static func mayBeAlerting(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != newline, bytes[end] != carriageReturn { end += 1 }
                if lineMayStartAlerting(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return true }
                start = end + 1
            }
            return false
        }
    }

    private static func lineMayStartAlerting(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        if first == UInt8(ascii: "{") { return true }
        // A top-level key starts with a letter; comments, indentation, `-` and `---` cannot.
        guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return false }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let key = line[..<colon]
        if key.elementsEqual("kind".utf8) { return containsSilences(line[(colon + 1)...]) }
        return alertmanagerKeyBytes.contains { key.elementsEqual($0) }
    }

    private static func containsSilences(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let word = Array("Silences".utf8)
        guard value.count >= word.count else { return false }
        var index = value.startIndex
        while index + word.count <= value.endIndex {
            if value[index..<(index + word.count)].elementsEqual(word) { return true }
            index += 1
        }
        return false
    }

    private static let alertmanagerKeyBytes = alertmanagerKeys.map { Array($0.utf8) }
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
