import GovernorRuntime

/// One line of `logs/governance_loop.ndjson`: a governance pass.
struct GovernanceLogLine: Encodable {
    var time: String
    var status: String
    var complianceIndex: Double?
    var breachSeverity: Double?
    var breaches: [String]
    var severities: [String: Double]

    enum CodingKeys: String, CodingKey {
        case time, status, breaches, severities
        case complianceIndex = "compliance_index"
        case breachSeverity = "breach_severity"
    }

    init(_ pass: GovernancePass) {
        time = DaemonText.time(pass.time)
        status = pass.status.rawValue
        complianceIndex = pass.complianceIndex.flatMap { $0.isFinite ? $0 : nil }
        breachSeverity = pass.maxSeverity.flatMap { $0.isFinite ? $0 : nil }
        breaches = pass.breaches.map(\.objective)
        severities = Dictionary(
            pass.breaches.filter { $0.severity.isFinite }.map { ($0.objective, $0.severity) },
            uniquingKeysWith: max)
    }
}
