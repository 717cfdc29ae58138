import GovernorQuery

/// A group's last run as the core remembers it between snapshots.
struct GroupRun: Sendable {
    var time: Timestamp
    var duration: Duration
}

/// A source's last collection as the core remembers it between snapshots.
struct SourceRun: Sendable {
    var time: Timestamp
    var duration: Duration
}

/// A rule's last evaluation as the core remembers it between snapshots, and its last error, logged once per change.
struct RuleRun: Sendable {
    var time: Timestamp
    var error: String?
}
