import GovernorQuery

/// Durations printed the way Prometheus prints them.
enum DurationText {
    static func format(_ milliseconds: Int64) -> String { Duration.format(milliseconds) }
}
