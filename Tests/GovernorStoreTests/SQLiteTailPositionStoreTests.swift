import Foundation
import GovernorCore
import GovernorQuery
import GovernorSources
import GovernorStore
import Testing

@Suite struct SQLiteTailPositionStoreTests {
    @Test func positionsAndCountersSurviveReopening() async throws {
        let path = temporaryDatabasePath()
        let position = TailPosition(
            device: 2049, inode: UInt64.max - 1, offset: 123_456_789_012, lines: 42,
            counters: [
                ["__name__": "security_alerts_total", "severity": "high", "path": "/a \"quoted\" ü"]: 17,
                ["__name__": "security_alerts_total"]: 0.5,
            ])
        do {
            let store = SQLiteTailPositionStore(database: try GovernorDatabase(path: path))
            #expect(try await store.position(of: "/var/log/a.ndjson") == nil)
            try await store.save(TailPosition(device: 1, inode: 1, offset: 1, lines: 1), of: "/var/log/a.ndjson")
            try await store.save(position, of: "/var/log/a.ndjson")
            try await store.save(TailPosition(device: 9, inode: 9, offset: 9, lines: 9), of: "/var/log/b.ndjson")
        }
        let reopened = SQLiteTailPositionStore(database: try GovernorDatabase(path: path))
        #expect(try await reopened.position(of: "/var/log/a.ndjson") == position)
        #expect(try await reopened.position(of: "/var/log/b.ndjson")?.offset == 9)
    }

    @Test func aTailResumesFromTheDatabaseAfterARestart() async throws {
        let databasePath = temporaryDatabasePath()
        let file = databasePath + ".ndjson"
        let line = "{\"kind\":\"refund\"}\n"
        let declaration = TailDeclaration(
            path: file, metric: "events_total", labels: ["kind": "kind"], mapping: .count(1),
            location: SourceLocation(file: "sources.yaml", line: 1, column: 1))
        let series: Labels = ["__name__": "events_total", "kind": "refund"]
        do {
            let store = SQLiteTailPositionStore(database: try GovernorDatabase(path: databasePath))
            try (line + line).write(toFile: file, atomically: false, encoding: .utf8)
            let batch = await TailSource(declaration, store: store).collect(at: 0)
            #expect(batch.samples.first { $0.labels == series }?.value == 2)
        }
        try (line + line + line).write(toFile: file, atomically: false, encoding: .utf8)
        let store = SQLiteTailPositionStore(database: try GovernorDatabase(path: databasePath))
        let batch = await TailSource(declaration, store: store).collect(at: 1)
        #expect(batch.error == nil)
        #expect(batch.samples.first { $0.labels == series }?.value == 3)
    }
}
