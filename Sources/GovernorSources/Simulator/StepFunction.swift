/// A value that changes in steps over a scenario's elapsed time: `level` from the start, then each change's value
/// from its `at` second on. Rates are step functions, so a counter's expected value (the integral) has a closed form
/// and any instant can be computed without walking the history before it.
struct StepFunction: Sendable, Hashable {
    struct Change: Sendable, Hashable {
        /// Seconds after the scenario's start.
        var at: Double
        var value: Double
    }

    var level: Double
    /// Sorted by `at`.
    private(set) var changes: [Change]

    init(_ level: Double, changes: [Change] = []) {
        self.level = level
        self.changes = changes.sorted { $0.at < $1.at }
    }

    /// A constant.
    static func constant(_ value: Double) -> StepFunction { StepFunction(value) }

    /// `before` until `at`, then `after`.
    static func step(from before: Double, to after: Double, at seconds: Double) -> StepFunction {
        StepFunction(before, changes: [Change(at: seconds, value: after)])
    }

    /// `base` except between `from` and `until`, where it is `during`.
    static func window(_ base: Double, _ during: Double, from: Double, until: Double) -> StepFunction {
        StepFunction(base, changes: [Change(at: from, value: during), Change(at: until, value: base)])
    }

    /// The value at `seconds` after the start.
    func value(at seconds: Double) -> Double {
        changes.last { $0.at <= seconds }?.value ?? level
    }

    /// The integral from 0 to `seconds`: how many events a rate of this many per second produced by then.
    func integral(to seconds: Double) -> Double {
        guard seconds > 0 else { return 0 }
        var total = 0.0
        var from = 0.0
        var current = value(at: 0)
        for change in changes where change.at > 0 {
            if change.at >= seconds { break }
            total += current * (change.at - from)
            from = change.at
            current = change.value
        }
        return total + current * (seconds - from)
    }

    /// The smallest value it ever takes.
    var minimum: Double { changes.map(\.value).reduce(level, min) }

    /// `transform` applied to every value (a share of a rate, one minus a ratio).
    func map(_ transform: (Double) -> Double) -> StepFunction {
        StepFunction(transform(level), changes: changes.map { Change(at: $0.at, value: transform($0.value)) })
    }

    /// Two step functions combined pointwise: their product, their sum.
    func combined(with other: StepFunction, _ combine: (Double, Double) -> Double) -> StepFunction {
        let instants = Set(changes.map(\.at) + other.changes.map(\.at)).sorted()
        return StepFunction(
            combine(level, other.level),
            changes: instants.map { Change(at: $0, value: combine(value(at: $0), other.value(at: $0))) })
    }

    static func * (lhs: StepFunction, rhs: StepFunction) -> StepFunction { lhs.combined(with: rhs, *) }
    static func + (lhs: StepFunction, rhs: StepFunction) -> StepFunction { lhs.combined(with: rhs, +) }
    static func * (lhs: StepFunction, rhs: Double) -> StepFunction { lhs.map { $0 * rhs } }
}
