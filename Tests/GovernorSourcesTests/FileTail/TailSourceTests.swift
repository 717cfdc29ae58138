import Foundation
import GovernorCore
import GovernorQuery
import GovernorSources
import GovernorTestSupport
import Testing

@Suite struct TailSourceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    let directory = temporaryDirectory("tail")
    var path: String { directory.appendingPathComponent("events.ndjson").path }

    func alerts(_ path: String) -> TailDeclaration {
        TailDeclaration(
            path: path, metric: "security_alerts_total", labels: ["severity": "severity", "scanner": "source.name"],
            mapping: .count(1), location: testLocation)
    }

    func write(_ text: String, to path: String, appending: Bool = true) throws {
        if appending, let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            handle.closeFile()
        } else {
            try text.write(toFile: path, atomically: false, encoding: .utf8)
        }
    }

    func value(_ batch: SourceBatch, _ labels: Labels) -> Double? {
        batch.samples.first { $0.labels == labels }?.value
    }

    func alert(_ severity: String, _ scanner: String? = nil) -> Labels {
        var labels = ["__name__": "security_alerts_total", "severity": severity]
        labels["scanner"] = scanner
        return Labels(labels)
    }

    @Test func eachLineCountsOnceAndAMalformedLineIsReportedWithItsNumber() async throws {
        try FileManager.default.copyItem(
            atPath: Self.fixtures.appendingPathComponent("scanner-alerts.ndjson").path, toPath: path)
        let source = TailSource(alerts(path), store: InMemoryTailPositionStore())
        let batch = await source.collect(at: 1_000)
        #expect(batch.error == "\(path):4: not a JSON object")
        #expect(value(batch, alert("high", "trivy")) == 2)
        #expect(value(batch, alert("low", "trivy")) == 1)
        #expect(value(batch, alert("high", "falco")) == 1)
        #expect(value(batch, alert("critical")) == 1, "a missing field leaves its label out")
        #expect(value(batch, ["__name__": "governor_tail_malformed_lines_total", "path": path]) == 1)
        #expect(batch.samples.allSatisfy { $0.timestamp == 1_000 })

        let again = await source.collect(at: 2_000)
        #expect(again.error == nil)
        #expect(value(again, alert("high", "trivy")) == 2, "nothing new, nothing counted twice")
    }

    @Test func aHalfWrittenLineWaitsForItsNewline() async throws {
        try write("{\"severity\":\"high\"}\n{\"severity\":", to: path, appending: false)
        let source = TailSource(alerts(path), store: InMemoryTailPositionStore())
        #expect(value(await source.collect(at: 0), alert("high")) == 1)
        try write("\"high\"}\n", to: path)
        let batch = await source.collect(at: 1)
        #expect(batch.error == nil)
        #expect(value(batch, alert("high")) == 2)
    }

    @Test func aRestartNeitherMissesNorDoubleCounts() async throws {
        let store = InMemoryTailPositionStore()
        try write("{\"severity\":\"high\"}\n{\"severity\":\"high\"}\n", to: path, appending: false)
        #expect(value(await TailSource(alerts(path), store: store).collect(at: 0), alert("high")) == 2)
        // Written while Governor was down.
        try write("{\"severity\":\"high\"}\n", to: path)
        let restarted = TailSource(alerts(path), store: store)
        #expect(value(await restarted.collect(at: 1), alert("high")) == 3)
        let saved = try #require(await store.position(of: path))
        #expect(saved.lines == 3)
        #expect(saved.offset == UInt64(3 * "{\"severity\":\"high\"}\n".utf8.count))
    }

    @Test func aRotatedFileIsFinishedThenTheNewOneIsReadFromItsStart() async throws {
        let store = InMemoryTailPositionStore()
        try write("{\"severity\":\"high\"}\n", to: path, appending: false)
        let source = TailSource(alerts(path), store: store)
        #expect(value(await source.collect(at: 0), alert("high")) == 1)
        try write("{\"severity\":\"high\"}\n", to: path)  // written just before the rotation
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        try write("{\"severity\":\"low\"}\n", to: path, appending: false)
        let batch = await source.collect(at: 1)
        #expect(value(batch, alert("high")) == 2)
        #expect(value(batch, alert("low")) == 1)
        #expect(try #require(await store.position(of: path)).lines == 1)

        // Rotated again while Governor was not running: the new inode is read from its start.
        try FileManager.default.removeItem(atPath: path)
        try write("{\"severity\":\"low\"}\n{\"severity\":\"low\"}\n", to: path, appending: false)
        let restarted = await TailSource(alerts(path), store: store).collect(at: 2)
        #expect(value(restarted, alert("low")) == 3)
    }

    @Test func aTruncatedFileIsReadFromItsStart() async throws {
        let store = InMemoryTailPositionStore()
        try write("{\"severity\":\"high\"}\n{\"severity\":\"high\"}\n", to: path, appending: false)
        let source = TailSource(alerts(path), store: store)
        _ = await source.collect(at: 0)
        let truncated = try #require(FileHandle(forWritingAtPath: path))
        truncated.truncateFile(atOffset: 0)
        truncated.closeFile()
        try write("{\"severity\":\"low\"}\n", to: path)
        let batch = await source.collect(at: 1)
        #expect(value(batch, alert("high")) == 2)
        #expect(value(batch, alert("low")) == 1)
    }

    @Test func aMissingFileIsAnErrorUntilItAppears() async throws {
        let source = TailSource(alerts(path), store: InMemoryTailPositionStore())
        let missing = await source.collect(at: 0)
        #expect(missing.error == "\(path): cannot be opened (No such file or directory)")
        #expect(missing.samples.map(\.labels.metricName) == ["governor_tail_malformed_lines_total"])
        try write("{\"severity\":\"high\"}\n", to: path, appending: false)
        #expect(value(await source.collect(at: 1), alert("high")) == 1)
    }

    @Test func valueLinesSetAGauge() async throws {
        let declaration = TailDeclaration(
            path: Self.fixtures.appendingPathComponent("payments.ndjson").path, metric: "payment_amount",
            labels: ["status": "status", "currency": "currency", "retry": "retry"], mapping: .value(field: "amount"),
            location: testLocation)
        let batch = await TailSource(declaration, store: InMemoryTailPositionStore()).collect(at: 0)
        #expect(batch.error == "\(declaration.path):3: field 'amount' is missing or not a number")
        let amounts = Dictionary(
            uniqueKeysWithValues: batch.samples.filter { $0.labels.metricName == "payment_amount" }.map {
                ($0.labels.removing(["__name__"]), $0.value)
            })
        #expect(
            amounts == [
                ["status": "succeeded", "currency": "EUR", "retry": "false"]: 12.5,
                ["status": "failed", "currency": "EUR"]: 7,
                ["status": "succeeded", "currency": "EUR", "retry": "true"]: 30,
            ])
    }
}
