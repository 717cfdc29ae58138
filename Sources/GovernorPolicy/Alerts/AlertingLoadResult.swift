public import GovernorCore

/// What loading `alerts/` produced: the configuration (nil when there is no routing tree to build) and every
/// problem found, sorted by position.
public struct AlertingLoadResult: Sendable {
    public var configuration: AlertingConfiguration?
    public var diagnostics: [Diagnostic]
    public var files: Int

    public init(configuration: AlertingConfiguration?, diagnostics: [Diagnostic], files: Int) {
        self.configuration = configuration
        self.diagnostics = diagnostics
        self.files = files
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
