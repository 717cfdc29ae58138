import GovernorCore

/// `kind: Governance`: the compliance index, breach severity and component health settings.
extension PolicyFileReader {
    mutating func readGovernanceDocument(_ document: YAMLNode) {
        guard
            let fields = fields(
                of: document, "Governance document", known: ["kind", "compliance", "breach", "health"])
        else { return }
        governanceLocations.append(location(of: document))
        if let node = fields["compliance"] { policySet.compliance = readCompliance(node) }
        if let node = fields["breach"], let breach = self.fields(of: node, "breach", known: ["alert_above"]) {
            policySet.breach = BreachSeverityDefinition(
                alertAbove: percent(breach["alert_above"], field: "alert_above"), location: location(of: node))
        }
        if let node = fields["health"] { policySet.health = readHealth(node) }
    }

    private mutating func readCompliance(_ node: YAMLNode) -> ComplianceIndexDefinition? {
        guard
            let fields = fields(
                of: node, "compliance", known: ["weights", "alert_below", "penalty_per_percent"], required: ["weights"])
        else { return nil }
        var weights: [ComplianceIndexDefinition.Weight] = []
        for entry in stringMap(fields["weights"], field: "weights") {
            guard let weight = Double(entry.value), weight.isFinite, weight >= 0 else {
                error(
                    entry.valueNode, "invalid weight '\(entry.value)' for objective '\(entry.key)'",
                    hint: "weights are numbers of at least 0")
                continue
            }
            weights.append(.init(objective: entry.key, weight: weight, location: location(of: entry.keyNode)))
        }
        if fields.has("weights"), !weights.isEmpty, weights.allSatisfy({ $0.weight == 0 }) {
            error(fields["weights"]!, "at least one compliance weight must be above 0")
        }
        var alertBelow: Double?
        if let node = fields["alert_below"], let value = number(node, field: "alert_below") {
            if (0...100).contains(value) {
                alertBelow = value
            } else {
                error(node, "alert_below must be between 0 and 100, found \(value.plainText)")
            }
        }
        var penalty = ComplianceIndexDefinition.defaultPenaltyPerPercent
        if let node = fields["penalty_per_percent"], let value = number(node, field: "penalty_per_percent") {
            if value.isFinite && value >= 0 {
                penalty = value
            } else {
                error(node, "penalty_per_percent must be a number of at least 0, found \(value.plainText)")
            }
        }
        return ComplianceIndexDefinition(
            weights: weights, alertBelow: alertBelow, penaltyPerPercent: penalty, location: location(of: node))
    }

    private mutating func readHealth(_ node: YAMLNode) -> HealthDefinition? {
        guard let fields = fields(of: node, "health", known: ["components", "yellow_above", "red_above"]) else {
            return nil
        }
        var health = HealthDefinition(location: location(of: node))
        if fields.has("components") {
            health.components = stringList(fields["components"], field: "components").map(\.0)
        }
        if let yellow = percent(fields["yellow_above"], field: "yellow_above") { health.yellowAbove = yellow }
        if let red = percent(fields["red_above"], field: "red_above") { health.redAbove = red }
        if health.redAbove < health.yellowAbove, let node = fields["red_above"] ?? fields["yellow_above"] {
            error(
                node,
                "red_above (\(health.redAbove.plainText)%) must not be below yellow_above (\(health.yellowAbove.plainText)%)"
            )
        }
        return health
    }
}
