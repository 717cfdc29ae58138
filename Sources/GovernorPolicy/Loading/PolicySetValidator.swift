import GovernorCore

/// Checks that need every file at once: references between documents and sections that may appear only once.
struct PolicySetValidator {
    let policySet: PolicySet

    func diagnostics(governanceLocations: [SourceLocation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for extra in governanceLocations.sorted().dropFirst() {
            let first = governanceLocations.min()!
            diagnostics.append(
                .error(
                    at: extra, "more than one Governance document",
                    hint: "the first one is at \(first); merge them into one"))
        }
        let objectiveNames = Set(policySet.objectives.map(\.name))
        for weight in policySet.compliance?.weights ?? [] where !objectiveNames.contains(weight.objective) {
            diagnostics.append(
                .error(
                    at: weight.location, "compliance weight for unknown objective '\(weight.objective)'",
                    hint: EditDistance.hint(for: weight.objective, among: objectiveNames.sorted())))
        }
        if let health = policySet.health {
            let components = Set(health.components)
            for objective in policySet.objectives {
                guard let component = objective.component, !components.contains(component) else { continue }
                diagnostics.append(
                    .warning(
                        at: objective.location,
                        "objective '\(objective.name)' feeds component '\(component)', which health does not list",
                        hint: EditDistance.hint(for: component, among: health.components)
                            ?? "add it to health.components"))
            }
        }
        diagnostics += PolicyFileReader.duplicateSourceDiagnostics(policySet.sources)
        return diagnostics
    }
}
