import GovernorCore
import Testing

@Suite struct RuleGraphRenderTests {
    private func graph() throws -> RuleGraph {
        let group = TestPolicies.group(
            "g",
            [
                try TestPolicies.record("job:errors:rate5m", #"sum(rate(errors_total{code="5\"x"}[5m]))"#, line: 2),
                try TestPolicies.alert("TooManyErrors", "job:errors:rate5m > 1", line: 3),
            ])
        return RuleGraphBuilder().build(groups: [group], sourceSeries: ["errors_total"]).graph
    }

    @Test func dotIsValidGraphviz() throws {
        #expect(
            try graph().render(.dot) == """
                digraph governor {
                  rankdir=LR;
                  "recording_job_errors_rate5m" [label="recording job:errors:rate5m [group g]", shape=box];
                  "alert_TooManyErrors" [label="alert TooManyErrors [group g]", shape=octagon];
                  "source_errors_total" [label="source errors_total", shape=ellipse];
                  "recording_job_errors_rate5m" -> "alert_TooManyErrors" [label="job:errors:rate5m"];
                  "source_errors_total" -> "recording_job_errors_rate5m" [label="errors_total"];
                }

                """)
    }

    @Test func mermaidIsAValidFlowchart() throws {
        #expect(
            try graph().render(.mermaid) == """
                flowchart LR
                  recording_job_errors_rate5m["recording job:errors:rate5m [group g]"]
                  alert_TooManyErrors{{"alert TooManyErrors [group g]"}}
                  source_errors_total(["source errors_total"])
                  recording_job_errors_rate5m -->|"job:errors:rate5m"| alert_TooManyErrors
                  source_errors_total -->|"errors_total"| recording_job_errors_rate5m

                """)
    }

    @Test func textListsNodesEdgesOrderAndRetention() throws {
        #expect(
            try graph().render(.text) == """
                nodes (3):
                  0 recording job:errors:rate5m [group g]
                  1 alert TooManyErrors [group g]
                  2 source errors_total
                edges (2):
                  job:errors:rate5m -> TooManyErrors via job:errors:rate5m
                  errors_total -> job:errors:rate5m via errors_total
                evaluation order:
                  g: job:errors:rate5m, TooManyErrors
                retention:
                  errors_total: 10m
                  job:errors:rate5m: 5m

                """)
    }

    @Test func collidingIdentifiersAreNumbered() throws {
        let group = TestPolicies.group(
            "g", [try TestPolicies.record("a:b", "m", line: 2), try TestPolicies.record("a_b", "m", line: 3)])
        let graph = RuleGraphBuilder().build(groups: [group], sourceSeries: ["m"]).graph
        #expect(graph.renderIdentifiers == ["recording_a_b", "recording_a_b_2", "source_m"])
    }
}
