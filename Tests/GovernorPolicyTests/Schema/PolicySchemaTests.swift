import Foundation
import GovernorPolicy
import Testing

@Suite struct PolicySchemaTests {
    @Test func docsCopyIsIdenticalToWhatGovernorSchemaPrints() throws {
        let docs = try TestPaths.text(TestPaths.packageRoot.appendingPathComponent("docs/policy.schema.json"))
        #expect(docs == PolicySchema.text, "regenerate docs/policy.schema.json with `governor schema`")
    }

    @Test func isDraft202012AndCoversEveryDocumentKind() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(PolicySchema.text.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let definitions = try #require(object["$defs"] as? [String: Any])
        let kinds = ["SLOs", "Governance", "Rules", "Forecasts", "Sources"].compactMap { kind in
            definitions.values.compactMap { $0 as? [String: Any] }.first { definition in
                ((definition["properties"] as? [String: Any])?["kind"] as? [String: Any])?["const"] as? String == kind
            }
        }
        #expect(kinds.count == 5)
        #expect(definitions["prometheusRuleFile"] != nil)
        #expect(definitions["slothSpec"] != nil)
    }
}
