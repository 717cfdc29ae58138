public import GovernorQuery

/// One governance pass: where compliance stands at an instant, read from the series the governance rules write
/// (`governor:compliance_index`, `governor:breach_severity:percent` and `:max_percent`).
public struct GovernancePass: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, Codable {
        /// Every objective meets its target.
        case ok = "OK"
        /// At least one objective is below its target.
        case breach = "BREACH"
    }

    /// One objective below its target.
    public struct Breach: Hashable, Sendable, Codable {
        public var objective: String
        /// Percent below target, relative to the target.
        public var severity: Double

        public init(objective: String, severity: Double) {
            self.objective = objective
            self.severity = severity
        }
    }

    public var time: Timestamp
    public var status: Status
    /// 0–100; nil while the index has no data (an objective's SLI is still unknown).
    public var complianceIndex: Double?
    /// The worst objective's severity in percent; nil without data.
    public var maxSeverity: Double?
    /// Worst first.
    public var breaches: [Breach]

    public init(
        time: Timestamp, status: Status, complianceIndex: Double?, maxSeverity: Double?, breaches: [Breach]
    ) {
        self.time = time
        self.status = status
        self.complianceIndex = complianceIndex
        self.maxSeverity = maxSeverity
        self.breaches = breaches
    }

    /// Reads the pass at `time` from what the rules have written.
    public static func read(at time: Timestamp, storage: InMemoryStorage, engine: QueryEngine = QueryEngine())
        -> GovernancePass
    {
        func vector(_ text: String) -> InstantVector {
            guard case .vector(let vector)? = try? engine.query(text, at: time, storage: storage) else { return [] }
            return vector
        }
        let breaches = vector("governor:breach_severity:percent > 0").map { sample in
            Breach(objective: sample.labels["objective"] ?? "", severity: sample.value)
        }.sorted { ($0.severity, $1.objective) > ($1.severity, $0.objective) }
        return GovernancePass(
            time: time, status: breaches.isEmpty ? .ok : .breach,
            complianceIndex: vector("governor:compliance_index").first?.value,
            maxSeverity: vector("governor:breach_severity:max_percent").first?.value, breaches: breaches)
    }
}
