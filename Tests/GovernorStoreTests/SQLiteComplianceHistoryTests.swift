import GovernorRuntime
import GovernorStore
import Testing

@Suite struct SQLiteComplianceHistoryTests {
    static func pass(at time: Int64, index: Double?, breaches: [GovernancePass.Breach] = []) -> GovernancePass {
        GovernancePass(
            time: time, status: breaches.isEmpty ? .ok : .breach, complianceIndex: index,
            maxSeverity: breaches.first?.severity, breaches: breaches)
    }

    @Test func passesComeBackOldestFirstWithinTheRange() async throws {
        let history = SQLiteComplianceHistory(database: try GovernorDatabase(path: temporaryDatabasePath()))
        let breach = Self.pass(
            at: 2_000, index: 65,
            breaches: [
                GovernancePass.Breach(objective: "availability", severity: 12.5),
                GovernancePass.Breach(objective: "p95_latency", severity: 3),
            ])
        try await history.append(Self.pass(at: 3_000, index: 90))
        try await history.append(breach)
        try await history.append(Self.pass(at: 1_000, index: nil))
        #expect(try await history.passes(from: 1_000, to: 2_000) == [Self.pass(at: 1_000, index: nil), breach])
        #expect(try await history.passes(from: 2_001, to: 10_000) == [Self.pass(at: 3_000, index: 90)])
    }

    @Test func aSecondPassAtTheSameInstantReplacesTheFirstAndSurvivesReopening() async throws {
        let path = temporaryDatabasePath()
        do {
            let history = SQLiteComplianceHistory(database: try GovernorDatabase(path: path))
            try await history.append(Self.pass(at: 1_000, index: 80))
            try await history.append(Self.pass(at: 1_000, index: 70))
        }
        let history = SQLiteComplianceHistory(database: try GovernorDatabase(path: path))
        #expect(try await history.passes(from: 0, to: 5_000) == [Self.pass(at: 1_000, index: 70)])
    }
}
