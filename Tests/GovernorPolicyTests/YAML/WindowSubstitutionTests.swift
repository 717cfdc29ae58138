import Testing

@testable import GovernorPolicy

@Suite struct WindowSubstitutionTests {
    @Test func replacesEveryWindowPlaceholder() {
        let substitution = WindowSubstitution(template: "rate(a[{{.window}}]) / rate(b[{{ .window }}])", window: "5m")
        #expect(substitution.text == "rate(a[5m]) / rate(b[5m])")
    }

    @Test func leavesOtherTemplatesAlone() {
        let substitution = WindowSubstitution(template: "rate(a[{{.period}}])", window: "5m")
        #expect(substitution.text == "rate(a[{{.period}}])")
    }

    @Test func mapsOffsetsBackToTheTemplate() {
        // template: rate(a[{{.window}}]) + x   text: rate(a[5m]) + x
        let substitution = WindowSubstitution(template: "rate(a[{{.window}}]) + x", window: "5m")
        #expect(substitution.templateOffset(forOffset: 0) == 0)
        #expect(substitution.templateOffset(forOffset: 7) == 7)  // inside "5m": the "{{"
        #expect(substitution.templateOffset(forOffset: 8) == 7)
        #expect(substitution.templateOffset(forOffset: 14) == 23)  // "x"
    }
}
