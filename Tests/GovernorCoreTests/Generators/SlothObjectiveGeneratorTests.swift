import GovernorCore
import GovernorQuery
import Testing

@testable import GovernorCore

/// Expected texts are copied from Sloth's `test/integration/prometheus/testdata/out-base.yaml.tpl` and its
/// v0.11 alert template (`max(...) without (sloth_window)`).
@Suite struct SlothObjectiveGeneratorTests {
    let generated = SlothObjectiveGenerator.generate(TestPolicies.slothBase())

    private func rule(_ group: Int, _ name: String, window: String? = nil) -> RuleDefinition? {
        generated.groups[group].rules.first { rule in
            rule.kind.name == name && (window == nil || rule.labels["sloth_window"] == window)
        }
    }

    @Test func groupsAreNamedAsSlothNamesThem() {
        #expect(generated.diagnostics.isEmpty)
        #expect(
            generated.groups.map(\.name) == [
                "sloth-slo-sli-recordings-svc01-slo1", "sloth-slo-meta-recordings-svc01-slo1",
                "sloth-slo-alerts-svc01-slo1",
            ])
    }

    @Test func sliRecordingsCoverEveryWindowInSlothsOrder() {
        let windows = generated.groups[0].rules.map { $0.labels["sloth_window"] ?? "" }
        #expect(windows == ["5m", "30m", "1h", "2h", "6h", "1d", "3d", "30d"])
        #expect(generated.groups[0].rules.allSatisfy { $0.kind.name.hasPrefix("slo:sli_error:ratio_rate") })
    }

    @Test func fiveMinuteRuleMatchesSloth() {
        let rule = rule(0, "slo:sli_error:ratio_rate5m")
        #expect(
            rule?.expr.text == """
                (sum(rate(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[5m])))
                /
                (sum(rate(http_request_duration_seconds_count{job="myservice"}[5m])))

                """)
        #expect(
            rule?.labels == [
                "global01k1": "global01v1", "global02k1": "global02v1", "sloth_id": "svc01-slo1",
                "sloth_service": "svc01", "sloth_slo": "slo1", "sloth_window": "5m",
            ])
    }

    @Test func periodRuleAveragesTheFiveMinuteSeries() {
        let rule = rule(0, "slo:sli_error:ratio_rate30d")
        #expect(
            rule?.expr.text == """
                sum_over_time(slo:sli_error:ratio_rate5m{sloth_id="svc01-slo1", sloth_service="svc01", sloth_slo="slo1"}[30d])
                / ignoring (sloth_window)
                count_over_time(slo:sli_error:ratio_rate5m{sloth_id="svc01-slo1", sloth_service="svc01", sloth_slo="slo1"}[30d])

                """)
        #expect(rule?.labels == ["sloth_window": "30d"])
    }

    @Test func metadataMatchesSloth() {
        #expect(rule(1, "slo:objective:ratio")?.expr.text == "vector(0.9990000000000001)")
        #expect(rule(1, "slo:error_budget:ratio")?.expr.text == "vector(1-0.9990000000000001)")
        #expect(rule(1, "slo:time_period:days")?.expr.text == "vector(30)")
        #expect(
            rule(1, "slo:current_burn_rate:ratio")?.expr.text == """
                slo:sli_error:ratio_rate5m{sloth_id="svc01-slo1", sloth_service="svc01", sloth_slo="slo1"}
                / on(sloth_id, sloth_slo, sloth_service) group_left
                slo:error_budget:ratio{sloth_id="svc01-slo1", sloth_service="svc01", sloth_slo="slo1"}

                """)
        #expect(
            rule(1, "slo:period_error_budget_remaining:ratio")?.expr.text
                == #"1 - slo:period_burn_rate:ratio{sloth_id="svc01-slo1", sloth_service="svc01", sloth_slo="slo1"}"#)
        let info = rule(1, "sloth_slo_info")
        #expect(info?.labels["sloth_objective"] == "99.9")
        #expect(info?.labels["sloth_spec"] == "prometheus/v1")
        #expect(
            generated.groups[1].rules.map(\.kind.name) == [
                "slo:objective:ratio", "slo:error_budget:ratio", "slo:time_period:days", "slo:current_burn_rate:ratio",
                "slo:period_burn_rate:ratio", "slo:period_error_budget_remaining:ratio", "sloth_slo_info",
            ])
    }

    @Test func pageAlertUsesTheQuickAndSlowPageWindows() {
        let alerts = generated.groups[2].rules
        #expect(alerts.count == 2)
        let filter = #"{sloth_id="svc01-slo1", sloth_service="svc01", sloth_slo="slo1"}"#
        #expect(
            alerts[0].expr.text == """
                (
                    max(slo:sli_error:ratio_rate5m\(filter) > (14.4 * 0.0009999999999999432)) without (sloth_window)
                    and
                    max(slo:sli_error:ratio_rate1h\(filter) > (14.4 * 0.0009999999999999432)) without (sloth_window)
                )
                or
                (
                    max(slo:sli_error:ratio_rate30m\(filter) > (6 * 0.0009999999999999432)) without (sloth_window)
                    and
                    max(slo:sli_error:ratio_rate6h\(filter) > (6 * 0.0009999999999999432)) without (sloth_window)
                )

                """)
        #expect(alerts[0].labels == ["alert01k1": "alert01v1", "alert03k1": "alert03v1", "sloth_severity": "page"])
        #expect(alerts[1].labels == ["alert01k1": "alert01v1", "alert04k1": "alert04v1", "sloth_severity": "ticket"])
        #expect(alerts[1].expr.text.contains("max(slo:sli_error:ratio_rate2h\(filter) > (3 * 0.0009999999999999432))"))
        #expect(alerts[1].expr.text.contains("max(slo:sli_error:ratio_rate3d\(filter) > (1 * 0.0009999999999999432))"))
        #expect(alerts[0].annotations["alert02k1"] == "alert02k2")
        #expect(
            alerts[0].annotations["title"]
                == "(page) {{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is too fast.")
    }

    @Test func everyGeneratedRuleIsMarkedWithItsObjective() {
        #expect(generated.groups.flatMap(\.rules).allSatisfy { $0.origin == .slo(objective: "slo1") })
    }

    @Test func rawSLIIsWrappedInParentheses() {
        var objective = TestPolicies.slothBase()
        objective.indicator = .rawErrorRatio(
            WindowedQuery(
                template: "sum(rate(errors[{{.window}}])) / sum(rate(total[{{.window}}]))", location: TestPolicies.at(9)
            ))
        let rules = SlothObjectiveGenerator.generate(objective).groups[0].rules
        #expect(rules[1].expr.text == "(sum(rate(errors[30m])) / sum(rate(total[30m])))")
    }

    @Test func windowsSlothCannotExpressAreReported() {
        var objective = TestPolicies.slothBase()
        objective.alerting?.windows = Array(BurnRateWindow.sreWorkbook30d.prefix(3))
        let result = SlothObjectiveGenerator.generate(objective)
        #expect(result.groups.isEmpty)
        #expect(
            result.diagnostics.map(\.description) == [
                "test.yaml:5:3: error: Sloth objective 'slo1' needs exactly two page and two ticket burn-rate windows\n"
                    + "  hint: remove the custom windows to use Sloth's 30-day defaults"
            ])
    }

    @Test func generatedTextThatDoesNotParseIsADiagnosticNotACrash() {
        var objective = TestPolicies.slothBase()
        objective.indicator = .rawErrorRatio(
            WindowedQuery(template: "sum(rate(x[{{.window}}])", location: TestPolicies.at(9)))
        let result = SlothObjectiveGenerator.generate(objective)
        // The seven windows built from the raw query fail; the period rule reads the 5m series and parses.
        #expect(result.diagnostics.count == 7)
        #expect(result.diagnostics.allSatisfy { $0.location == TestPolicies.at(5) && $0.severity == .error })
        #expect(
            result.diagnostics.first?.message.hasPrefix("internal error: generated rule 'slo:sli_error:ratio_rate5m'")
                == true)
    }
}
