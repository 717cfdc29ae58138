/// Turns an expression into plan nodes, or says it cannot: then the reference evaluator evaluates it.
///
/// The plan covers what rules are mostly made of: instant selectors, range functions over range selectors,
/// folding aggregations, arithmetic and comparisons with a constant or between vectors, `and` and `unless`.
/// Anything else (`@`, subqueries, `topk`, `or`, instant functions) stays with the reference evaluator.
///
/// A sub-expression the program already holds is not compiled again when it is shareable: all its selectors name
/// a metric the program's expressions do not write, and it has no number literals (whose canonical text could
/// hide a sign of zero). Its node then runs once per tick for every expression that reads it.
enum PlanCompiler {
    static func compile(_ expr: Expr, into program: inout PlanProgram) -> PlanNode? {
        guard let key = sharingKey(expr, program: program) else { return compileNode(expr, into: &program) }
        if let shared = program.sharedNodes[key] { return shared }
        let node = compileNode(expr, into: &program)
        if let node { program.sharedNodes[key] = node }
        return node
    }

    private static func sharingKey(_ expr: Expr, program: PlanProgram) -> String? {
        switch expr {
        case .paren, .number: return nil
        default: break
        }
        guard !containsNumber(expr) else { return nil }
        let selectors = expr.selectors
        guard !selectors.isEmpty, selectors.allSatisfy({ namesUnwrittenMetric($0.matchers, program: program) })
        else { return nil }
        return expr.description
    }

    /// Whether a selector's series cannot change within a tick: it names a metric that none of the program's
    /// expressions writes.
    private static func namesUnwrittenMetric(_ matchers: [LabelMatcher], program: PlanProgram) -> Bool {
        guard let name = matchers.first(where: { $0.name == Labels.metricName && $0.type == .equal })?.value else {
            return false
        }
        return !program.writtenNames.contains(name)
    }

    private static func containsNumber(_ expr: Expr) -> Bool {
        if case .number = expr { return true }
        return expr.children.contains(where: containsNumber)
    }

    private static func compileNode(_ expr: Expr, into program: inout PlanProgram) -> PlanNode? {
        switch expr {
        case .paren(let node):
            return compile(node.expr, into: &program)
        case .number(let node):
            return .number(node.value)
        case .vectorSelector(let selector) where selector.at == nil:
            return .instantSelector(
                program.instantSelectors.append(
                    InstantSelectorNode(resolved: ResolvedSeries(matchers: selector.matchers), offset: selector.offset))
            )
        case .call(let call):
            return rangeCall(call, into: &program)
        case .aggregate(let node):
            guard AggregateAccumulator.folds(node.op), node.parameter == nil,
                let child = compile(node.expr, into: &program), child.isVector
            else { return nil }
            return .aggregation(
                program.aggregations.append(
                    AggregationNode(op: node.op, grouping: Set(node.grouping), without: node.without),
                    reading: NodeInputs(first: child)))
        case .binary(let node):
            return binary(node, into: &program)
        default:
            return nil
        }
    }

    private static func rangeCall(_ call: Call, into program: inout PlanProgram) -> PlanNode? {
        guard
            case .overRange(let keepsMetricName, let function)? = FunctionRegistry.implementation(
                named: call.function.name)
        else { return nil }
        var selector: MatrixSelector?
        var scalars: [Double] = []
        for argument in call.arguments {
            switch argument.unwrappingParens {
            case .matrixSelector(let matrix) where matrix.selector.at == nil && selector == nil:
                selector = matrix
            case .number(let number):
                scalars.append(number.value)
            default:
                return nil
            }
        }
        guard let selector else { return nil }
        return .rangeCall(
            program.rangeCalls.append(
                RangeCallNode(
                    resolved: ResolvedSeries(matchers: selector.selector.matchers), offset: selector.selector.offset,
                    range: selector.duration, keepsMetricName: keepsMetricName, function: function,
                    extrapolation: ExtrapolatedRate.Variant(rawValue: call.function.name), scalars: scalars,
                    keepsChanges: namesUnwrittenMetric(selector.selector.matchers, program: program))))
    }

    private static func binary(_ node: BinaryExpr, into program: inout PlanProgram) -> PlanNode? {
        guard node.op != .or, let lhs = compile(node.lhs, into: &program), let rhs = compile(node.rhs, into: &program),
            lhs.isVector || rhs.isVector
        else { return nil }
        let matching =
            node.matching
            ?? VectorMatching(
                cardinality: node.op.isSetOperator ? .manyToMany : .oneToOne, matchingLabels: [], on: false,
                include: [])
        return .binary(
            program.binaries.append(
                BinaryNode(op: node.op, returnBool: node.returnBool, matching: matching),
                reading: NodeInputs(first: lhs, second: rhs)))
    }
}

extension PlanNode {
    var isVector: Bool {
        if case .number = self { return false }
        return true
    }
}
