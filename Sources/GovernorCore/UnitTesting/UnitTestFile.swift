public import GovernorQuery

/// A unit-test file, read and validated: promtool's format (`cmd/promtool/unittest.go` in Prometheus 2.42),
/// plus Governor's assertions on SLO and governance series. Times are milliseconds from the Unix epoch.
public struct UnitTestFile: Hashable, Sendable {
    /// The path as the user gave it; reports print it after `Unit Testing: `.
    public var path: String
    /// How often every rule group runs (`evaluation_interval`, 1m by default).
    public var evaluationInterval: Int64
    /// Group names that run first, in this order (`group_eval_order`); the rest keep file order.
    public var groupEvaluationOrder: [String]
    public var groups: [UnitTestGroup]
    /// What `alerting_config` loads to; the routing tests of every group run against it.
    public var alertingConfiguration: AlertingConfiguration?

    public init(
        path: String, evaluationInterval: Int64 = 60_000, groupEvaluationOrder: [String] = [],
        groups: [UnitTestGroup] = [], alertingConfiguration: AlertingConfiguration? = nil
    ) {
        self.path = path
        self.evaluationInterval = evaluationInterval
        self.groupEvaluationOrder = groupEvaluationOrder
        self.groups = groups
        self.alertingConfiguration = alertingConfiguration
    }
}

/// One entry of `tests:`: input series and the checks that run against them and the rules.
public struct UnitTestGroup: Hashable, Sendable {
    /// `name`, empty when the file gives none (promtool then names nothing in its messages).
    public var name: String
    /// Milliseconds between consecutive input values (`interval`). Zero puts every value at time 0, as promtool
    /// does, and only the first of them counts.
    public var interval: Int64
    public var inputSeries: [UnitTestSeries]
    public var alertTests: [AlertRuleTest]
    public var expressionTests: [ExpressionTest]
    public var assertions: [ValueAssertion]
    public var routingTests: RoutingTests
    public var externalLabels: [String: String]
    public var externalURL: String
    /// Why the group cannot run (its input series do not parse); promtool reports this and skips the group.
    public var setupError: String?

    public init(
        name: String = "", interval: Int64 = 0, inputSeries: [UnitTestSeries] = [], alertTests: [AlertRuleTest] = [],
        expressionTests: [ExpressionTest] = [], assertions: [ValueAssertion] = [],
        routingTests: RoutingTests = RoutingTests(), externalLabels: [String: String] = [:], externalURL: String = "",
        setupError: String? = nil
    ) {
        self.name = name
        self.interval = interval
        self.inputSeries = inputSeries
        self.alertTests = alertTests
        self.expressionTests = expressionTests
        self.assertions = assertions
        self.routingTests = routingTests
        self.externalLabels = externalLabels
        self.externalURL = externalURL
        self.setupError = setupError
    }

    /// The latest time any check looks at; rules run from 0 up to it.
    public var lastEvaluationTime: Int64 {
        let times = alertTests.map(\.evalTime) + expressionTests.map(\.evalTime) + assertions.map(\.evalTime)
        return times.max() ?? 0
    }
}

/// One input series with its values already expanded, one per `interval` step from time 0.
public struct UnitTestSeries: Hashable, Sendable {
    public var labels: Labels
    /// nil is a step without a sample (`_`); `StaleMarker.value` is `stale`.
    public var values: [Double?]

    public init(labels: Labels, values: [Double?]) {
        self.labels = labels
        self.values = values
    }
}
