public import GovernorQuery

/// A node of the routing tree with its settings resolved, as Alertmanager's `dispatch.Route`.
public struct Route: Hashable, Sendable {
    /// Sorted in Alertmanager's order, which the route key depends on.
    public var matchers: [LabelMatcher]
    /// Whether an alert that matches this route goes on to try its later siblings.
    public var continueMatching: Bool
    public var options: RouteOptions
    public var routes: [Route]
    /// The parent's key, `/`, then this route's matchers: `{}/{severity="critical"}`.
    public var key: String
    public var location: SourceLocation?

    /// Resolves `definition` under `parent` (nil for the root, which starts from Alertmanager's defaults).
    public init(_ definition: RouteDefinition, parent: Route? = nil) {
        var options = parent?.options ?? RouteOptions(receiver: "")
        if let receiver = definition.receiver, !receiver.isEmpty { options.receiver = receiver }
        if let groupBy = definition.groupBy { options.groupBy = groupBy }
        if let groupWait = definition.groupWait { options.groupWait = groupWait }
        if let groupInterval = definition.groupInterval { options.groupInterval = groupInterval }
        if let repeatInterval = definition.repeatInterval { options.repeatInterval = repeatInterval }
        options.muteTimeIntervals = definition.muteTimeIntervals
        options.activeTimeIntervals = definition.activeTimeIntervals
        self.options = options
        matchers = definition.matchers.sortedForAlertmanager()
        continueMatching = definition.continueMatching
        key = (parent.map { $0.key + "/" } ?? "") + matchers.alertmanagerText
        location = definition.location
        routes = []
        routes = definition.routes.map { Route($0, parent: self) }
    }

    /// The routes `labels` reach, depth-first and left to right: a route's first matching child (and the next
    /// ones while the matching child says `continue`), or the route itself when no child matches.
    public func matches(_ labels: Labels) -> [MatchedRoute] {
        matches(labels, ancestors: [])
    }

    private func matches(_ labels: Labels, ancestors: [RouteStep]) -> [MatchedRoute] {
        guard matchers.matches(labels) else { return [] }
        let path = ancestors + [RouteStep(self)]
        var found: [MatchedRoute] = []
        for child in routes {
            let childMatches = child.matches(labels, ancestors: path)
            found += childMatches
            if !childMatches.isEmpty && !child.continueMatching { break }
        }
        if found.isEmpty { found.append(MatchedRoute(route: self, path: path)) }
        return found
    }

    /// Every route, this one first, depth-first.
    public func walk(_ visit: (Route) -> Void) {
        visit(self)
        for child in routes { child.walk(visit) }
    }
}

/// One route on the way from the root to a match, without its children, for explaining a routing decision.
public struct RouteStep: Hashable, Sendable {
    public var matchers: [LabelMatcher]
    public var continueMatching: Bool
    public var receiver: String
    public var location: SourceLocation?

    init(_ route: Route) {
        matchers = route.matchers
        continueMatching = route.continueMatching
        receiver = route.options.receiver
        location = route.location
    }
}

/// A route an alert reached, with the path that led there.
public struct MatchedRoute: Hashable, Sendable {
    public var key: String
    public var options: RouteOptions
    /// From the root to the matched route itself.
    public var path: [RouteStep]

    init(route: Route, path: [RouteStep]) {
        key = route.key
        options = route.options
        self.path = path
    }

    public var receiver: String { options.receiver }

    /// Alertmanager's group key: the route key, `:`, and the group labels, `{}/{severity="critical"}:{alertname="X"}`.
    public func groupKey(for labels: Labels) -> String {
        "\(key):\(GroupKey.labelSetText(options.groupBy.groupLabels(of: labels)))"
    }
}
