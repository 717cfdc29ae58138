import GovernorQuery
import GovernorSeriesText
import Testing

@Suite struct ExpositionReaderTests {
    private func error(_ text: String) -> String? {
        do {
            _ = try ExpositionReader.read(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsSamplesMetadataAndComments() throws {
        let document = try ExpositionReader.read(
            """
            # HELP http_requests_total The total number of HTTP requests.\\nSecond line, with a \\\\ backslash.
            # TYPE http_requests_total counter
            http_requests_total{method="post",code="200"} 1027 1395066363000
            http_requests_total{method="post",code="400"}    3 1395066363000
            # A comment that is neither HELP nor TYPE.

              metric_without_timestamp_and_labels 12.47
            something_weird{problem="division by zero"} +Inf -3982045
            """)
        #expect(document.types == ["http_requests_total": .counter])
        #expect(
            document.help["http_requests_total"]
                == "The total number of HTTP requests.\nSecond line, with a \\ backslash.")
        #expect(document.samples.count == 4)
        #expect(
            document.samples[0]
                == ExpositionSample(
                    labels: ["__name__": "http_requests_total", "method": "post", "code": "200"], value: 1027,
                    timestamp: 1_395_066_363_000, line: 3, column: 1))
        #expect(document.samples[1].value == 3)
        #expect(document.samples[2].timestamp == nil)
        #expect(document.samples[2].column == 3)
        #expect(document.samples[2].line == 7)
        #expect(document.samples[3].value == .infinity)
        #expect(document.samples[3].timestamp == -3_982_045)
    }

    @Test func labelValuesUnescapeAsPrometheusDoes() throws {
        let document = try ExpositionReader.read(
            #"msdos_file_access_time_seconds{path="C:\\DIR\\FILE.TXT",error="Cannot find file:\n\"FILE.TXT\"",other="a\tb"} 1.458255915e9"#
        )
        let labels = try #require(document.samples.first).labels
        #expect(labels["path"] == #"C:\DIR\FILE.TXT"#)
        #expect(labels["error"] == "Cannot find file:\n\"FILE.TXT\"")
        // Only \\, \" and \n are escapes; anything else stays as written.
        #expect(labels["other"] == #"a\tb"#)
        #expect(document.samples.first?.value == 1_458_255_915)
    }

    @Test func specialValuesAndOptionalSyntax() throws {
        let document = try ExpositionReader.read(
            "a NaN\nb -Inf\nc{} 1\nd{x=\"1\",} 2\ne{ x = \"1\" , y=\"\" } 0x1p-2 \nf 1e3\n")
        let values = document.samples.map(\.value)
        #expect(values[0].isNaN)
        #expect(Array(values.dropFirst()) == [-.infinity, 1, 2, 0.25, 1000])
        #expect(document.samples[4].labels == ["__name__": "e", "x": "1"])
    }

    @Test func anEmptyExpositionHasNoSamples() throws {
        #expect(try ExpositionReader.read("").samples.isEmpty)
        #expect(try ExpositionReader.read("\n\n# only comments\n").samples.isEmpty)
    }

    @Test(arguments: [
        ("up{job=\"api} 1", "1:8: error: unterminated label value"),
        ("up 1\nup{job=\"api\"}", "2:14: error: expected a space and a value after the series, found end of line"),
        ("up one", "1:4: error: invalid value \"one\": expected a number, NaN, +Inf or -Inf"),
        ("up 1 12.5", "1:6: error: invalid timestamp \"12.5\": expected whole milliseconds since the Unix epoch"),
        ("up 1 2 3", "1:8: error: expected the end of the line after the timestamp, found \"3\""),
        ("{job=\"a\"} 1", "1:1: error: expected a metric name or a comment at the start of a line, found \"{\""),
        ("up{job=\"a\",job=\"b\"} 1", "1:12: error: duplicate label name \"job\""),
        ("up{job=a} 1", "1:8: error: expected a double-quoted value for the label \"job\", found \"a\""),
        ("up{1job=\"a\"} 1", "1:4: error: expected a label name or \"}\" in the label set, found \"1\""),
        ("up{job=\"a\" x=\"b\"} 1", "1:12: error: expected \",\" or \"}\" after a label value, found \"x\""),
        ("up{job=\"a\"", "1:3: error: unclosed \"{\" of the label set"),
        (
            "# TYPE up gaugee",
            "1:11: error: invalid metric type \"gaugee\" (expected one of: counter, gauge, histogram, summary, untyped)"
        ),
        ("# HELP 1up text", "1:8: error: expected a metric name after HELP, found \"1\""),
        ("up\u{00e9} 1", "1:3: error: expected a space and a value after the series, found \"é\""),
        ("<html>garbage</html>", "1:1: error: expected a metric name or a comment at the start of a line, found \"<\""),
    ])
    func malformedLinesAreRefusedAtTheirPosition(text: String, message: String) {
        #expect(error(text) == message)
    }

    @Test func labelValuesMustBeUTF8() {
        let bytes = Array("up{job=\"".utf8) + [0xFF] + Array("\"} 1".utf8)
        #expect(throws: NotationError(line: 1, column: 8, message: "invalid UTF-8 label value")) {
            try ExpositionReader.read(bytes: bytes)
        }
    }
}
