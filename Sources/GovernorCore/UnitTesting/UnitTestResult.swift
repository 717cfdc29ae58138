/// What running one unit-test file found.
public struct UnitTestFileResult: Hashable, Sendable, Codable {
    public var path: String
    /// Problems that stop the whole file (unreadable YAML, rule files that do not load), promtool-style text.
    public var errors: [String]
    public var groups: [UnitTestGroupResult]

    public init(path: String, errors: [String] = [], groups: [UnitTestGroupResult] = []) {
        self.path = path
        self.errors = errors
        self.groups = groups
    }

    public var passed: Bool { errors.isEmpty && groups.allSatisfy(\.passed) }

    /// Every message in promtool's order: file errors, then each group's failures.
    public var messages: [String] { errors + groups.flatMap { $0.failures.map(\.message) } }
}

/// One test group's outcome.
public struct UnitTestGroupResult: Hashable, Sendable, Codable {
    public var name: String
    public var failures: [UnitTestFailure]
    /// Checks that ran (alert, expression and assertion tests).
    public var checks: Int

    public init(name: String, failures: [UnitTestFailure] = [], checks: Int = 0) {
        self.name = name
        self.failures = failures
        self.checks = checks
    }

    public var passed: Bool { failures.isEmpty }
}

/// One failed check, with what it checked and the message promtool would print for it.
public struct UnitTestFailure: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The input series did not load.
        case setup
        /// A rule failed to evaluate; the group stops there, as in promtool.
        case rule
        case alert
        case expression
        case assertion
        /// A `route_test`, `inhibit_test`, `silence_test` or `muted_test` against the alerting configuration.
        case routing
    }

    public var kind: Kind
    /// The rule name, alert name, expression or assertion title.
    public var subject: String
    /// Milliseconds; nil for setup failures.
    public var time: Int64?
    public var message: String

    public init(kind: Kind, subject: String, time: Int64?, message: String) {
        self.kind = kind
        self.subject = subject
        self.time = time
        self.message = message
    }
}
