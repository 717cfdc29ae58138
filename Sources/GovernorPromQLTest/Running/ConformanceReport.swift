/// Case results set against the known-failures list: what passed, what failed unexpectedly,
/// what failed as known, and which known failures pass now (so their entries should go).
public struct ConformanceReport: Sendable, Hashable {
    public struct KnownFailure: Sendable, Hashable {
        public var result: CaseResult
        public var reason: String
    }

    public var passed: [CaseResult] = []
    public var unexpectedFailures: [CaseResult] = []
    public var knownFailures: [KnownFailure] = []
    /// Known-failure entries whose case passed.
    public var fixedKnownFailures: [KnownFailures.Entry] = []
    /// Known-failure entries that name no case that ran.
    public var staleEntries: [KnownFailures.Entry] = []

    public init(results: [CaseResult], known: KnownFailures, filesRun: Set<String>) {
        var matched: Set<KnownFailures.Entry> = []
        for result in results {
            let entry = known.entry(file: result.file, line: result.line)
            if let entry { matched.insert(entry) }
            switch (result.passed, entry) {
            case (true, nil): passed.append(result)
            case (true, let entry?):
                passed.append(result)
                fixedKnownFailures.append(entry)
            case (false, nil): unexpectedFailures.append(result)
            case (false, let entry?): knownFailures.append(KnownFailure(result: result, reason: entry.reason))
            }
        }
        let namesRun = Set(filesRun.map(KnownFailures.fileName))
        staleEntries = known.entries.filter { !matched.contains($0) && namesRun.contains($0.file) }
    }

    public var total: Int { passed.count + unexpectedFailures.count + knownFailures.count }
    public var failedCount: Int { unexpectedFailures.count + knownFailures.count }

    /// Passed cases over all cases, from 0 to 1.
    public var passRate: Double { total == 0 ? 0 : Double(passed.count) / Double(total) }

    /// `N passed, N failed (K known)`.
    public var summary: String {
        "\(passed.count) passed, \(failedCount) failed (\(knownFailures.count) known)"
    }
}
