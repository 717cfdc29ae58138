import GovernorStore
import Testing

@Suite struct SQLiteDaemonStateTests {
    @Test func valuesAreSetReplacedRemovedAndKeptAcrossReopening() async throws {
        let path = temporaryDatabasePath()
        do {
            let state = SQLiteDaemonState(database: try GovernorDatabase(path: path))
            #expect(try await state.value("clock") == nil)
            try await state.set("clock", to: "1000")
            try await state.set("clock", to: "2000")
            try await state.set("scenario", to: "payment-outage")
            try await state.remove("scenario")
        }
        let state = SQLiteDaemonState(database: try GovernorDatabase(path: path))
        #expect(try await state.value("clock") == "2000")
        #expect(try await state.value("scenario") == nil)
    }
}
