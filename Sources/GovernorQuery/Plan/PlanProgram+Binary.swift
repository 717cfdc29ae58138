extension PlanProgram {
    mutating func evaluateBinary(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        let (lhs, rhs) = (binaries[index]!.lhs, binaries[index]!.rhs)
        guard evaluate(lhs, at: time, storage: storage), evaluate(rhs, at: time, storage: storage) else {
            return false
        }
        var node = binaries[index].take()!
        node.rows.begin()
        node.seen.begin()
        let succeeded =
            switch (lhs, rhs) {
            case (.number(let scalar), _):
                withRows(of: rhs) { node.vectorScalar(vector: $0, scalar: scalar, scalarOnLeft: true) }
            case (_, .number(let scalar)):
                withRows(of: lhs) { node.vectorScalar(vector: $0, scalar: scalar, scalarOnLeft: false) }
            default:
                withRows(of: lhs, and: rhs) { left, right in
                    switch node.op {
                    case .and, .unless: node.setOperation(left, right, keepMatches: node.op == .and)
                    default: node.vectorMatch(left, right)
                    }
                }
            }
        binaries[index] = consume node
        return succeeded
    }
}

extension BinaryNode {
    /// As `Evaluator.vectorScalar`.
    mutating func vectorScalar(vector: borrowing PlanRows, scalar: Double, scalarOnLeft: Bool) -> Bool {
        let dropName = BinaryArithmetic.dropsMetricName(op) || returnBool
        for (row, id) in vector.ids.enumerated() {
            let sampleValue = vector.values[row]
            let (left, right) = scalarOnLeft ? (scalar, sampleValue) : (sampleValue, scalar)
            var (value, keep) = BinaryArithmetic.apply(op, left, right)
            if op.isComparison && scalarOnLeft { value = right }
            if returnBool {
                value = keep ? 1 : 0
                keep = true
            }
            guard keep else { continue }
            let output = leftOutput(id, labels: dropName ? vector.table[id].withoutMetricName() : nil, vector)
            guard markUnique(output) else { return false }
            rows.append(output, value)
        }
        return true
    }

    /// `and` keeps the left samples whose signature the right side has; `unless` those it lacks.
    mutating func setOperation(_ left: borrowing PlanRows, _ right: borrowing PlanRows, keepMatches: Bool) -> Bool {
        oneSide.begin()
        for id in right.ids { oneSide.mark(signature(id, onLeft: false, right)) }
        for (row, id) in left.ids.enumerated() {
            let present = oneSide.slot(signature(id, onLeft: true, left)) != nil
            guard present == keepMatches else { continue }
            rows.append(leftOutput(id, labels: nil, left), left.values[row])
        }
        return true
    }

    /// As `VectorMatcher.binary`; any case it reports as an error gives up instead.
    mutating func vectorMatch(_ left: borrowing PlanRows, _ right: borrowing PlanRows) -> Bool {
        if left.ids.isEmpty || right.ids.isEmpty { return true }
        let oneToMany = matching.cardinality == .oneToMany
        return oneToMany
            ? match(many: right, one: left, oneToMany: true) : match(many: left, one: right, oneToMany: false)
    }

    private mutating func match(many: borrowing PlanRows, one: borrowing PlanRows, oneToMany: Bool) -> Bool {
        oneSide.begin()
        for (row, id) in one.ids.enumerated() {
            let key = signature(id, onLeft: oneToMany, one)
            if oneSide.slot(key) != nil { return false }
            oneSide.mark(key, slot: Int32(row))
        }
        matched.begin()
        for (row, id) in many.ids.enumerated() {
            let key = signature(id, onLeft: !oneToMany, many)
            guard let partnerRow = oneSide.slot(key) else { continue }
            let partner = one.ids[Int(partnerRow)]
            let (leftValue, rightValue) =
                oneToMany
                ? (one.values[Int(partnerRow)], many.values[row]) : (many.values[row], one.values[Int(partnerRow)])
            var (value, keep) = BinaryArithmetic.apply(op, leftValue, rightValue)
            if returnBool {
                value = keep ? 1 : 0
            } else if !keep {
                continue
            }
            let pair = Int64(id) << 32 | Int64(partner)
            var output: Int32
            if let cached = pairOutputs[pair] {
                output = cached
            } else {
                var labels = VectorMatcher.resultLabels(
                    many.table[id], one: one.table[partner], op: op, matching: matching)
                if returnBool { labels = labels.withoutMetricName() }
                output = rows.table.id(of: labels)
                pairOutputs[pair] = output
            }
            if matching.cardinality == .oneToOne {
                if matched.slot(key) != nil { return false }
                matched.mark(key)
            }
            guard markUnique(output) else { return false }
            rows.append(output, value)
        }
        return true
    }

    /// The output id of a left-side (or only vector) sample, keeping its labels unless `labels` replaces them.
    private mutating func leftOutput(_ id: Int32, labels: Labels?, _ input: borrowing PlanRows) -> Int32 {
        if let cached = leftOutput.cached(id) { return cached }
        let output = rows.table.id(of: labels ?? input.table[id])
        leftOutput.store(output, for: id)
        return output
    }

    private mutating func signature(_ id: Int32, onLeft: Bool, _ input: borrowing PlanRows) -> Int32 {
        if let cached = onLeft ? leftSignature.cached(id) : rightSignature.cached(id) { return cached }
        let key = signatures.id(of: VectorMatcher.signature(input.table[id], matching))
        if onLeft {
            leftSignature.store(key, for: id)
        } else {
            rightSignature.store(key, for: id)
        }
        return key
    }

    /// False when the output already holds these labels: the reference evaluator reports duplicates.
    private mutating func markUnique(_ output: Int32) -> Bool {
        if seen.slot(output) != nil { return false }
        seen.mark(output)
        return true
    }
}
