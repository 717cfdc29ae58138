public import GovernorCore

/// What loading `alerts/` produced: the configuration (nil when there is no routing tree to build) and every
/// problem found, sorted by position.
public struct AlertingLoadResult: Sendable {
    public var configuration: AlertingConfiguration?
    public var diagnostics: [Diagnostic]
    public var files: Int
    /// What the files defined, counted whether or not they loaded cleanly, for `governor check`'s summary.
    public var receivers = 0
    public var inhibitRules = 0
    public var silences = 0

    public init(configuration: AlertingConfiguration?, diagnostics: [Diagnostic], files: Int) {
        self.configuration = configuration
        self.diagnostics = diagnostics
        self.files = files
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
