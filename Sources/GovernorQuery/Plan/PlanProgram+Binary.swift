extension PlanProgram {
    mutating func evaluateBinary(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        let (lhs, rhs) = (binaries[index].lhs, binaries[index].rhs)
        guard evaluate(lhs, at: time, storage: storage), evaluate(rhs, at: time, storage: storage) else {
            return false
        }
        binaries[index].rows.begin()
        binaries[index].seen.begin()
        switch (lhs, rhs) {
        case (.number(let scalar), _):
            return vectorScalar(index, vector: rows(of: rhs), scalar: scalar, scalarOnLeft: true)
        case (_, .number(let scalar)):
            return vectorScalar(index, vector: rows(of: lhs), scalar: scalar, scalarOnLeft: false)
        default:
            let (left, right) = (rows(of: lhs), rows(of: rhs))
            switch binaries[index].op {
            case .and, .unless: return setOperation(index, left, right, keepMatches: binaries[index].op == .and)
            default: return vectorMatch(index, left, right, time: time)
            }
        }
    }

    /// As `Evaluator.vectorScalar`.
    private mutating func vectorScalar(_ index: Int, vector: PlanRows, scalar: Double, scalarOnLeft: Bool) -> Bool {
        let op = binaries[index].op
        let returnBool = binaries[index].returnBool
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
            let output = leftOutput(index, id, labels: dropName ? vector.table[id].withoutMetricName() : nil, vector)
            guard markUnique(index, output) else { return false }
            binaries[index].rows.append(output, value)
        }
        return true
    }

    /// `and` keeps the left samples whose signature the right side has; `unless` those it lacks.
    private mutating func setOperation(_ index: Int, _ left: PlanRows, _ right: PlanRows, keepMatches: Bool) -> Bool {
        binaries[index].oneSide.begin()
        for id in right.ids { binaries[index].oneSide.mark(signature(index, id, onLeft: false, right)) }
        for (row, id) in left.ids.enumerated() {
            let present = binaries[index].oneSide.slot(signature(index, id, onLeft: true, left)) != nil
            guard present == keepMatches else { continue }
            binaries[index].rows.append(leftOutput(index, id, labels: nil, left), left.values[row])
        }
        return true
    }

    /// As `VectorMatcher.binary`; any case it reports as an error gives up instead.
    private mutating func vectorMatch(_ index: Int, _ left: PlanRows, _ right: PlanRows, time: Timestamp) -> Bool {
        if left.ids.isEmpty || right.ids.isEmpty { return true }
        let op = binaries[index].op
        let returnBool = binaries[index].returnBool
        let matching = binaries[index].matching
        let oneToMany = matching.cardinality == .oneToMany
        let (many, one) = oneToMany ? (right, left) : (left, right)

        binaries[index].oneSide.begin()
        for (row, id) in one.ids.enumerated() {
            let key = signature(index, id, onLeft: oneToMany, one)
            if binaries[index].oneSide.slot(key) != nil { return false }
            binaries[index].oneSide.mark(key, slot: Int32(row))
        }
        binaries[index].matched.begin()
        for (row, id) in many.ids.enumerated() {
            let key = signature(index, id, onLeft: !oneToMany, many)
            guard let partnerRow = binaries[index].oneSide.slot(key) else { continue }
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
            if let cached = binaries[index].pairOutputs[pair] {
                output = cached
            } else {
                var labels = VectorMatcher.resultLabels(
                    many.table[id], one: one.table[partner], op: op, matching: matching)
                if returnBool { labels = labels.withoutMetricName() }
                output = binaries[index].rows.table.id(of: labels)
                binaries[index].pairOutputs[pair] = output
            }
            if matching.cardinality == .oneToOne {
                if binaries[index].matched.slot(key) != nil { return false }
                binaries[index].matched.mark(key)
            }
            guard markUnique(index, output) else { return false }
            binaries[index].rows.append(output, value)
        }
        return true
    }

    /// The output id of a left-side (or only vector) sample, keeping its labels unless `labels` replaces them.
    private mutating func leftOutput(_ index: Int, _ id: Int32, labels: Labels?, _ input: PlanRows) -> Int32 {
        if let cached = binaries[index].leftOutput.cached(id) { return cached }
        let output = binaries[index].rows.table.id(of: labels ?? input.table[id])
        binaries[index].leftOutput.store(output, for: id)
        return output
    }

    private mutating func signature(_ index: Int, _ id: Int32, onLeft: Bool, _ input: PlanRows) -> Int32 {
        if let cached = onLeft ? binaries[index].leftSignature.cached(id) : binaries[index].rightSignature.cached(id) {
            return cached
        }
        let key = binaries[index].signatures.id(
            of: VectorMatcher.signature(input.table[id], binaries[index].matching))
        if onLeft {
            binaries[index].leftSignature.store(key, for: id)
        } else {
            binaries[index].rightSignature.store(key, for: id)
        }
        return key
    }

    /// False when the output already holds these labels: the reference evaluator reports duplicates.
    private mutating func markUnique(_ index: Int, _ output: Int32) -> Bool {
        if binaries[index].seen.slot(output) != nil { return false }
        binaries[index].seen.mark(output)
        return true
    }
}
