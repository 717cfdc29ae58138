import GovernorQuery

/// Finds subexpressions that appear more than once across all rules, so a tick can evaluate each once.
///
/// Two subexpressions are the same when they print the same canonically (`Expr.description`): source
/// positions do not matter, matchers are ordered, but a different range, offset or grouping is a different
/// subexpression. Only subexpressions that read series count (constants cost nothing), and a shared
/// subexpression is reported only when it is not merely part of a larger shared one.
enum SharedSubexpressionFinder {
    private struct Occurrence {
        var node: Int
        var parent: String?
    }

    static func find(in groups: [RuleGroupDefinition]) -> [RuleGraph.SharedSubexpression] {
        var occurrences: [String: [Occurrence]] = [:]
        var nodeID = 0
        for group in groups {
            for rule in group.rules {
                collect(rule.expr.expr, parent: nil, node: nodeID, into: &occurrences)
                if let clear = rule.clear { collect(clear.expr, parent: nil, node: nodeID, into: &occurrences) }
                nodeID += 1
            }
        }
        let shared = occurrences.filter { $0.value.count > 1 }
        return shared.compactMap { expression, found -> RuleGraph.SharedSubexpression? in
            let parents = Set(found.map(\.parent))
            if parents.count == 1, let parent = parents.first!, shared[parent]?.count == found.count { return nil }
            return RuleGraph.SharedSubexpression(
                expression: expression, users: Array(Set(found.map(\.node))).sorted(), occurrences: found.count)
        }.sorted { $0.expression < $1.expression }
    }

    private static func collect(
        _ expr: Expr, parent: String?, node: Int, into occurrences: inout [String: [Occurrence]]
    ) {
        var parentForChildren = parent
        if isCandidate(expr) {
            let fingerprint = expr.description
            occurrences[fingerprint, default: []].append(Occurrence(node: node, parent: parent))
            parentForChildren = fingerprint
        }
        for child in expr.children {
            collect(child, parent: parentForChildren, node: node, into: &occurrences)
        }
    }

    /// Worth evaluating once: an operation (not a bare selector or literal) that reads at least one series.
    private static func isCandidate(_ expr: Expr) -> Bool {
        switch expr {
        case .number, .string, .vectorSelector, .matrixSelector, .paren, .unary: false
        case .call, .aggregate, .binary, .subquery: readsSeries(expr)
        }
    }

    private static func readsSeries(_ expr: Expr) -> Bool {
        switch expr {
        case .vectorSelector, .matrixSelector: true
        default: expr.children.contains(where: readsSeries)
        }
    }
}
