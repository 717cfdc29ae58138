import GovernorQuery
import GovernorSeriesText
import Testing

@Suite struct ExpositionSeriesCacheTests {
    /// Reads `text` through `cache`, naming each new series by its position in `named`.
    private func read(
        _ text: String, cache: inout ExpositionSeriesCache, named: inout [Labels]
    ) throws(NotationError) -> [ExpositionSeriesSample] {
        try ExpositionReader.read(bytes: Array(text.utf8), cache: &cache) { labels in
            named.append(labels)
            return Int32(named.count - 1)
        }
    }

    private func error(_ text: String, afterReading warm: String) -> String? {
        var cache = ExpositionSeriesCache()
        var named: [Labels] = []
        do {
            _ = try read(warm, cache: &cache, named: &named)
            _ = try read(text, cache: &cache, named: &named)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aKnownSeriesTextIsNotParsedAgain() throws {
        var cache = ExpositionSeriesCache()
        var named: [Labels] = []
        func body(_ posts: Int) -> String {
            """
            # TYPE http_requests_total counter
            http_requests_total{method="post",code="200"} \(posts) 1395066363000
            http_requests_total{method="post",code="400"}    3
            up 1
            """
        }
        let first = try read(body(1027), cache: &cache, named: &named)
        let plain = try ExpositionReader.read(body(1027)).samples
        #expect(named == plain.map(\.labels))
        #expect(first.map(\.series) == [0, 1, 2])
        #expect(first.map(\.value) == plain.map(\.value))
        #expect(first.map(\.timestamp) == plain.map(\.timestamp))

        let second = try read(body(1030), cache: &cache, named: &named)
        #expect(named.count == 3, "no series text was parsed twice")
        #expect(second.map(\.series) == [0, 1, 2])
        #expect(second.map(\.value) == [1030, 3, 1])
        #expect(cache.count == 3)
    }

    @Test func aSeriesTextEndsAtTheBraceOutsideQuotes() throws {
        var cache = ExpositionSeriesCache()
        var named: [Labels] = []
        // A brace, an escaped quote and a space inside a value do not end the text; the texts differ only there.
        let body = #"a{x="}\" 1"} 1"# + "\n" + #"a{x="}\" 2"} 2"# + "\n"
        _ = try read(body, cache: &cache, named: &named)
        let again = try read(body, cache: &cache, named: &named)
        #expect(named.map { $0["x"] } == [#"}" 1"#, #"}" 2"#])
        #expect(again.map(\.series) == [0, 1])
        #expect(again.map(\.value) == [1, 2])
    }

    @Test func twoTextsOfOneSeriesAreEachParsedOnce() throws {
        var cache = ExpositionSeriesCache()
        var named: [Labels] = []
        let body = "a{x=\"1\",y=\"2\"} 1\na{ y=\"2\", x=\"1\" } 2\n"
        _ = try read(body, cache: &cache, named: &named)
        _ = try read(body, cache: &cache, named: &named)
        #expect(named.count == 2)
        #expect(named[0] == named[1])
    }

    /// Lines are first compared with the line at their position in the last read: a list in another order, a line
    /// swapped for one of the same length, or a read that failed half-way must still give every line its series.
    @Test func aLineIsItsOwnSeriesWhateverStoodAtItsPositionLastTime() throws {
        var cache = ExpositionSeriesCache()
        var named: [Labels] = []
        let first = try read("m{x=\"1\"} 1\nm{x=\"2\"} 2\nm{x=\"3\"} 3\n", cache: &cache, named: &named)
        #expect(first.map(\.series) == [0, 1, 2])
        let swapped = try read("m{x=\"2\"} 2\nm{x=\"1\"} 1\nm{x=\"3\"} 3\n", cache: &cache, named: &named)
        #expect(swapped.map(\.series) == [1, 0, 2])
        let replaced = try read("m{x=\"2\"} 2\nm{x=\"4\"} 4\nm{x=\"3\"} 3\n", cache: &cache, named: &named)
        #expect(replaced.map(\.series) == [1, 3, 2])
        #expect(named.map { $0["x"] } == ["1", "2", "3", "4"])
        #expect(throws: NotationError.self) {
            _ = try read("m{x=\"3\"} 3\nm{x=\"1\"} 1\nm{x=\"2\"} oops\n", cache: &cache, named: &named)
        }
        let after = try read(
            "m{x=\"2\"} 2\nm{x=\"4\"} 4\nm{x=\"3\"} 3\nm{x=\"1\"} 1\n", cache: &cache, named: &named)
        #expect(after.map(\.series) == [1, 3, 2, 0])
        #expect(named.count == 4)
    }

    @Test func renumberingForgetsTheTextsItDrops() throws {
        var cache = ExpositionSeriesCache()
        var named: [Labels] = []
        _ = try read("a 1\nb 2\nc 3\n", cache: &cache, named: &named)
        cache.renumber { $0 == 1 ? nil : $0 / 2 }
        #expect(cache.count == 2)
        let again = try read("a 1\nb 2\nc 3\n", cache: &cache, named: &named)
        #expect(again.map(\.series) == [0, 3, 1], "b was forgotten and parsed again; a and c kept their new ids")
    }

    /// A line is refused with the same message whether or not its series text is known, so a cached read is
    /// checked exactly as a plain one.
    @Test(arguments: [
        "up one", "up 1 12.5", "up 1 2 3", "up{job=\"a\"} one", "up{job=\"a\"}1", "up{job=\"a\"} 1 2 x",
        "up{job=\"a\"", "up{job=\"a\"} 1\nup{job=\"b\"", "up{job=\"a\"}} 1", "# TYPE up gaugee", "up\u{00e9} 1",
        "up {job=\"a\"} 1",
    ])
    func aMalformedLineIsRefusedAsThePlainReaderRefusesIt(text: String) throws {
        let plain: String
        do {
            _ = try ExpositionReader.read(text)
            Issue.record("\(text) was accepted")
            return
        } catch {
            plain = error.description
        }
        #expect(self.error(text, afterReading: "") == plain)
        #expect(self.error(text, afterReading: "up 1\nup{job=\"a\"} 1\nup{job=\"b\"} 1\n") == plain)
    }
}
