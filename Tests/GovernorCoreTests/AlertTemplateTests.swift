import GovernorCore
import Testing

@Suite struct AlertTemplateTests {
    private let data = TemplateData(
        labels: ["job": "api", "instance": "a:9090"], value: 0.1234, externalLabels: ["env": "prod"])

    private func render(_ text: String, value: Double? = nil) throws -> String {
        var data = self.data
        if let value { data.value = value }
        return try AlertTemplate(text).render(data)
    }

    @Test func readsLabelsValueAndExternalLabels() throws {
        #expect(
            try render("{{ $labels.job }} on {{ .Labels.instance }} is {{ $value }} in {{ $externalLabels.env }}")
                == "api on a:9090 is 0.1234 in prod")
        #expect(try render("{{ $labels.missing }}") == "")
    }

    @Test func humanizeFamilyMatchesPrometheus() throws {
        #expect(try render("{{ humanize $value }}", value: 1_234_567) == "1.235M")
        #expect(try render("{{ $value | humanize }}", value: 0.001234) == "1.234m")
        #expect(try render("{{ humanize1024 $value }}", value: 2048) == "2ki")
        #expect(try render("{{ humanizePercentage $value }}", value: 0.125) == "12.5%")
        #expect(try render("{{ humanizeDuration $value }}", value: 90061) == "1d 1h 1m 1s")
        #expect(try render("{{ humanizeDuration $value }}", value: 1.5) == "1.5s")
        #expect(try render("{{ humanizeDuration $value }}", value: 0.25) == "250ms")
    }

    @Test func printfFormatsNumbersAndStrings() throws {
        #expect(try render(#"{{ printf "%.1f" $value }}"#, value: 12.46) == "12.5")
        #expect(try render(#"{{ printf "%s=%d" $labels.job $value }}"#, value: 65) == "api=65")
        #expect(try render(#"{{ $value | printf "%.0f/100" }}"#, value: 65) == "65/100")
    }

    @Test func goValueFormatting() throws {
        #expect(try render("{{ $value }}", value: 65) == "65")
        #expect(try render("{{ $value }}", value: 1_000_000) == "1e+06")
        #expect(try render("{{ $value }}", value: 123456) == "123456")
        #expect(try render("{{ $value }}", value: 0.00001) == "1e-05")
        #expect(try render("{{ $value }}", value: .nan) == "NaN")
    }

    @Test func trimMarkersRemoveSurroundingSpace() throws {
        #expect(try render("a  {{- $labels.job -}}  b") == "aapib")
    }

    @Test func malformedTemplatesReportWhere() {
        #expect(throws: TemplateError("unclosed action: missing \"}}\"", offset: 4)) {
            try AlertTemplate("abc {{ $value")
        }
        #expect(throws: TemplateError("function \"nope\" not defined", offset: 0)) { try AlertTemplate("{{ nope }}") }
        #expect(throws: TemplateError("undefined variable \"$foo\"", offset: 2)) { try AlertTemplate("x {{ $foo }}") }
        #expect(throws: TemplateError.self) { try AlertTemplate(#"{{ printf "%d }}"#) }
    }

    @Test func plainTextIsRecognised() throws {
        #expect(try AlertTemplate("no actions here").isPlainText)
        #expect(try !AlertTemplate("{{ $value }}").isPlainText)
    }
}
