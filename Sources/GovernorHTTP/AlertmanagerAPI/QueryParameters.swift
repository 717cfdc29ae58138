import Foundation

/// A query string read as Go's `url.ParseQuery` reads it (`+` is a space, `%XX` an escaped byte, a key may repeat),
/// because Alertmanager's clients (amtool among them) encode `filter` matchers that way.
struct QueryParameters {
    private var pairs: [(name: String, value: String)] = []

    init(_ query: String?) {
        for part in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            pairs.append((Self.decode(halves[0]), halves.count > 1 ? Self.decode(halves[1]) : ""))
        }
    }

    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The last value given, as go-openapi binds a single-valued parameter.
    func last(_ name: String) -> String? {
        pairs.last { $0.name == name }?.value
    }

    /// go-openapi's boolean binding (`swag.ConvertBool`): absent or empty keeps the default; `true`, `1`, `yes`,
    /// `ok`, `y`, `on`, `selected`, `checked`, `t` and `enabled` are true, in any case; anything else is false.
    func flag(_ name: String, default defaultValue: Bool) -> Bool {
        guard let raw = last(name), !raw.isEmpty else { return defaultValue }
        return ["true", "1", "yes", "ok", "y", "on", "selected", "checked", "t", "enabled"].contains(raw.lowercased())
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
