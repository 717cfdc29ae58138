import GovernorQuery

/// Prometheus's duration syntax (`model.ParseDuration`) for policy fields: `1h30m`, `500ms`, `2w`, or a bare `0`.
enum PrometheusDuration {
    /// Milliseconds, or nil when `text` is not a valid duration.
    static func milliseconds(_ text: String) -> Int64? { Duration.parse(text) }

    static let syntaxHint = "durations look like 30s, 5m, 1h30m or 7d (units: ms, s, m, h, d, w, y)"
}
