import GovernorCore
import GovernorQuery
import GovernorStore
import Testing

@Suite struct SQLiteSilenceStoreTests {
    static func entry(_ id: String, endsAt: Int64 = 9_000) throws -> RuntimeSilence {
        RuntimeSilence(
            Silence(
                id: id,
                matchers: [
                    try LabelMatcher(name: "alertname", type: .regexMatch, value: "Disk.*"),
                    try LabelMatcher(name: "team", type: .notEqual, value: "ünïcode \"quoted\""),
                ], startsAt: 1_000, endsAt: endsAt, comment: "swap the disk", createdBy: "ops"),
            updatedAt: 1_500)
    }

    @Test func silencesSurviveReopeningAndChangesReplaceThem() async throws {
        let path = temporaryDatabasePath()
        do {
            let store = SQLiteSilenceStore(database: try GovernorDatabase(path: path))
            try store.save([try Self.entry("a"), try Self.entry("b")])
            try store.save([try Self.entry("a", endsAt: 2_000)], removing: ["b"])
        }
        let loaded = try await SQLiteSilenceStore(database: try GovernorDatabase(path: path)).load()
        #expect(loaded == [try Self.entry("a", endsAt: 2_000)])
        #expect(loaded.first?.silence.mutes(["alertname": "DiskFull", "team": "x"], at: 1_500) == true)
    }
}
