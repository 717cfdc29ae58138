import GovernorCore
import GovernorQuery
import Testing

@Suite struct RuleGraphBuilderTests {
    typealias T = TestPolicies

    @Test func ordersRulesAfterTheSameGroupRulesTheyRead() throws {
        // `c` reads `b` which is written below it; `a` is independent and keeps its place.
        let group = T.group(
            "g",
            [
                try T.record("c", "b * 2", line: 2), try T.record("a", "source_metric", line: 3),
                try T.record("b", "a + 1", line: 4),
            ])
        let (graph, _) = RuleGraphBuilder().build(groups: [group], sourceSeries: ["source_metric"])
        let order = graph.evaluationOrder[0].nodes.map { graph.nodes[$0].name }
        #expect(order == ["a", "b", "c"])
    }

    @Test func keepsFileOrderWithoutDependencies() throws {
        let group = T.group("g", [try T.record("z", "m1", line: 2), try T.record("y", "m2", line: 3)])
        let (graph, _) = RuleGraphBuilder().build(groups: [group], sourceSeries: ["m1", "m2"])
        #expect(graph.evaluationOrder[0].nodes.map { graph.nodes[$0].name } == ["z", "y"])
    }

    @Test func reportsTheWholeCyclePath() throws {
        let group = T.group(
            "g",
            [
                try T.record("a", "c + 1", line: 2), try T.record("b", "a", line: 3),
                try T.record("c", "rate(b[5m])", line: 4),
            ])
        let (_, diagnostics) = RuleGraphBuilder().build(groups: [group])
        #expect(
            diagnostics.map(\.description) == [
                "test.yaml:2:3: error: cycle: a -> b -> c -> a\n"
                    + "  hint: a rule cannot depend, directly or through other rules, on its own output"
            ])
    }

    @Test func reportsASelfReference() throws {
        let (_, diagnostics) = RuleGraphBuilder().build(groups: [
            T.group("g", [try T.record("a", "a offset 1m", line: 7)])
        ])
        #expect(diagnostics.map(\.message) == ["cycle: a -> a"])
    }

    @Test func warnsAboutUndefinedSeriesButNotKnownSources() throws {
        let group = T.group("g", [try T.record("r", "known_metric + typo_metric", line: 4)])
        let (graph, diagnostics) = RuleGraphBuilder().build(groups: [group], sourceSeries: ["known_metric"])
        #expect(
            diagnostics.map(\.description) == [
                "test.yaml:4:3: warning: series 'typo_metric' is read by 'r' but no rule, forecast or known source "
                    + "produces it\n  hint: check the name for typos, or declare it as a source series"
            ])
        #expect(graph.nodes.filter { $0.kind == .source }.map(\.name) == ["known_metric", "typo_metric"])
    }

    @Test func retentionIsTheLargestRangePlusLookbackPlusOffset() throws {
        let group = T.group(
            "g",
            [
                try T.record("a", "rate(http_requests_total[5m] offset 1h)", line: 2),
                try T.record("b", "http_requests_total", line: 3),
                // Subquery: 30m range + 10m subquery offset + inner 1m range + inner 2m offset + lookback.
                try T.record("c", "max_over_time(rate(errors_total[1m] offset 2m)[30m:1m] offset 10m)", line: 4),
            ])
        let (graph, _) = RuleGraphBuilder(lookbackDelta: 5 * 60_000).build(groups: [group])
        let minute: Int64 = 60_000
        #expect(graph.retention["http_requests_total"] == 70 * minute)
        #expect(graph.retention["errors_total"] == 48 * minute)
    }

    @Test func selectorsWithoutANameReadEveryMatchingWriter() throws {
        let group = T.group(
            "g",
            [
                try T.record("job:up:sum", "sum(up)", line: 2), try T.record("job:down:sum", "sum(up == 0)", line: 3),
                try T.record("other", #"{__name__=~"job:.*"}"#, line: 4),
            ])
        let (graph, _) = RuleGraphBuilder().build(groups: [group], sourceSeries: ["up"])
        let readers = graph.dependencies(of: 2).map { graph.nodes[$0].name }
        #expect(readers == ["job:up:sum", "job:down:sum"])
    }

    @Test func staticLabelsThatCannotMatchCutTheEdge() throws {
        let group = T.group(
            "g",
            [
                try T.record("ratio", "m", line: 2, labels: ["objective": "a"]),
                try T.record("ratio", "m", line: 3, labels: ["objective": "b"]),
                try T.record("reads_a", #"ratio{objective="a"}"#, line: 4),
            ])
        let (graph, _) = RuleGraphBuilder().build(groups: [group], sourceSeries: ["m"])
        #expect(graph.dependencies(of: 2) == [0])
    }

    @Test func alertsWriteALERTSForTheirName() throws {
        let group = T.group(
            "g",
            [
                try T.alert("High", "m > 1", line: 2), try T.alert("Low", "m < 1", line: 3),
                try T.record("high_firing", #"count(ALERTS{alertname="High"})"#, line: 4),
            ])
        let (graph, _) = RuleGraphBuilder().build(groups: [group], sourceSeries: ["m"])
        #expect(graph.dependencies(of: 2) == [0])
    }

    @Test func identicalSubexpressionsAreSharedWhateverTheirPosition() throws {
        let group = T.group(
            "g",
            [
                try T.record("a", "sum(rate(x[5m])) / 2", line: 2),
                try T.record("b", "  sum( rate(x[5m]) ) * 3", line: 3),
                try T.record("c", "sum(rate(x[1m]))", line: 4),
            ])
        let (graph, _) = RuleGraphBuilder().build(groups: [group], sourceSeries: ["x"])
        #expect(
            graph.sharedSubexpressions == [
                RuleGraph.SharedSubexpression(expression: "sum(rate(x[5m]))", users: [0, 1], occurrences: 2)
            ])
    }

    @Test func forecastsReadInputsAndWriteOutputs() throws {
        let forecast = ForecastDeclaration(
            name: "risk", inputs: [try T.expression("governor:compliance_index", line: 30)], horizon: 3_600_000,
            schedule: .interval(3_600_000), settings: [:], outputs: ["governor:forecast_risk:level"], location: T.at(29)
        )
        let groups = [
            T.group("g", [try T.record("governor:compliance_index", "m", line: 2)]),
            T.group("h", [try T.alert("Risky", "governor:forecast_risk:level > 2", line: 5)]),
        ]
        let (graph, diagnostics) = RuleGraphBuilder().build(groups: groups, forecasts: [forecast], sourceSeries: ["m"])
        #expect(diagnostics.isEmpty)
        #expect(graph.nodes[2].kind == .forecast)
        #expect(graph.dependencies(of: 2) == [0])
        #expect(graph.dependents(of: 2) == [1])
    }

    /// The forecaster fits trends over its lookback and reads seasons back: the graph keeps that much history.
    @Test func aForecastKeepsItsLookbackOrSeasonOfHistory() throws {
        let hour: Int64 = 3_600_000
        let disk = ForecastComponent(
            name: "disk", signal: .trend(try T.expression("free_bytes", line: 3), limit: .below(0)), location: T.at(3))
        let traffic = ForecastComponent(
            name: "traffic",
            signal: .seasonal(try T.expression("rate(requests[5m])", line: 4), limit: .above(100), season: 24 * hour),
            location: T.at(4))
        let forecast = ForecastDeclaration(
            name: "risk", inputs: [], horizon: hour, schedule: .interval(hour), settings: [:],
            outputs: ["governor:forecast_risk:level"], components: [disk, traffic], lookback: 6 * hour,
            location: T.at(1))
        let (graph, _) = RuleGraphBuilder(lookbackDelta: 5 * 60_000).build(groups: [], forecasts: [forecast])
        #expect(graph.retention["free_bytes"] == 24 * hour + 5 * 60_000)
        #expect(graph.retention["requests"] == 24 * hour + 10 * 60_000, "its 5m range and the lookback, a day back")
    }
}

@Suite struct RuleGraphBuilderDefinedSeriesTests {
    @Test func aWrittenNameIsDefinedEvenWhenNoWriterHasTheSelectedLabels() throws {
        let group = TestPolicies.group(
            "g",
            [
                try TestPolicies.record("severity", "m", line: 2, labels: ["component": "slo"]),
                try TestPolicies.record("finance_health", #"max(severity{component="finance"}) or vector(0)"#, line: 3),
            ])
        let (graph, diagnostics) = RuleGraphBuilder().build(groups: [group], sourceSeries: ["m"])
        #expect(diagnostics.isEmpty)
        #expect(graph.dependencies(of: 1).isEmpty)
    }
}
