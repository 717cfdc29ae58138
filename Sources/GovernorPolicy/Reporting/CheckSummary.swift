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

    public init(_ result: LoadResult) {
        files = result.files
        documents = result.documents
        groups = result.policySet.groups.count
        rules = result.policySet.groups.reduce(0) { $0 + $1.rules.count }
        objectives = result.policySet.objectives.count
        errors = result.diagnostics.count { $0.severity == .error }
        warnings = result.diagnostics.count { $0.severity == .warning }
    }
}
