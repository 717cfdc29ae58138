import GovernorCore
import GovernorQuery

/// Routing trees and routing decisions as text.
enum RouteTreeText {
    /// `amtool config routes show`'s tree: each route's matchers (`default-route` when it has none), whether it
    /// continues, and its receiver.
    static func tree(_ root: Route) -> String {
        var lines = ["."]
        append(root, prefix: "", isLast: true, to: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func append(_ route: Route, prefix: String, isLast: Bool, to lines: inout [String]) {
        lines.append(
            prefix + (isLast ? "└── " : "├── ") + slug(route.matchers, route.continueMatching, route.options.receiver))
        // treeprint (what amtool uses) continues a branch with two no-break spaces; match it byte for byte.
        let childPrefix = prefix + (isLast ? "    " : "│\u{00A0}\u{00A0} ")
        for (index, child) in route.routes.enumerated() {
            append(child, prefix: childPrefix, isLast: index == route.routes.count - 1, to: &lines)
        }
    }

    private static func slug(_ matchers: [LabelMatcher], _ continueMatching: Bool, _ receiver: String) -> String {
        var text = matchers.isEmpty ? "default-route" : matchers.alertmanagerText
        if continueMatching { text += "  continue: true" }
        return text + "  receiver: " + receiver
    }

    /// For each receiver reached, the routes from the root that led to it, with where each is defined.
    static func explanation(_ matches: [MatchedRoute], labels: Labels) -> String {
        var text = ""
        for (index, match) in matches.enumerated() {
            text += "\n\(index + 1). \(match.receiver)  group key: \(match.groupKey(for: labels))\n"
            for (depth, step) in match.path.enumerated() {
                let place = step.location.map { "  (\($0))" } ?? ""
                let indent = String(repeating: "  ", count: depth + 1)
                text += indent + slug(step.matchers, step.continueMatching, step.receiver) + place + "\n"
            }
        }
        return text
    }
}
