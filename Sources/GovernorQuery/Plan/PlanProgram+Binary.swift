extension PlanProgram {
    mutating func evaluateBinary(_ index: Int, at time: Timestamp, storage: InMemoryStorage) -> Bool {
        let (lhs, rhs) = (binaries.inputs[index].first, binaries.inputs[index].second)
        guard evaluate(lhs, at: time, storage: storage), evaluate(rhs, at: time, storage: storage) else {
            return false
        }
        var scratch = self.scratch.take()!
        scratch.seen.begin()
        let succeeded: Bool
        switch (lhs, rhs) {
        case (.number(let scalar), _):
            let vector = takeRows(of: rhs)
            succeeded = binaries.update(index) { node in
                node.rows.begin()
                return node.vectorScalar(vector: vector, scalar: scalar, scalarOnLeft: true, scratch: &scratch)
            }
            putRows(vector, of: rhs)
        case (_, .number(let scalar)):
            let vector = takeRows(of: lhs)
            succeeded = binaries.update(index) { node in
                node.rows.begin()
                return node.vectorScalar(vector: vector, scalar: scalar, scalarOnLeft: false, scratch: &scratch)
            }
            putRows(vector, of: lhs)
        default:
            // Both sides the same node (`x / x`): its rows are taken out once and read as both.
            let same = lhs.isSameNode(as: rhs)
            let left = takeRows(of: lhs)
            let right = same ? left : takeRows(of: rhs)
            succeeded = binaries.update(index) { node in
                node.rows.begin()
                return switch node.op {
                case .and, .unless: node.setOperation(left, right, keepMatches: node.op == .and, scratch: &scratch)
                default: node.vectorMatch(left, right, scratch: &scratch)
                }
            }
            if !same { putRows(right, of: rhs) }
            putRows(left, of: lhs)
        }
        self.scratch = consume scratch
        return succeeded
    }
}

extension BinaryNode {
    /// As `Evaluator.vectorScalar`.
    mutating func vectorScalar(
        vector: borrowing PlanRows, scalar: Double, scalarOnLeft: Bool, scratch: inout PlanScratch
    ) -> Bool {
        let dropName = BinaryArithmetic.dropsMetricName(op) || returnBool
        for index in 0..<vector.count {
            let row = vector.row(index, in: scratch.tickRows)
            let (id, sampleValue) = (row.id, row.value)
            let (left, right) = scalarOnLeft ? (scalar, sampleValue) : (sampleValue, scalar)
            var (value, keep) = BinaryArithmetic.apply(op, left, right)
            if op.isComparison && scalarOnLeft { value = right }
            if returnBool {
                value = keep ? 1 : 0
                keep = true
            }
            guard keep else { continue }
            let output = leftOutput(
                id, labels: dropName ? vector.table[id].withoutMetricName() : nil, vector, scratch: &scratch)
            guard Self.markUnique(output, in: &scratch) else { return false }
            rows.append(output, value, to: &scratch.tickRows)
        }
        return true
    }

    /// `and` keeps the left samples whose signature the right side has; `unless` those it lacks.
    mutating func setOperation(
        _ left: borrowing PlanRows, _ right: borrowing PlanRows, keepMatches: Bool, scratch: inout PlanScratch
    ) -> Bool {
        scratch.oneSide.begin()
        for index in 0..<right.count {
            let id = right.row(index, in: scratch.tickRows).id
            scratch.oneSide.mark(signature(id, onLeft: false, right, scratch: &scratch))
        }
        for index in 0..<left.count {
            let row = left.row(index, in: scratch.tickRows)
            let present = scratch.oneSide.slot(signature(row.id, onLeft: true, left, scratch: &scratch)) != nil
            guard present == keepMatches else { continue }
            let output = leftOutput(row.id, labels: nil, left, scratch: &scratch)
            rows.append(output, row.value, to: &scratch.tickRows)
        }
        return true
    }

    /// As `VectorMatcher.binary`; any case it reports as an error gives up instead.
    mutating func vectorMatch(_ left: borrowing PlanRows, _ right: borrowing PlanRows, scratch: inout PlanScratch)
        -> Bool
    {
        if left.isEmpty || right.isEmpty { return true }
        let oneToMany = matching.cardinality == .oneToMany
        return oneToMany
            ? match(many: right, one: left, oneToMany: true, scratch: &scratch)
            : match(many: left, one: right, oneToMany: false, scratch: &scratch)
    }

    private mutating func match(
        many: borrowing PlanRows, one: borrowing PlanRows, oneToMany: Bool, scratch: inout PlanScratch
    ) -> Bool {
        scratch.oneSide.begin()
        for index in 0..<one.count {
            let row = one.row(index, in: scratch.tickRows)
            let key = signature(row.id, onLeft: oneToMany, one, scratch: &scratch)
            if scratch.oneSide.slot(key) != nil { return false }
            scratch.oneSide.mark(key, slot: Int32(index))
        }
        scratch.matched.begin()
        for index in 0..<many.count {
            let row = many.row(index, in: scratch.tickRows)
            let id = row.id
            let key = signature(id, onLeft: !oneToMany, many, scratch: &scratch)
            guard let partnerRow = scratch.oneSide.slot(key) else { continue }
            let partnerSample = one.row(Int(partnerRow), in: scratch.tickRows)
            let partner = partnerSample.id
            let (leftValue, rightValue) =
                oneToMany ? (partnerSample.value, row.value) : (row.value, partnerSample.value)
            var (value, keep) = BinaryArithmetic.apply(op, leftValue, rightValue)
            if returnBool {
                value = keep ? 1 : 0
            } else if !keep {
                continue
            }
            var output: Int32
            if let cached = scratch.idMaps.output(of: id, with: partner, in: pairOutputs) {
                output = cached
            } else {
                var labels = VectorMatcher.resultLabels(
                    many.table[id], one: one.table[partner], op: op, matching: matching)
                if returnBool { labels = labels.withoutMetricName() }
                output = rows.table.id(of: labels)
                scratch.idMaps.store(output, of: id, with: partner, in: &pairOutputs, ids: many.table.count)
            }
            if matching.cardinality == .oneToOne {
                if scratch.matched.slot(key) != nil { return false }
                scratch.matched.mark(key)
            }
            guard Self.markUnique(output, in: &scratch) else { return false }
            rows.append(output, value, to: &scratch.tickRows)
        }
        return true
    }

    /// The output id of a left-side (or only vector) sample, keeping its labels unless `labels` replaces them.
    private mutating func leftOutput(
        _ id: Int32, labels: Labels?, _ input: borrowing PlanRows, scratch: inout PlanScratch
    ) -> Int32 {
        if let cached = scratch.idMaps.target(of: id, in: leftOutput) { return cached }
        let output = rows.table.id(of: labels ?? input.table[id])
        scratch.idMaps.store(output, for: id, in: &leftOutput, ids: input.table.count)
        return output
    }

    private mutating func signature(
        _ id: Int32, onLeft: Bool, _ input: borrowing PlanRows, scratch: inout PlanScratch
    ) -> Int32 {
        if let cached = scratch.idMaps.target(of: id, in: onLeft ? leftSignature : rightSignature) { return cached }
        let key = signatures.id(of: VectorMatcher.signature(input.table[id], matching))
        if onLeft {
            scratch.idMaps.store(key, for: id, in: &leftSignature, ids: input.table.count)
        } else {
            scratch.idMaps.store(key, for: id, in: &rightSignature, ids: input.table.count)
        }
        return key
    }

    /// False when the output already holds these labels: the reference evaluator reports duplicates.
    private static func markUnique(_ output: Int32, in scratch: inout PlanScratch) -> Bool {
        if scratch.seen.slot(output) != nil { return false }
        scratch.seen.mark(output)
        return true
    }
}
