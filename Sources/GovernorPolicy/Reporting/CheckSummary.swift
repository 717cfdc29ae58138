public import GovernorCore

/// The counts `governor check` prints after the diagnostics.
public struct CheckSummary: Hashable, Sendable {
    public var files: Int
    public var documents: Int
    public var groups: Int
    public var rules: Int
    public var objectives: Int
    public var errors: Int
    public var warnings: Int
    /// Rules after compiling, generated SLO and governance rules included; nil when the files did not compile.
    public var compiledRules: Int?
    /// Rule graph size; nil when the files did not compile.
    public var nodes: Int?
    public var edges: Int?
    /// Alert files (Alertmanager configurations and `kind: Silences`) checked, and what they defined.
    public var alertFiles = 0
    public var receivers = 0
    public var inhibitRules = 0
    public var silences = 0

    public init(_ result: LoadResult, compiled: CompiledPolicy.Summary? = nil) {
        compiledRules = compiled?.rules
        nodes = compiled?.nodes
        edges = compiled?.edges
        files = result.files
        documents = result.documents
        groups = result.policySet.groups.count
        rules = result.policySet.groups.reduce(0) { $0 + $1.rules.count }
        objectives = result.policySet.objectives.count
        errors = result.diagnostics.count { $0.severity == .error }
        warnings = result.diagnostics.count { $0.severity == .warning }
    }

    /// The counts of one `ConfigurationLoader` load, alert files included.
    public init(_ loaded: ConfigurationLoader.Loaded) {
        self.init(
            LoadResult(
                policySet: loaded.policySet, diagnostics: loaded.diagnostics, files: loaded.files,
                documents: loaded.documents),
            compiled: loaded.compiled?.summary)
        alertFiles = loaded.alertFiles
        receivers = loaded.receivers
        inhibitRules = loaded.inhibitRules
        silences = loaded.silences
    }
}
