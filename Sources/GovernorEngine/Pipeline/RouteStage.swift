import GovernorCore
import GovernorQuery

/// The first stage: every route an alert reaches (more than one when a matching route says `continue`).
struct RouteStage: Sendable {
    let root: Route

    func routes(for labels: Labels) -> [MatchedRoute] {
        root.matches(labels)
    }
}
