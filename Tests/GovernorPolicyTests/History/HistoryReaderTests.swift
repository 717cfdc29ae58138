import Foundation
import GovernorPolicy
import GovernorPromQLTest
import GovernorQuery
import Testing

@Suite struct HistoryReaderTests {
    static let fixtures = TestPaths.testsDirectory.appendingPathComponent("History/Fixtures")

    static func read(_ name: String) throws -> History {
        try HistoryReader.read(path: fixtures.appendingPathComponent(name).path)
    }

    /// The error's description with the fixture directory removed, so expectations name just the file.
    static func error(_ name: String) -> String? {
        do {
            _ = try HistoryReader.read(path: fixtures.appendingPathComponent(name).path)
            return nil
        } catch {
            return error.description.replacingOccurrences(of: fixtures.path + "/", with: "")
        }
    }

    @Test func ndjsonReadsLabelsSecondsAndPrometheusValueStrings() throws {
        let history = try Self.read("samples.ndjson")
        #expect(history.samples.count == 3)
        #expect(
            history.samples[0]
                == VectorSample(labels: ["__name__": "up", "job": "api"], timestamp: 1_700_000_000_000, value: 1))
        #expect(history.samples[1].timestamp == 1_700_000_060_500)
        #expect(history.samples[1].value == 0)
        #expect(history.samples[2].timestamp == 1_700_000_000_000)
        #expect(history.samples[2].value.isNaN)
        #expect(history.firstTimestamp == 1_700_000_000_000)
        #expect(history.lastTimestamp == 1_700_000_060_500)
    }

    @Test func ndjsonErrorsPointAtTheLine() {
        #expect(
            Self.error("bad-value.ndjson")
                == #"bad-value.ndjson:2:3: error: value must be a number or a string holding one ("NaN", "+Inf" allowed)"#
        )
        #expect(Self.error("not-json.ndjson") == "not-json.ndjson:2:1: error: invalid JSON")
    }

    @Test func queryRangeMatrixBecomesOneSamplePerPoint() throws {
        let history = try Self.read("query-range.json")
        let labels: Labels = ["__name__": "http_requests_total", "code": "200"]
        #expect(history.samples.map(\.labels) == [labels, labels, labels])
        #expect(history.samples.map(\.timestamp) == [1_700_000_000_000, 1_700_000_015_000, 1_700_000_030_250])
        #expect(history.samples.map(\.value) == [10, 25, .infinity])
    }

    @Test func matrixShapeErrorsNameTheField() {
        #expect(
            Self.error("bad-matrix.json")
                == #"bad-matrix.json:1:1: error: data.result[0].values[0] must be [timestamp, "value"]"#)
    }

    @Test func expositionSnapshotsKeepTheirMillisecondTimestamps() throws {
        let history = try Self.read("snapshot.prom")
        #expect(history.samples.count == 3)
        #expect(
            history.samples[0]
                == VectorSample(
                    labels: ["__name__": "http_requests_total", "code": "200", "path": "/a b"],
                    timestamp: 1_700_000_000_000, value: 1027))
        #expect(history.samples[2].timestamp == 1_700_000_015_000)
        #expect(history.samples[2].value == 1030.5)
    }

    @Test func expositionErrorsHaveLineAndColumn() {
        #expect(
            Self.error("no-timestamp.prom")
                == "no-timestamp.prom:2:3: error: expected \"metric{labels} value timestamp_ms\": every sample of a "
                + "snapshot needs a timestamp")
        #expect(Self.error("bad-labels.prom")?.hasPrefix("bad-labels.prom:1:") == true)
    }

    @Test func loadFilesAreReadAsPromQLTestLoadBlocks() throws {
        let history = try Self.read("history.load")
        #expect(history.samples.map(\.timestamp) == [0, 60_000, 120_000])
        #expect(history.samples.map(\.value) == [1, 1, 0])
        #expect(Self.error("bad.load")?.hasPrefix("bad.load:2:") == true)
    }

    @Test func aMissingFileIsAnErrorAtItsStart() {
        #expect(
            Self.error("missing.ndjson")
                == "missing.ndjson:1:1: error: could not read history: no such file or unreadable")
    }

    @Test(arguments: [
        ("a.load", "", HistoryFormat.load),
        ("a.ndjson", "", .ndjson),
        ("a.prom", "", .exposition),
        ("a.txt", "# comment\nload 5m\n  x 1", .load),
        ("a.json", "{\"status\":\"success\",\n\"data\":{}}", .json),
        ("a.json", "{\"labels\":{\"a\":\"b\"},\"timestamp\":1,\"value\":1}\n", .ndjson),
        ("a.json", "[{}]", .json),
        ("a.txt", "up 1 1700000000000", .exposition),
    ])
    func formatIsDetectedFromNameThenContent(file: String, text: String, format: HistoryFormat) {
        #expect(HistoryFormat.detect(file: file, text: text) == format)
    }

    @Test func anEmptyHistoryIsAnError() {
        #expect(throws: HistoryError(file: "e.prom", line: 1, column: 1, message: "the history holds no samples")) {
            try HistoryReader.read(text: "# nothing\n", file: "e.prom")
        }
    }
}
