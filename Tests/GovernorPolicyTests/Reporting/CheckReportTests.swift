import Foundation
import GovernorCore
import GovernorPolicy
import Testing

@Suite struct CheckReportTests {
    static let text = """
        groups:
          - name: g
            rules:
              - record: a
                expr: up
              - alert: B
                expr: up == 0
                annotation: {}
        """

    @Test func textListsDiagnosticsThenTheSummary() {
        let report = CheckReport(PolicyLoader().load(text: Self.text, file: "rules.yaml"))
        #expect(
            report.text == """
                rules.yaml:8:9: error: unknown field 'annotation' in rule
                  hint: did you mean 'annotations'?
                checked 1 file: 1 group, 2 rules, 0 objectives; 1 error, 0 warnings

                """)
    }

    @Test func jsonCarriesTheSameFacts() throws {
        let report = CheckReport(PolicyLoader().load(text: Self.text, file: "rules.yaml"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == "rules.yaml")
        #expect(diagnostics.first?["line"] as? Int == 8)
        #expect(diagnostics.first?["column"] as? Int == 9)
        #expect(diagnostics.first?["severity"] as? String == "error")
        #expect(diagnostics.first?["message"] as? String == "unknown field 'annotation' in rule")
        #expect(diagnostics.first?["hint"] as? String == "did you mean 'annotations'?")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(
            summary.compactMapValues { $0 as? Int } == [
                "files": 1, "documents": 1, "groups": 1, "rules": 2, "objectives": 0, "errors": 1, "warnings": 0,
            ])
        // Files with errors are not compiled, so the graph counts are null rather than zero.
        #expect(summary["nodes"] is NSNull)
        #expect(summary["edges"] is NSNull)
        #expect(summary["compiledRules"] is NSNull)
    }
}
