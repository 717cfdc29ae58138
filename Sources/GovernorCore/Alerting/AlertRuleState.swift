public import GovernorQuery

/// One alert the rule's expression produced this tick, with the rule's labels and annotations already applied.
public struct AlertCandidate: Hashable, Sendable {
    public var labels: Labels
    public var annotations: [String: String]
    public var value: Double

    public init(labels: Labels, annotations: [String: String], value: Double) {
        self.labels = labels
        self.annotations = annotations
        self.value = value
    }
}

/// What one evaluation of the rule found.
public struct AlertEvaluationInput: Sendable {
    public var candidates: [AlertCandidate]
    /// The label sets for which the rule's `clear` condition holds (only read with a clear condition).
    public var cleared: Set<Labels>
    /// True when the rule's inputs vanished and its no-data policy says to keep the current state.
    public var freeze: Bool

    public init(candidates: [AlertCandidate], cleared: Set<Labels> = [], freeze: Bool = false) {
        self.candidates = candidates
        self.cleared = cleared
        self.freeze = freeze
    }
}

public enum AlertRuleError: Error, Hashable, Sendable, CustomStringConvertible {
    case duplicateLabelSet(Labels)
    case limitExceeded(limit: Int, count: Int)

    public var description: String {
        switch self {
        case .duplicateLabelSet:
            "vector contains metrics with the same labelset after applying alert labels"
        case .limitExceeded(let limit, let count):
            "exceeded limit of \(limit) with \(count) alerts"
        }
    }
}

/// The alert instances of one rule and how they move between states, with Prometheus 2.42's timing.
/// A value type with no I/O: `evaluate` returns what changed, and the caller acts on it.
public struct AlertRuleState: Hashable, Sendable {
    public let configuration: AlertRuleConfiguration
    public private(set) var alerts: [Labels: AlertInstance] = [:]
    /// The labels `seriesSamples` adds to an alert's: `ALERTS` while pending and firing, and `ALERTS_FOR_STATE`.
    private let pendingSeries: [Label]
    private let firingSeries: [Label]
    private let forStateSeries: [Label]
    /// No alert needs sending before this time (see `sendingTime(of:)`), kept after every change to the alerts, so
    /// `alertsToSend` passes over a rule with nothing due without reading its alerts.
    private var firstSending: Timestamp = .max
    /// Counts (wrapping) the evaluations that changed what a restart restores: an alert's state, its `activeAt`,
    /// `firedAt` or `resolvedAt`, an alert added or dropped, a `keep_firing_for` timer started or stopped. A value,
    /// annotations or a send (`alertsToSend`) leave it alone: a restart takes values and annotations from the next
    /// evaluation, and counts no alert as sent.
    public private(set) var durableRevision: UInt32 = 0

    public init(configuration: AlertRuleConfiguration, alerts: [AlertInstance] = []) {
        self.configuration = configuration
        let name = configuration.alertName
        pendingSeries = Labels.sortedOverrides([
            (Labels.metricName, "ALERTS"), ("alertname", name), ("alertstate", AlertState.pending.rawValue),
        ])
        firingSeries = Labels.sortedOverrides([
            (Labels.metricName, "ALERTS"), ("alertname", name), ("alertstate", AlertState.firing.rawValue),
        ])
        forStateSeries = Labels.sortedOverrides([(Labels.metricName, "ALERTS_FOR_STATE"), ("alertname", name)])
        self.alerts = Dictionary(alerts.map { ($0.labels, $0) }, uniquingKeysWith: { first, _ in first })
        scheduleSending()
    }

    /// Applies one evaluation's results at `time` and returns the state changes it caused.
    public mutating func evaluate(_ input: AlertEvaluationInput, at time: Timestamp) throws(AlertRuleError)
        -> [AlertTransition]
    {
        if input.freeze { return [] }
        if updateSteadyAlert(input.candidates) { return [] }
        // One candidate (the common case) needs no set to be unique or to be looked up in.
        var seen = Set<Labels>()
        if input.candidates.count > 1 {
            for candidate in input.candidates where !seen.insert(candidate.labels).inserted {
                throw .duplicateLabelSet(candidate.labels)
            }
        }
        let single = input.candidates.count == 1 ? input.candidates[0].labels : nil
        func isCandidate(_ labels: Labels) -> Bool { single.map { $0 == labels } ?? seen.contains(labels) }
        if configuration.limit > 0 && input.candidates.count > configuration.limit {
            if !alerts.isEmpty { durableRevision &+= 1 }
            alerts.removeAll()
            scheduleSending()
            throw .limitExceeded(limit: configuration.limit, count: input.candidates.count)
        }

        var transitions: [AlertTransition] = []
        var keepFiringChanged = false
        for candidate in input.candidates {
            if let index = alerts.index(forKey: candidate.labels), alerts.values[index].state != .inactive {
                if alerts.values[index].keptFiringSince != nil { keepFiringChanged = true }
                alerts.values[index].update(from: candidate)
            } else {
                alerts[candidate.labels] = AlertInstance(
                    labels: candidate.labels, annotations: candidate.annotations, state: .pending,
                    value: candidate.value, activeAt: time)
                transitions.append(
                    AlertTransition(change: .activated, labels: candidate.labels, value: candidate.value, at: time))
            }
        }

        for labels in alerts.keys.sorted() {
            guard var alert = alerts[labels] else { continue }
            if !isCandidate(labels) {
                let timerRunning = alert.keptFiringSince != nil
                if alert.state == .firing && keepsFiring(&alert, cleared: input.cleared, at: time) {
                    if !timerRunning { keepFiringChanged = true }
                    alerts[labels] = alert
                    continue
                }
                switch alert.state {
                case .pending:
                    alerts[labels] = nil
                    transitions.append(
                        AlertTransition(change: .cancelled, labels: labels, value: alert.value, at: time))
                case .firing:
                    alert.state = .inactive
                    alert.resolvedAt = time
                    alert.keptFiringSince = nil
                    alerts[labels] = alert
                    transitions.append(AlertTransition(change: .resolved, labels: labels, value: alert.value, at: time))
                case .inactive:
                    if let resolvedAt = alert.resolvedAt, time - resolvedAt > configuration.resolvedRetention {
                        alerts[labels] = nil
                        transitions.append(
                            AlertTransition(change: .forgotten, labels: labels, value: alert.value, at: time))
                    }
                }
                continue
            }
            if alert.state == .pending && time - alert.activeAt >= configuration.holdDuration {
                alert.state = .firing
                alert.firedAt = time
                transitions.append(AlertTransition(change: .fired, labels: labels, value: alert.value, at: time))
            }
            alerts[labels] = alert
        }
        if keepFiringChanged || !transitions.isEmpty { durableRevision &+= 1 }
        scheduleSending()
        return transitions
    }

    /// The state of most rules at most ticks: one candidate, which is already the rule's only alert and firing.
    /// Only its value and annotations change, as the general path would change them, without sorting or looking
    /// anything up (the candidate's labels are usually the very array the alert is keyed by).
    private mutating func updateSteadyAlert(_ candidates: [AlertCandidate]) -> Bool {
        guard candidates.count == 1, alerts.count == 1, alerts.values[alerts.startIndex].state == .firing,
            alerts.keys[alerts.startIndex] == candidates[0].labels
        else { return false }
        if alerts.values[alerts.startIndex].keptFiringSince != nil { durableRevision &+= 1 }
        alerts.values[alerts.startIndex].update(from: candidates[0])
        return true
    }

    /// Every alert, in label order.
    public var sortedAlerts: [AlertInstance] {
        var list: [AlertInstance] = []
        sortAlerts(into: &list)
        return list
    }

    /// `sortedAlerts`, written into `list`: its buffer is reused when nothing else holds it.
    public func sortAlerts(into list: inout [AlertInstance]) {
        list.removeAll(keepingCapacity: true)
        list.append(contentsOf: alerts.values)
        if list.count > 1 { list.sort { $0.labels < $1.labels } }
    }

    /// Whether a firing alert whose condition stopped stays firing: `keep_firing_for` has not run out,
    /// or (with hysteresis) its clear condition does not hold yet.
    private func keepsFiring(_ alert: inout AlertInstance, cleared: Set<Labels>, at time: Timestamp) -> Bool {
        if configuration.hasClearCondition && !cleared.contains(alert.labels) {
            if alert.keptFiringSince == nil { alert.keptFiringSince = time }
            return true
        }
        guard configuration.keepFiringFor > 0 else { return false }
        if alert.keptFiringSince == nil { alert.keptFiringSince = time }
        return time - alert.keptFiringSince! < configuration.keepFiringFor
    }

    /// The alerts to hand to the notifier now, marked as sent: firing ones every resend delay, and resolved ones
    /// until they are forgotten. Pending alerts are never sent.
    public mutating func alertsToSend(at time: Timestamp) -> [AlertInstance] {
        // Most ticks send nothing: that is found without reading, sorting or copying any alert.
        guard time >= firstSending else { return [] }
        // Marked in place by index, in label order: looking each alert up by its labels hashed every label twice.
        var due = alerts.indices.filter { needsSending(alerts.values[$0], at: time) }
        if due.isEmpty { return [] }
        if due.count > 1 { due.sort { alerts.keys[$0] < alerts.keys[$1] } }
        let validity = 4 * max(configuration.resendDelay, configuration.evaluationInterval)
        var sent: [AlertInstance] = []
        sent.reserveCapacity(due.count)
        for index in due {
            alerts.values[index].lastSentAt = time
            alerts.values[index].validUntil = time + validity
            sent.append(alerts.values[index])
        }
        scheduleSending()
        return sent
    }

    /// The first time the alert needs sending: nil (never) while pending or when the resend falls past the
    /// representable times, at once when never sent or resolved since, else once the resend delay has passed.
    private func sendingTime(of alert: AlertInstance) -> Timestamp? {
        if alert.state == .pending { return nil }
        guard let lastSentAt = alert.lastSentAt else { return .min }
        if let resolvedAt = alert.resolvedAt, resolvedAt > lastSentAt { return .min }
        let (resend, overflow) = lastSentAt.addingReportingOverflow(configuration.resendDelay)
        return overflow || resend == .max ? nil : resend + 1
    }

    private mutating func scheduleSending() {
        // A loop, not `compactMap(sendingTime)`: the method as a closure copied the whole state (a retain of each
        // of its buffers) and built an array, for every rule whose alerts changed or were sent.
        var first = Timestamp.max
        for alert in alerts.values {
            if let time = sendingTime(of: alert), time < first { first = time }
        }
        firstSending = first
    }

    private func needsSending(_ alert: AlertInstance, at time: Timestamp) -> Bool {
        sendingTime(of: alert).map { time >= $0 } ?? false
    }

    /// The `ALERTS` and `ALERTS_FOR_STATE` samples Prometheus writes for the active alerts.
    public func seriesSamples(at time: Timestamp) -> InstantVector {
        var labels = AlertSeriesLabels()
        return seriesSamples(at: time, reusing: &labels)
    }

    /// `seriesSamples(at:)`, taking the label sets of alerts unchanged since the last call from `labels`.
    func seriesSamples(at time: Timestamp, reusing labels: inout AlertSeriesLabels) -> InstantVector {
        var samples = labels.takeSamples()
        samples.reserveCapacity(2 * alerts.count)
        var position = 0
        func append(_ alert: AlertInstance) {
            guard alert.state != .inactive else { return }
            let series = labels.series(at: position, of: alert.labels, firing: alert.state == .firing) {
                (
                    alert.labels.setting(sorted: alert.state == .firing ? firingSeries : pendingSeries),
                    alert.labels.setting(sorted: forStateSeries)
                )
            }
            position += 1
            samples.append(VectorSample(labels: series.alerts, timestamp: time, value: 1))
            samples.append(
                VectorSample(labels: series.forState, timestamp: time, value: Double(alert.activeAt) / 1000))
        }
        if alerts.count == 1 {
            append(alerts.values[alerts.startIndex])
        } else {
            for key in alerts.keys.sorted() { append(alerts[key]!) }
        }
        labels.keep(position)
        labels.putSamples(samples)
        return samples
    }
}
