import GovernorCore
import Testing

@testable import GovernorCore

@Suite struct GovernorObjectiveGeneratorTests {
    private func rules(_ objective: ServiceLevelObjective) -> [RuleDefinition] {
        let generated = GovernorObjectiveGenerator.generate(objective)
        #expect(generated.diagnostics.isEmpty)
        return generated.groups.flatMap(\.rules)
    }

    @Test func errorRatioSeriesExistForEveryAlertWindowAndThePeriod() {
        let windows = rules(TestPolicies.availability())
            .filter { $0.kind.name.hasPrefix("slo:sli_error:ratio_rate") }.map { $0.labels["window"] ?? "" }
        #expect(windows == ["5m", "30m", "1h", "2h", "6h", "1d", "3d", "30d"])
    }

    @Test func customWindowsDecideWhichSeriesExist() {
        var objective = TestPolicies.availability()
        objective.alerting?.windows = [
            BurnRateWindow(longWindow: 7_200_000, shortWindow: 600_000, factor: 10, severity: .page)
        ]
        let windows = rules(objective).filter { $0.kind.name.hasPrefix("slo:sli_error:ratio_rate") }.map {
            $0.labels["window"] ?? ""
        }
        #expect(windows == ["5m", "10m", "2h", "30d"])
        #expect(rules(objective).filter { $0.kind.name == "AvailabilityBurnRate" }.count == 1)
    }

    @Test func goodTrafficRuleTurnsNoTrafficIntoZeroErrors() {
        let fiveMinutes = rules(TestPolicies.availability(noTraffic: .good)).first {
            $0.kind.name == "slo:sli_error:ratio_rate5m"
        }
        #expect(
            fiveMinutes?.expr.text
                == #"((sum(rate(http_requests_total{code=~"5.."}[5m]))) / ((sum(rate(http_requests_total[5m]))) > 0)) or on() (0 * (sum(rate(http_requests_total[5m]))))"#
        )
        #expect(
            fiveMinutes?.labels == ["service": "api", "objective": "availability", "component": "slo", "window": "5m"])
    }

    @Test func holdLastFallsBackToTheFiveMinuteSeriesNotItself() {
        let rules = rules(TestPolicies.availability(noTraffic: .holdLast))
        let hour = rules.first { $0.kind.name == "slo:sli_error:ratio_rate1h" }
        #expect(
            hour?.expr.text.hasSuffix(
                #" or on() last_over_time(slo:sli_error:ratio_rate5m{objective="availability", service="api"}[30d])"#)
                == true)
        let base = rules.first { $0.kind.name == "slo:sli_error:ratio_rate5m" }
        #expect(base?.expr.text.contains("last_over_time") == false)
    }

    @Test func latencyCountsRequestsAboveTheThresholdBucketAsBad() {
        let objective = ServiceLevelObjective(
            service: "api", name: "p95_latency", target: 0.99,
            indicator: .latency(
                histogram: "http_request_duration_seconds_bucket", selector: #"{job="api"}"#, threshold: 0.5),
            noTraffic: .unknown, location: TestPolicies.at(30))
        let text = rules(objective).first { $0.kind.name == "slo:sli_error:ratio_rate5m" }?.expr.text
        let total = #"sum(rate(http_request_duration_seconds_bucket{job="api",le="+Inf"}[5m]))"#
        let good = #"sum(rate(http_request_duration_seconds_bucket{job="api",le="0.5"}[5m]))"#
        #expect(text == "((\(total) - \(good)) or on() (0 * \(total))) / (\(total) > 0)")
    }

    @Test func pageAlertCombinesWindowsWithOrAndEachPairWithAnd() {
        let page = rules(TestPolicies.availability()).first { $0.kind.name == "AvailabilityBurnRate" }
        let filter = #"{objective="availability", service="api"}"#
        #expect(
            page?.expr.text == """
                (
                    max(slo:sli_error:ratio_rate1h\(filter) > (14.4 * 0.0010000000000000009)) without (window)
                    and
                    max(slo:sli_error:ratio_rate5m\(filter) > (14.4 * 0.0010000000000000009)) without (window)
                )
                or
                (
                    max(slo:sli_error:ratio_rate6h\(filter) > (6 * 0.0010000000000000009)) without (window)
                    and
                    max(slo:sli_error:ratio_rate30m\(filter) > (6 * 0.0010000000000000009)) without (window)
                )
                """)
        #expect(page?.labels == ["severity": "critical", "slo_severity": "page"])
    }
}
