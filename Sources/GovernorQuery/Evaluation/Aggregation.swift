import Foundation

/// One aggregation over an instant vector (`sum by (job) (x)`), with Prometheus 2.42's arithmetic.
struct Aggregation {
    let op: AggregateOperator
    var grouping: [String]
    let without: Bool
    let parameter: AggregationParameter

    /// The running state of one output group.
    private struct Group {
        var labels: Labels
        var accumulator: AggregateAccumulator
        /// The members kept for quantile.
        var members: [VectorSample]
        /// The members kept for topk and bottomk.
        var heap: SelectionHeap?
    }

    mutating func run(_ input: InstantVector, time: Timestamp) throws(EvaluationError) -> InstantVector {
        var k = 0
        var quantileLevel = 0.0
        var valueLabel = ""
        switch (op, parameter) {
        case (.topk, .number(let value)), (.bottomk, .number(let value)):
            guard value.isFinite, abs(value) < 9.2e18 else {
                throw EvaluationError("Scalar value \(PrometheusNumberFormat.string(value)) overflows int64")
            }
            k = Int(value)
            if k < 1 { return [] }
        case (.quantile, .number(let value)):
            quantileLevel = value
        case (.countValues, .label(let name)):
            guard isValidLabelName(name) else { throw EvaluationError("invalid label name \"\(name)\"") }
            valueLabel = name
            if !without { grouping.append(name) }
        default:
            break
        }
        let groupingSet = Set(grouping)

        var groups: [Labels: Int] = [:]
        var ordered: [Group] = []
        for var sample in input {
            if op == .countValues {
                sample.labels = sample.labels.setting(valueLabel, to: PrometheusNumberFormat.string(sample.value))
            }
            let key = Self.groupKey(sample.labels, grouping: groupingSet, without: without)
            guard let index = groups[key] else {
                groups[key] = ordered.count
                ordered.append(startGroup(key, with: sample))
                continue
            }
            accumulate(sample, into: &ordered[index], k: k)
        }
        return ordered.flatMap { finish($0, quantileLevel: quantileLevel, time: time) }
    }

    /// The output labels of the group a sample belongs to, which double as its key.
    static func groupKey(_ labels: Labels, grouping: Set<String>, without: Bool) -> Labels {
        if without {
            return labels.removing(grouping.union([Labels.metricName]))
        }
        return grouping.isEmpty ? Labels() : labels.keeping(grouping)
    }

    private func startGroup(_ labels: Labels, with sample: VectorSample) -> Group {
        var group = Group(
            labels: labels, accumulator: AggregateAccumulator(op, first: sample.value), members: [], heap: nil)
        switch op {
        case .topk, .bottomk: group.heap = SelectionHeap(keepsLargest: op == .topk, first: sample)
        case .quantile: group.members = [sample]
        default: break
        }
        return group
    }

    private func accumulate(_ sample: VectorSample, into group: inout Group, k: Int) {
        switch op {
        case .topk, .bottomk:
            group.heap?.offer(sample, k: k)
        case .quantile:
            group.members.append(sample)
        default:
            group.accumulator.add(op, sample.value)
        }
    }

    private func finish(_ group: Group, quantileLevel: Double, time: Timestamp) -> InstantVector {
        let value: Double
        switch op {
        case .quantile: value = quantile(quantileLevel, group.members.map(\.value))
        case .topk, .bottomk:
            let sorted = group.heap?.sortedBestFirst() ?? []
            return sorted.map { VectorSample(labels: $0.labels, timestamp: time, value: $0.value) }
        default: value = group.accumulator.result(op)
        }
        return [VectorSample(labels: group.labels, timestamp: time, value: value)]
    }
}
