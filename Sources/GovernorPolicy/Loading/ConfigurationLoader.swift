public import GovernorCore

/// Policies, `alerts/` and compilation in one step: what `run`, `dry-run` and a reload all need before they can
/// evaluate anything. Every problem from every stage comes back together.
public struct ConfigurationLoader: Sendable {
    /// What one load produced.
    public struct Loaded: Sendable {
        /// The compiled policy; nil when the policy files did not load cleanly.
        public var policy: CompiledPolicy?
        /// The metric sources `sources.yaml` declares (empty when the policies did not load).
        public var sources: SourceDeclarations
        /// nil when no alerts path was given or it held no routing tree.
        public var alerting: AlertingConfiguration?
        /// From loading, compiling and the alerts, sorted by position.
        public var diagnostics: [Diagnostic]
        /// Policy files and documents read.
        public var files: Int
        public var documents: Int
        public var alertFiles: Int

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Resolves `${env:NAME}` in alerts/ settings.
    public var environment: [String: String]

    public init(environment: [String: String] = [:]) {
        self.environment = environment
    }

    public func load(policies: [String], alerts: String?) -> Loaded {
        let loaded = PolicyLoader().load(paths: policies)
        var diagnostics = loaded.diagnostics
        var policy: CompiledPolicy?
        if !loaded.hasErrors {
            let compiled = PolicyCompiler().compile(loaded.policySet)
            diagnostics += compiled.diagnostics
            if !compiled.hasErrors { policy = compiled }
        }
        var alerting: AlertingConfiguration?
        var alertFiles = 0
        if let alerts {
            let result = AlertingConfigLoader(environment: environment).load(paths: [alerts])
            diagnostics += result.diagnostics
            alerting = result.hasErrors ? nil : result.configuration
            alertFiles = result.files
        }
        return Loaded(
            policy: policy, sources: loaded.hasErrors ? SourceDeclarations() : loaded.policySet.sources,
            alerting: alerting, diagnostics: diagnostics.sortedByLocation(), files: loaded.files,
            documents: loaded.documents, alertFiles: alertFiles)
    }
}
