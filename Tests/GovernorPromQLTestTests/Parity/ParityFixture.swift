import Foundation
import GovernorPromQLTest
import GovernorQuery
import GovernorSeriesText

/// A parity fixture: one `load` block and `eval instant` lines without expected results, because the expected
/// results come from promtool, run live. The same text is read as a promqltest script for Governor.
struct ParityFixture {
    struct Case {
        var expression: String
        /// The time as written (`1m`), which is also how promtool prints it back.
        var timeText: String
    }

    var text: String
    var step: String
    /// Each series line split into its label set and its values notation.
    var series: [(labels: String, values: String)]
    var cases: [Case]

    init(text: String) {
        self.text = text
        var step = "1m"
        var series: [(String, String)] = []
        var cases: [Case] = []
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") || trimmed.isEmpty { continue }
            if trimmed.hasPrefix("load ") {
                step = String(trimmed.dropFirst("load ".count))
            } else if trimmed.hasPrefix("eval instant at ") {
                let rest = trimmed.dropFirst("eval instant at ".count)
                let time = rest.prefix { $0 != " " }
                cases.append(Case(expression: String(rest.dropFirst(time.count + 1)), timeText: String(time)))
            } else if let close = trimmed.lastIndex(of: "}") {
                let labels = trimmed[...close]
                series.append(
                    (String(labels), trimmed[trimmed.index(after: close)...].trimmingCharacters(in: .whitespaces)))
            }
        }
        self.step = step
        self.series = series
        self.cases = cases
    }

    /// The fixture as a promtool unit test file whose every case expects nothing.
    ///
    /// promtool's `load` creates series in Go map order, which changes from run to run, and the order series are
    /// created in is the order a selector returns them in, which decides ties (`topk`). So the series are loaded
    /// under `parity_source_<name>`, and a recording rule per metric recreates them in the fixture's order: an `or`
    /// chain returns its operands in order, and a rule's output is appended in that order. Every series must have
    /// a value at every step, so the recorded copy equals the loaded one.
    func promtoolTestFile(ruleFile: String) -> String {
        var yaml = "rule_files: [\(ruleFile)]\nevaluation_interval: \(step)\ntests:\n"
        yaml += "  - interval: \(step)\n    input_series:\n"
        for (labels, values) in series {
            yaml += "      - series: \(singleQuoted(Self.sourcePrefix + labels))\n"
            yaml += "        values: \(singleQuoted(values))\n"
        }
        yaml += "    promql_expr_test:\n"
        for evalCase in cases {
            yaml += "      - expr: \(singleQuoted(evalCase.expression))\n"
            yaml += "        eval_time: \(evalCase.timeText)\n        exp_samples: []\n"
        }
        return yaml
    }

    static let sourcePrefix = "parity_source_"

    /// One recording rule per metric name: `name` recorded from its loaded series, in fixture order.
    func promtoolRuleFile() throws -> String {
        let script = try TestScriptReader.read(text)
        var order: [String] = []
        var seriesByName: [String: [Labels]] = [:]
        for case .load(let load) in script.commands {
            for description in load.series {
                let name = description.labels.metricName ?? ""
                if seriesByName[name] == nil { order.append(name) }
                seriesByName[name, default: []].append(description.labels)
            }
        }
        var yaml = "groups:\n  - name: parity\n    rules:\n"
        for name in order {
            let members = seriesByName[name] ?? []
            let labelNames = Set(members.flatMap { $0.pairs.map(\.name) }).subtracting([Labels.metricName])
            let selectors = members.map { labels in
                // Names the series lacks but its siblings carry must be empty, so each selector finds one series.
                let absent = labelNames.subtracting(labels.pairs.map(\.name)).sorted().map { "\($0)=\"\"" }
                let present = labels.pairs.filter { $0.name != Labels.metricName }.map {
                    "\($0.name)=\(quotedLabelValue($0.value))"
                }
                return "\(Self.sourcePrefix)\(name){\((present + absent).joined(separator: ", "))}"
            }
            yaml += "      - record: \(name)\n        expr: \(singleQuoted(selectors.joined(separator: " or ")))\n"
        }
        return yaml
    }

    /// Governor's answer to every case, shaped like the oracle's.
    func governorAnswers(query: ScriptRunner.Query) throws -> [PromtoolOracle.Answer] {
        let script = try TestScriptReader.read(text)
        var answers: [PromtoolOracle.Answer] = []
        ScriptReplay.run(script) { evalCase, storage in
            answers.append(
                Self.answer { () throws(QueryError) in try query(evalCase.expression, evalCase.time, storage) })
        }
        return answers
    }

    /// Governor's answer to every case through the incremental `QueryPlan` the rule evaluator uses: one plan per
    /// expression for the whole script, as a rule keeps its plan from tick to tick, so an expression evaluated at
    /// several times runs on the plan's carried state.
    func governorPlanAnswers(engine: QueryEngine) throws -> [PromtoolOracle.Answer] {
        let script = try TestScriptReader.read(text)
        var plans: [String: QueryPlan] = [:]
        var answers: [PromtoolOracle.Answer] = []
        ScriptReplay.run(script) { evalCase, storage in
            answers.append(
                Self.answer { () throws(QueryError) in
                    let expr: Expr
                    do throws(ParseError) {
                        expr = try Parser.parse(evalCase.expression)
                    } catch {
                        throw .parse(error)
                    }
                    var plan = plans[evalCase.expression] ?? QueryPlan(expr, engine: engine)
                    defer { plans[evalCase.expression] = plan }
                    do throws(EvaluationError) {
                        return try plan.evaluate(at: evalCase.time, storage: storage)
                    } catch {
                        throw .evaluation(error)
                    }
                })
        }
        return answers
    }

    private static func answer(_ query: () throws(QueryError) -> Value) -> PromtoolOracle.Answer {
        do {
            switch try query() {
            case .vector(let vector):
                return .samples(
                    vector.sorted { $0.labels < $1.labels }.map {
                        PromtoolOracle.Sample(labels: goLabels($0.labels), value: $0.value)
                    })
            case .scalar(let value, _):
                return .samples([PromtoolOracle.Sample(labels: "{}", value: value)])
            default:
                return .error("not an instant vector or scalar")
            }
        } catch {
            return .error(error.description)
        }
    }

    /// Prometheus's `labels.String()`: every pair, the metric name included, in `{a="b", c="d"}`.
    private static func goLabels(_ labels: Labels) -> String { labels.goDescription }

    private func singleQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
