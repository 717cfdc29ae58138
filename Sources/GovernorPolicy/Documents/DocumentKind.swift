/// The kinds of document a policy file may hold.
enum DocumentKind: Equatable {
    /// A Prometheus rule file: `groups:` at the top.
    case prometheusRules
    /// A Sloth spec: `version: "prometheus/v1"`.
    case slothSpec
    /// Governor's own documents, chosen by `kind:`.
    case governor(GovernorKind)

    enum GovernorKind: String, CaseIterable {
        case slos = "SLOs"
        case governance = "Governance"
        case rules = "Rules"
        case forecasts = "Forecasts"
        case sources = "Sources"
    }

    static let slothVersion = "prometheus/v1"
}
