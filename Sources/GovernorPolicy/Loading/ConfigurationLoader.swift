import Foundation
public import GovernorCore

/// Policies, `alerts/` and compilation in one step: what `run`, a reload, `check`, `dry-run`, `explain`, `graph`,
/// `routes` and `notify` all need before they can do anything. Every problem from every stage comes back together.
public struct ConfigurationLoader: Sendable {
    /// What one load produced.
    public struct Loaded: Sendable {
        /// The compiled policy; nil when the policy files did not load and compile cleanly, or none were asked for.
        public var policy: CompiledPolicy?
        /// The compiler's result whenever the policy files loaded cleanly, errors included (`check` reports its
        /// size either way).
        public var compiled: CompiledPolicy?
        /// The policy files as read, before compiling.
        public var policySet: PolicySet
        /// The metric sources `sources.yaml` declares.
        public var sources: SourceDeclarations { policySet.sources }
        /// nil when no alerts path was given, it held no routing tree, or the alerts had errors.
        public var alerting: AlertingConfiguration?
        /// From loading, compiling and the alerts, sorted by position.
        public var diagnostics: [Diagnostic]
        /// Policy files and documents read.
        public var files: Int
        public var documents: Int
        public var alertFiles: Int
        /// What the alert files defined (zero when there were none).
        public var receivers: Int
        public var inhibitRules: Int
        public var silences: Int

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Resolves `${env:NAME}` in alerts/ settings.
    public var environment: [String: String]
    /// Whether the compiler plans the sub-expressions rules share; `check` validates without evaluating, so it
    /// skips that work.
    public var planSharedSubexpressions: Bool

    public init(environment: [String: String] = [:], planSharedSubexpressions: Bool = true) {
        self.environment = environment
        self.planSharedSubexpressions = planSharedSubexpressions
    }

    /// Policies from `policies`, the alerting configuration from `alerts` when given.
    public func load(policies: [String], alerts: String?) -> Loaded {
        load(policies: policies, alerts: alerts.map { [$0] } ?? [])
    }

    /// Policies from `policies` (nothing is compiled when it is empty), the alerting configuration from `alerts`
    /// (none when it is empty).
    public func load(policies: [String], alerts: [String]) -> Loaded {
        let (policyFiles, missingPolicies) =
            policies.isEmpty ? ([], []) : PolicyFileFinder.files(in: policies)
        let (policyInputs, policyProblems) = PolicyLoader.read(files: policyFiles, missing: missingPolicies)
        let (alertInputs, alertProblems) = AlertingConfigLoader(environment: environment).read(paths: alerts)
        return load(
            policies: policyInputs, alerts: alertInputs, policyProblems: policyProblems, alertProblems: alertProblems,
            compile: !policies.isEmpty, readAlerts: !alerts.isEmpty)
    }

    /// What `governor check PATH…` loads: `paths` may name policy files and alert files alike (directories are
    /// searched), and each file is read as what its first document is (see `AlertingFileDetector`). The files of
    /// `alerts` join the alert files found, each file once; `defaultAlerts` joins only when `paths` held none, so
    /// that checking another routing file does not meet `alerts/`'s own routing tree.
    public func load(paths: [String], alerts: [String], defaultAlerts: [String] = []) -> Loaded {
        let (files, missing) = PolicyFileFinder.files(in: paths)
        let (inputs, problems) = PolicyLoader.read(files: files, missing: missing)
        var policyInputs: [SourceInput] = []
        var alertInputs: [SourceInput] = []
        for input in inputs {
            if AlertingFileDetector.isAlertingFile(input.text) {
                alertInputs.append(input)
            } else {
                policyInputs.append(input)
            }
        }
        let extraAlerts = alerts + (alertInputs.isEmpty ? defaultAlerts : [])
        let (moreAlerts, alertProblems) = AlertingConfigLoader(environment: environment).read(paths: extraAlerts)
        var seen = Set(alertInputs.map { Self.identity($0.file) })
        for input in moreAlerts where seen.insert(Self.identity(input.file)).inserted {
            alertInputs.append(input)
        }
        // A file that could not be read might have been either kind; like a policy file, it stops compiling.
        return load(
            policies: policyInputs, alerts: alertInputs, policyProblems: problems, alertProblems: alertProblems,
            compile: !policyInputs.isEmpty || alertInputs.isEmpty, readAlerts: !alertInputs.isEmpty)
    }

    private func load(
        policies: [SourceInput], alerts: [SourceInput], policyProblems: [Diagnostic], alertProblems: [Diagnostic],
        compile: Bool, readAlerts: Bool
    ) -> Loaded {
        let loaded = PolicyLoader().load(policies)
        var diagnostics = policyProblems + loaded.diagnostics + alertProblems
        var compiled: CompiledPolicy?
        if compile && !loaded.hasErrors && !policyProblems.contains(where: { $0.severity == .error }) {
            compiled = PolicyCompiler(planSharedSubexpressions: planSharedSubexpressions).compile(loaded.policySet)
        }
        diagnostics += compiled?.diagnostics ?? []
        var result = Loaded(
            policy: compiled?.hasErrors == false ? compiled : nil, compiled: compiled, policySet: loaded.policySet,
            alerting: nil, diagnostics: [], files: loaded.files, documents: loaded.documents, alertFiles: 0,
            receivers: 0, inhibitRules: 0, silences: 0)
        if readAlerts {
            let alerting = AlertingConfigLoader(environment: environment).load(alerts)
            diagnostics += alerting.diagnostics
            result.alerting = alerting.hasErrors ? nil : alerting.configuration
            result.alertFiles = alerting.files
            result.receivers = alerting.receivers
            result.inhibitRules = alerting.inhibitRules
            result.silences = alerting.silences
        }
        result.diagnostics = diagnostics.sortedByLocation()
        return result
    }

    /// The same file reached by two spellings (`alerts/x.yaml`, `./alerts//x.yaml`) is one file.
    private static func identity(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
