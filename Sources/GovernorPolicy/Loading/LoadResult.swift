public import GovernorCore

/// What loading policy files produced: the merged policy set and every problem found, sorted by position.
public struct LoadResult: Sendable {
    public var policySet: PolicySet
    public var diagnostics: [Diagnostic]
    public var files: Int
    public var documents: Int

    public init(policySet: PolicySet, diagnostics: [Diagnostic], files: Int, documents: Int) {
        self.policySet = policySet
        self.diagnostics = diagnostics
        self.files = files
        self.documents = documents
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
