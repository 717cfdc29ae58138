import GovernorCore
import GovernorQuery

/// The checks that need every file: names a route uses must be defined, every receiver should be used, and
/// notifications should not repeat faster than groups can change.
struct AlertingConfigValidator {
    let parts: AlertingConfigurationParts

    func diagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let receiverNames = parts.receivers.map(\.name)
        var seen: Set<String> = []
        for receiver in parts.receivers where !seen.insert(receiver.name).inserted {
            diagnostics.append(
                .error(at: receiver.location, "notification config name '\(receiver.name)' is not unique"))
        }
        for reference in parts.receiverReferences where !receiverNames.contains(reference.name) {
            diagnostics.append(
                .error(
                    at: reference.location, "undefined receiver '\(reference.name)' used in route",
                    hint: EditDistance.hint(for: reference.name, among: receiverNames)))
        }
        let used = Set(parts.receiverReferences.map(\.name))
        for receiver in parts.receivers where !used.contains(receiver.name) {
            diagnostics.append(
                .warning(at: receiver.location, "receiver '\(receiver.name)' is not used by any route"))
        }
        let intervalNames = parts.timeIntervals.map(\.name)
        var seenIntervals: Set<String> = []
        for interval in parts.timeIntervals where !seenIntervals.insert(interval.name).inserted {
            diagnostics.append(
                .error(at: interval.location, "time interval '\(interval.name)' is defined more than once"))
        }
        for reference in parts.timeIntervalReferences where !intervalNames.contains(reference.name) {
            diagnostics.append(
                .error(
                    at: reference.location, "undefined time interval '\(reference.name)' used in route",
                    hint: EditDistance.hint(for: reference.name, among: intervalNames)))
        }
        var seenSilences: Set<String> = []
        for silence in parts.silences where !seenSilences.insert(silence.id).inserted {
            if let location = silence.location {
                diagnostics.append(.error(at: location, "silence id '\(silence.id)' is used more than once"))
            }
        }
        if let root = parts.root { diagnostics += intervalWarnings(root, Route(root)) }
        return diagnostics
    }

    /// A repeat interval shorter than the group interval cannot be honoured: repeats only happen at flushes.
    /// Reported where a route sets either interval (or at the root), not again on every route that inherits it.
    private func intervalWarnings(_ definition: RouteDefinition, _ route: Route, isRoot: Bool = true) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let setsInterval = definition.repeatInterval != nil || definition.groupInterval != nil
        if isRoot || setsInterval, route.options.repeatInterval < route.options.groupInterval,
            let location = route.location
        {
            diagnostics.append(
                .warning(
                    at: location,
                    "repeat_interval (\(PrometheusDuration.format(route.options.repeatInterval))) is shorter than group_interval "
                        + "(\(PrometheusDuration.format(route.options.groupInterval))); notifications repeat only every group_interval"
                ))
        }
        for (child, resolved) in zip(definition.routes, route.routes) {
            diagnostics += intervalWarnings(child, resolved, isRoot: false)
        }
        return diagnostics
    }
}
