import GovernorQuery
import GovernorSeriesText
import Testing

@Suite struct LoadBlockReaderTests {
    @Test func samplesStartAtZeroAndAdvanceByTheStep() throws {
        let samples = try LoadBlockReader.readSamples("load 1m\n  up{job=\"a\"} 1 _ 3\n")
        #expect(
            samples == [
                VectorSample(labels: ["__name__": "up", "job": "a"], timestamp: 0, value: 1),
                VectorSample(labels: ["__name__": "up", "job": "a"], timestamp: 120_000, value: 3),
            ])
    }

    @Test func aRepeatedSeriesKeepsItsLastLine() throws {
        let samples = try LoadBlockReader.readSamples("load 1s\n  up 1\n  up 7 8\n")
        #expect(samples.map(\.value) == [7, 8])
        #expect(samples.map(\.timestamp) == [0, 1000])
    }

    @Test func severalBlocksAndComments() throws {
        let samples = try LoadBlockReader.readSamples("# data\nload 1m\n  a 1\n\nload 2m\n  b 1 2\n")
        #expect(samples.count == 3)
        #expect(samples.last == VectorSample(labels: ["__name__": "b"], timestamp: 120_000, value: 2))
    }

    @Test func anythingButLoadIsRejected() {
        #expect(
            throws: NotationError(line: 4, column: 1, message: "expected a \"load <step>\" block, found \"clear\"")
        ) {
            try LoadBlockReader.readSamples("load 1m\n  a 1\n\nclear\n")
        }
    }

    @Test func aBlockRunsUntilABlankLine() {
        // As in Prometheus, a command right under series lines is read as one more series.
        #expect(
            throws: NotationError(
                line: 3, column: 6, message: "expected series values after the series, found end of line")
        ) { try LoadBlockReader.readSamples("load 1m\n  a 1\nclear\n") }
    }

    @Test func anEmptyFileHasNoLoad() {
        #expect(throws: NotationError(line: 1, column: 1, message: "no \"load\" command found")) {
            try LoadBlockReader.readSamples("# nothing\n")
        }
    }

    @Test func errorsCanNameTheirFile() {
        let error = NotationError(line: 2, column: 5, message: "bad").inFile("data.load")
        #expect(error.description == "data.load:2:5: error: bad")
    }
}
