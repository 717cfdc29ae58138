/// Pairs the samples of two instant vectors the way PromQL's vector matching does.
enum VectorMatcher {
    /// The labels two samples must agree on: the `on` labels, or all but the `ignoring` labels and the name.
    static func signature(_ labels: Labels, _ matching: VectorMatching) -> Labels {
        if matching.on {
            return labels.keeping(Set(matching.matchingLabels))
        }
        return labels.removing(Set(matching.matchingLabels + [Labels.metricName]))
    }

    static func and(_ lhs: InstantVector, _ rhs: InstantVector, matching: VectorMatching) -> InstantVector {
        let right = Set(rhs.map { signature($0.labels, matching) })
        return lhs.filter { right.contains(signature($0.labels, matching)) }
    }

    static func or(_ lhs: InstantVector, _ rhs: InstantVector, matching: VectorMatching) -> InstantVector {
        let left = Set(lhs.map { signature($0.labels, matching) })
        return lhs + rhs.filter { !left.contains(signature($0.labels, matching)) }
    }

    static func unless(_ lhs: InstantVector, _ rhs: InstantVector, matching: VectorMatching) -> InstantVector {
        let right = Set(rhs.map { signature($0.labels, matching) })
        return lhs.filter { !right.contains(signature($0.labels, matching)) }
    }

    /// Arithmetic and comparison between two vectors, one-to-one or with `group_left`/`group_right`.
    static func binary(
        _ op: BinaryOperator, _ lhs: InstantVector, _ rhs: InstantVector, matching: VectorMatching,
        returnBool: Bool, time: Timestamp
    ) throws(EvaluationError) -> InstantVector {
        // Prometheus 2.42 returns at once when a side is empty, before it would look for duplicates on the other.
        if lhs.isEmpty || rhs.isEmpty { return [] }
        let oneToMany = matching.cardinality == .oneToMany
        // The right-hand side is always the "one" side below; one-to-many swaps the sides.
        let (many, one) = oneToMany ? (rhs, lhs) : (lhs, rhs)

        var oneBySignature: [Labels: VectorSample] = [:]
        oneBySignature.reserveCapacity(one.count)
        for sample in one {
            let key = signature(sample.labels, matching)
            if let duplicate = oneBySignature[key] {
                let side = oneToMany ? "left" : "right"
                throw EvaluationError(
                    "found duplicate series for the match group \(key) on the \(side) hand-side of the operation: "
                        + "[\(sample.labels.goDescription), \(duplicate.labels.goDescription)];many-to-many matching not allowed: "
                        + "matching labels must be unique on one side")
            }
            oneBySignature[key] = sample
        }

        var matchedOneToOne = Set<Labels>()
        var resultsPerSignature: [Labels: Set<Labels>] = [:]
        var result = InstantVector()
        for sample in many {
            let key = signature(sample.labels, matching)
            guard let partner = oneBySignature[key] else { continue }
            let (left, right) = oneToMany ? (partner.value, sample.value) : (sample.value, partner.value)
            var (value, keep) = BinaryArithmetic.apply(op, left, right)
            if returnBool {
                value = keep ? 1 : 0
            } else if !keep {
                continue
            }
            var labels = resultLabels(sample.labels, one: partner.labels, op: op, matching: matching)
            if returnBool { labels = labels.withoutMetricName() }
            if matching.cardinality == .oneToOne {
                guard matchedOneToOne.insert(key).inserted else {
                    throw EvaluationError(
                        "multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)")
                }
            } else {
                guard resultsPerSignature[key, default: []].insert(labels).inserted else {
                    throw EvaluationError("multiple matches for labels: grouping labels must ensure unique results")
                }
            }
            result.append(VectorSample(labels: labels, timestamp: time, value: value))
        }
        return result
    }

    static func resultLabels(
        _ many: Labels, one: Labels, op: BinaryOperator, matching: VectorMatching
    ) -> Labels {
        var labels = BinaryArithmetic.dropsMetricName(op) ? many.withoutMetricName() : many
        if matching.cardinality == .oneToOne {
            labels =
                matching.on
                ? labels.keeping(Set(matching.matchingLabels)) : labels.removing(Set(matching.matchingLabels))
        }
        for name in matching.include {
            // Labels named in group_left/group_right come from the "one" side, or go when it lacks them.
            labels = labels.setting(name, to: one[name] ?? "")
        }
        return labels
    }
}
