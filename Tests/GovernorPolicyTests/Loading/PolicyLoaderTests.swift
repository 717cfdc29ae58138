import Foundation
import GovernorCore
import GovernorPolicy
import GovernorQuery
import Testing

@Suite struct PolicyLoaderTests {
    static let hour: Int64 = 3_600_000
    static let day: Int64 = 24 * hour

    func load(_ fixture: String) throws -> LoadResult {
        let path = TestPaths.fixtures.appendingPathComponent(fixture).path
        return PolicyLoader().load(paths: [path])
    }

    @Test func slothSpecLoadsUnchanged() throws {
        let result = try load("good/sloth-spec.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let objectives = result.policySet.objectives
        try #require(objectives.count == 2)
        let availability = objectives[0]
        #expect(availability.service == "myservice")
        #expect(availability.name == "requests-availability")
        #expect(availability.dialect == .sloth)
        #expect(abs(availability.target - 0.999) < 1e-12)
        #expect(availability.window == 30 * Self.day)
        #expect(availability.description == "Common SLO based on availability for HTTP request responses.")
        #expect(
            availability.labels == [
                "owner": "myteam", "repo": "myorg/myservice", "tier": "2", "category": "availability",
            ])
        guard case .errorRatio(let errors, let total) = availability.indicator else {
            Issue.record("expected an error-ratio SLI, got \(availability.indicator)")
            return
        }
        #expect(
            errors.template
                == #"sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[{{.window}}]))"#)
        #expect(errors.location.line == 16 && errors.location.column == 22)
        #expect(total.template == #"sum(rate(http_request_duration_seconds_count{job="myservice"}[{{.window}}]))"#)
        let alerting = try #require(availability.alerting)
        #expect(alerting.name == "MyServiceHighErrorRate")
        #expect(alerting.labels == ["category": "availability"])
        #expect(alerting.annotations == ["summary": "High error rate on 'myservice' requests responses"])
        #expect(alerting.pageLabels == ["severity": "pageteam", "routing_key": "myteam"])
        #expect(alerting.ticketLabels == ["severity": "slack", "slack_channel": "#alerts-myteam"])
        #expect(alerting.windows == BurnRateWindow.sreWorkbook30d)

        let raw = objectives[1]
        #expect(abs(raw.target - 0.995) < 1e-12)
        guard case .rawErrorRatio(let query) = raw.indicator else {
            Issue.record("expected a raw SLI, got \(raw.indicator)")
            return
        }
        #expect(
            query.template
                == "sum(rate(http_errors_total[{{.window}}]))\n  / sum(rate(http_requests_total[{{.window}}]))\n")
        #expect(query.location.line == 37 && query.location.column == 11)
        #expect(raw.alerting?.pageEnabled == false)
        #expect(raw.alerting?.ticketEnabled == true)
    }

    @Test func governorDocumentsLoad() throws {
        let result = try load("good/governor-documents.yml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.documents == 5)
        let set = result.policySet

        try #require(set.objectives.count == 2)
        let latency = set.objectives[0]
        #expect(latency.service == "checkout")
        #expect(latency.component == "slo")
        #expect(abs(latency.target - 0.99) < 1e-12)
        #expect(latency.window == 7 * Self.day)
        #expect(latency.noTraffic == .unknown)
        #expect(latency.labels == ["team": "payments"])
        #expect(latency.dialect == .governor)
        #expect(
            latency.indicator
                == .latency(
                    histogram: "http_request_duration_seconds_bucket", selector: #"{job="checkout"}"#, threshold: 0.25))
        #expect(
            latency.alerting?.windows == [
                BurnRateWindow(longWindow: 2 * Self.hour, shortWindow: 600_000, factor: 10, severity: .page),
                BurnRateWindow(longWindow: Self.day, shortWindow: 2 * Self.hour, factor: 2, severity: .ticket),
            ])
        #expect(latency.alerting?.ticketLabels == ["severity": "warning", "channel": "#payments"])
        #expect(latency.alerting?.pageLabels == ["severity": "critical"])

        let success = set.objectives[1]
        #expect(abs(success.target - 0.9995) < 1e-12)
        #expect(success.window == 28 * Self.day)
        #expect(success.alerting == nil)
        #expect(success.noTraffic == .good)
        guard case .goodRatio(let good, _) = success.indicator else {
            Issue.record("expected a good-ratio SLI, got \(success.indicator)")
            return
        }
        #expect(good.expression(window: "1h") == #"sum(rate(payments_total{status="ok"}[1h]))"#)

        let compliance = try #require(set.compliance)
        #expect(compliance.weights.map(\.objective) == ["latency", "success"])
        #expect(compliance.weights.map(\.weight) == [1, 3])
        #expect(compliance.alertBelow == 80)
        #expect(set.breach?.alertAbove == 5)
        #expect(set.health?.components == ["slo", "finance"])
        #expect(set.health?.yellowAbove == 1)
        #expect(set.health?.redAbove == 5)

        try #require(set.groups.count == 1)
        let group = set.groups[0]
        #expect(group.name == "hourly")
        #expect(group.schedule == .cron("0 * * * *"))
        #expect(group.limit == 10)
        let rule = try #require(group.rules.first)
        #expect(rule.kind == .alert("CheckoutDown"))
        #expect(rule.expr.text == #"up{job="checkout"} == 0"#)
        #expect(rule.expr.location == SourceLocation(file: rule.location.file, line: 48, column: 15))
        #expect(rule.forDuration == 120_000)
        #expect(rule.keepFiringFor == 300_000)
        #expect(rule.clear?.text == #"up{job="checkout"} == 1"#)
        #expect(rule.noData == .alert)
        #expect(rule.labels == ["severity": "page"])
        #expect(rule.annotations == ["summary": "{{ $labels.instance }} is down"])

        let forecast = try #require(set.forecasts.first)
        #expect(forecast.name == "daily")
        #expect(forecast.inputs.map(\.text) == ["governor:compliance_index"])
        #expect(forecast.horizon == 7 * Self.day)
        #expect(forecast.schedule == .cron("0 6 * * *"))
        #expect(forecast.settings == ["method": "linear", "lookback": "14d"])
        #expect(forecast.outputs == ["governor:forecast_risk:level", "governor:forecast_compliance:value"])

        #expect(set.sourceSeries == ["up", "payments_total", "http_request_duration_seconds_bucket"])
    }

    @Test func directoriesAreSearchedRecursivelyInSortedOrder() {
        let result = PolicyLoader().load(paths: [TestPaths.fixtures.appendingPathComponent("good").path])
        #expect(result.files == 2)
        #expect(result.documents == 6)
        #expect(result.diagnostics.isEmpty)
        // governor-documents.yml sorts before sloth-spec.yaml.
        #expect(
            result.policySet.objectives.map(\.name) == [
                "latency", "success", "requests-availability", "raw-availability",
            ])
    }

    @Test func missingPathIsAnError() {
        let result = PolicyLoader().load(paths: ["/nonexistent/policies"])
        #expect(result.files == 0)
        #expect(
            result.diagnostics.map(\.description) == ["/nonexistent/policies:1:1: error: no such file or directory"])
    }

    @Test func emptyDocumentsAndCommentsAreAccepted() {
        let result = PolicyLoader().load(text: "# only a comment\n---\n---\n", file: "empty.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.files == 1)
    }

    @Test func problemsInSeveralFilesAreAllReported() throws {
        let directory = TestPaths.fixtures.appendingPathComponent("cross-file")
        let result = PolicyLoader().load(paths: [directory.path])
        let rendered = result.diagnostics.map { diagnostic in
            let relative = diagnostic.location.file.replacingOccurrences(of: directory.path + "/", with: "")
            return "\(relative):\(diagnostic.withoutFile)"
        }
        .joined(separator: "\n")
        .replacingOccurrences(of: TestPaths.fixtures.path, with: "FIXTURES")
        let expected = try TestPaths.text(TestPaths.fixtures.appendingPathComponent("cross-file.expected"))
        #expect(rendered == expected.trimmingCharacters(in: .newlines))
    }

    @Test func anchorsAliasesAndMergeKeysWorkAsInPrometheus() throws {
        let result = try load("aliases.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let rules = try #require(result.policySet.groups.first?.rules)
        #expect(
            rules.map(\.kind) == [
                .alert("HighAlert"), .record("new_metric"), .alert("HighAlert"), .alert("HighAlert2"),
            ])
        #expect(rules.allSatisfy { $0.expr.text == "up == 0" })
        #expect(rules[2].labels == ["severity": "critical"])
        #expect(rules[3].labels == ["severity": "critical"])
    }

    @Test func nonUTF8FilesAreReported() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("governor-binary-\(UUID()).yaml")
        try Data([0x67, 0xFF, 0xFE]).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = PolicyLoader().load(paths: [path.path])
        #expect(result.diagnostics.map(\.message) == ["file is not valid UTF-8 text"])
    }
}
