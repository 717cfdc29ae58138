public import GovernorQuery

/// Runs unit-test files against compiled rule groups with promtool 2.42's semantics: each test group gets a fresh
/// store; input samples are loaded up to each tick; every rule group runs at every `evaluation_interval` from 0
/// to the group's last check time; alert tests are checked at the tick that covers their time; expression tests
/// and assertions query the store after the last tick.
public struct UnitTestRunner: Sendable {
    /// Prometheus's default `--query.lookback-delta`.
    public var lookbackDelta: Int64

    public init(lookbackDelta: Int64 = 5 * 60_000) {
        self.lookbackDelta = lookbackDelta
    }

    /// Runs every test group of `file`; `ruleGroups` are the groups its rule files compiled to, in file order.
    public func run(_ file: UnitTestFile, ruleGroups: [RuleGroupDefinition]) -> UnitTestFileResult {
        var seen = Set<String>()
        for name in file.groupEvaluationOrder where !seen.insert(name).inserted {
            return UnitTestFileResult(path: file.path, errors: ["group name repeated in evaluation order: \(name)"])
        }
        let ordered = Self.ordered(ruleGroups, by: file.groupEvaluationOrder)
        let engine = QueryEngine(lookbackDelta: lookbackDelta, defaultSubqueryStep: file.evaluationInterval)
        let groups = file.groups.map { group in
            TestGroupRun(
                group: group, ruleGroups: ordered, engine: engine, interval: file.evaluationInterval,
                alertingConfiguration: file.alertingConfiguration
            ).run()
        }
        return UnitTestFileResult(path: file.path, groups: groups)
    }

    /// The groups named in `group_eval_order` first, in that order, then the others in file order.
    static func ordered(_ groups: [RuleGroupDefinition], by order: [String]) -> [RuleGroupDefinition] {
        let rank = Dictionary(
            order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return groups.enumerated().sorted { lhs, rhs in
            let left = rank[lhs.element.name] ?? order.count
            let right = rank[rhs.element.name] ?? order.count
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
    }
}
