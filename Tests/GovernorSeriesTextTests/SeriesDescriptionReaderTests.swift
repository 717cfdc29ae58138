import GovernorQuery
import GovernorSeriesText
import Testing

@Suite struct SeriesDescriptionReaderTests {
    private func values(_ text: String) throws -> [SequenceValue] {
        try SeriesDescriptionReader.read(Substring("m " + text), line: 1).values
    }

    @Test func incrementingSequenceHasRepetitionsPlusOneValues() throws {
        #expect(try values("1+2x3") == [.sample(1), .sample(3), .sample(5), .sample(7)])
    }

    @Test func decrementingSequence() throws {
        #expect(try values("5-1x4") == [.sample(5), .sample(4), .sample(3), .sample(2), .sample(1)])
    }

    @Test func repeatedValue() throws {
        #expect(try values("7x2") == [.sample(7), .sample(7), .sample(7)])
    }

    @Test func blanksSkipSteps() throws {
        #expect(try values("_ _x3 1") == [.omitted, .omitted, .omitted, .omitted, .sample(1)])
    }

    @Test func specialAndSignedNumbers() throws {
        let read = try values("-2 +3 1.5e2 .5 Inf -inf")
        #expect(read == [.sample(-2), .sample(3), .sample(150), .sample(0.5), .sample(.infinity), .sample(-.infinity)])
    }

    @Test func nanAndStale() throws {
        let read = try values("NaN stale")
        guard case .sample(let nan) = read[0], case .sample(let stale) = read[1] else {
            Issue.record("expected two samples, got \(read)")
            return
        }
        #expect(nan.isNaN && !StaleMarker.isStale(nan))
        #expect(StaleMarker.isStale(stale))
    }

    @Test func fractionalIncrementsAccumulate() throws {
        #expect(try values("0+0.1x3") == [.sample(0), .sample(0.1), .sample(0.1 + 0.1), .sample(0.1 + 0.1 + 0.1)])
    }

    @Test func labelsOnlyAndNameOnly() throws {
        #expect(try SeriesDescriptionReader.read("{a=\"1\",} 1", line: 1).labels == ["a": "1"])
        #expect(try SeriesDescriptionReader.read("a:b_c 1", line: 1).labels == ["__name__": "a:b_c"])
    }

    @Test func escapesInLabelValues() throws {
        let labels = try SeriesDescriptionReader.read(#"m{a="\u00e9\x41\101\\"} 1"#, line: 1).labels
        #expect(labels["a"] == "éAA\\")
    }

    @Test func hugeRepetitionIsAnErrorNotACrash() {
        #expect(
            throws: NotationError(
                line: 4, column: 7, message: "repetition count 5000000 is larger than the 1000000 this reader accepts")
        ) {
            try SeriesDescriptionReader.read("m 1x5000000", line: 4, column: 3)
        }
    }

    @Test func numberGluedToALetter() {
        #expect(throws: NotationError(line: 1, column: 3, message: "bad number syntax: \"1y\"")) {
            try SeriesDescriptionReader.read("m 1y", line: 1)
        }
    }

    @Test func unterminatedString() {
        #expect(throws: NotationError(line: 1, column: 5, message: "unterminated quoted string")) {
            try SeriesDescriptionReader.read("m{a=\"x} 1", line: 1)
        }
    }
}
