import GovernorCore
import GovernorQuery
import GovernorRuntime
import GovernorStore
import Testing

@Suite struct SQLiteAlertStateStoreTests {
    static func alert(_ job: String, state: AlertState = .firing, value: Double = 1) -> AlertInstance {
        AlertInstance(
            labels: Labels(["alertname": "Down", "job": job]), annotations: ["summary": "\(job) is down"],
            state: state, value: value, activeAt: 1_000, firedAt: state == .firing ? 61_000 : nil, lastSentAt: 62_000,
            validUntil: 302_000)
    }

    static let down = RuleIdentity(name: "Down", labels: ["severity": "page"])
    static let slow = RuleIdentity(name: "Slow", labels: [:])

    @Test func savingAGroupReplacesItsRowsAndLeavesOtherGroupsAlone() async throws {
        let store = SQLiteAlertStateStore(database: try GovernorDatabase(path: temporaryDatabasePath()))
        try await store.save(
            group: "api", rules: [(Self.down, [Self.alert("a")]), (Self.slow, [Self.alert("b")])], at: 1)
        try await store.save(group: "db", rules: [(Self.down, [Self.alert("c")])], at: 1)
        try await store.save(group: "api", rules: [(Self.slow, [Self.alert("d", state: .pending)])], at: 2)

        let saved = try await store.load()
        #expect(saved.map { "\($0.group)/\($0.rule.name)" }.sorted() == ["api/Slow", "db/Down"])
        let api = try #require(saved.first { $0.group == "api" })
        #expect(api.alerts == [Self.alert("d", state: .pending)])
        let db = try #require(saved.first { $0.group == "db" })
        #expect(db.rule == Self.down)
        #expect(db.alerts == [Self.alert("c")])
    }

    @Test func removingGroupsKeepsOnlyTheGroupsNamed() async throws {
        let store = SQLiteAlertStateStore(database: try GovernorDatabase(path: temporaryDatabasePath()))
        for group in ["api", "db", "web"] {
            try await store.save(group: group, rules: [(Self.down, [Self.alert(group)])], at: 1)
        }
        try await store.removeGroups(except: ["api", "web", "gone"])
        #expect(try await store.load().map(\.group) == ["api", "web"])
        try await store.removeGroups(except: [])
        #expect(try await store.load().isEmpty)
    }

    @Test func savingNoRulesEmptiesTheGroup() async throws {
        let store = SQLiteAlertStateStore(database: try GovernorDatabase(path: temporaryDatabasePath()))
        try await store.save(group: "api", rules: [(Self.down, [Self.alert("a")])], at: 1)
        try await store.save(group: "api", rules: [], at: 2)
        #expect(try await store.load().isEmpty)
    }

    @Test func aNaNValueRoundTrips() async throws {
        let store = SQLiteAlertStateStore(database: try GovernorDatabase(path: temporaryDatabasePath()))
        try await store.save(group: "api", rules: [(Self.down, [Self.alert("a", value: .nan)])], at: 1)
        let alert = try #require(try await store.load().first?.alerts.first)
        // NaN is never equal to itself, so the instance is compared without it.
        #expect(alert.value.isNaN)
        var withoutValue = alert
        withoutValue.value = 1
        #expect(withoutValue == Self.alert("a"))
    }

    @Test func statesSurviveReopeningTheDatabase() async throws {
        let path = temporaryDatabasePath()
        do {
            let store = SQLiteAlertStateStore(database: try GovernorDatabase(path: path))
            try await store.save(
                group: "api", rules: [(Self.down, [Self.alert("a"), Self.alert("b", state: .inactive)])], at: 1)
        }
        let reopened = SQLiteAlertStateStore(database: try GovernorDatabase(path: path))
        let saved = try await reopened.load()
        #expect(saved.count == 1)
        #expect(saved.first?.rule == Self.down)
        #expect(saved.first?.alerts == [Self.alert("a"), Self.alert("b", state: .inactive)])
        try await reopened.removeAll()
        #expect(try await reopened.load().isEmpty)
    }
}
