/// Random rule expressions for the plan's differential test: mostly the shapes the plan compiles (selectors,
/// range functions, folding aggregations, vector matching, comparisons), some it leaves to the reference
/// evaluator, and some that make the reference evaluator report an error.
struct RandomRuleGenerator {
    static let metrics = ["requests", "latency"]
    static let labelNames = ["job", "instance", "code"]
    static let rangeFunctions = [
        "rate", "increase", "delta", "irate", "idelta", "avg_over_time", "min_over_time", "max_over_time",
        "sum_over_time", "count_over_time", "last_over_time", "stddev_over_time", "stdvar_over_time",
        "present_over_time", "resets", "changes", "deriv",
    ]
    static let aggregations = ["sum", "avg", "min", "max", "count", "group", "stddev", "stdvar"]
    static let arithmetic = ["+", "-", "*", "/", "%", "^", "atan2"]
    static let comparisons = ["==", "!=", ">", "<", ">=", "<="]

    var random: SeededGenerator

    mutating func expression(depth: Int = 3) -> String {
        let choice = depth <= 0 ? Int.random(in: 0..<2, using: &random) : Int.random(in: 0..<10, using: &random)
        switch choice {
        case 0: return selector()
        case 1, 2: return rangeCall()
        case 3, 4: return aggregation(depth: depth)
        case 5: return vectorScalar(depth: depth)
        case 6, 7: return vectorVector(depth: depth)
        case 8: return "(\(expression(depth: depth - 1)))"
        default: return referenceOnly(depth: depth)
        }
    }

    private mutating func pick(_ options: [String]) -> String { options.randomElement(using: &random)! }

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func selector() -> String {
        var matchers: [String] = []
        for name in Self.labelNames where chance(30) {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: matchers.append("\(name)=\"\(value(for: name))\"")
            case 1: matchers.append("\(name)!=\"\(value(for: name))\"")
            case 2: matchers.append("\(name)=~\"\(value(for: name))|\(value(for: name))\"")
            default: matchers.append("\(name)!~\"\(value(for: name))\"")
            }
        }
        let name = chance(90) ? pick(Self.metrics) : ""
        if name.isEmpty { matchers.append("__name__=~\".+\"") }
        let body = matchers.isEmpty ? "" : "{\(matchers.joined(separator: ", "))}"
        return name + body
    }

    private mutating func value(for name: String) -> String {
        switch name {
        case "job": pick(["api", "db", "web"])
        case "instance": pick(["1", "2", "3"])
        default: pick(["200", "500", ""])
        }
    }

    private mutating func offset() -> String { chance(15) ? " offset \(pick(["30s", "1m", "-1m"]))" : "" }

    mutating func rangeCall() -> String {
        let range = "[\(pick(["30s", "1m", "2m", "5m"]))]\(offset())"
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return "predict_linear(\(selector())\(range), \(pick(["60", "-30", "0"])))"
        case 1: return "quantile_over_time(\(pick(["0.5", "0.9", "2"])), \(selector())\(range))"
        default: return "\(pick(Self.rangeFunctions))(\(selector())\(range))"
        }
    }

    private mutating func grouping() -> String {
        let labels = Self.labelNames.filter { _ in chance(40) } + (chance(10) ? ["__name__"] : [])
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return ""
        case 1: return " by (\(labels.joined(separator: ", ")))"
        default: return " without (\(labels.joined(separator: ", ")))"
        }
    }

    private mutating func aggregation(depth: Int) -> String {
        "\(pick(Self.aggregations))\(grouping()) (\(expression(depth: depth - 1)))"
    }

    private mutating func vectorScalar(depth: Int) -> String {
        let op = pick(Self.arithmetic + Self.comparisons)
        let modifier = Self.comparisons.contains(op) && chance(30) ? " bool" : ""
        let number = pick(["0", "1", "0.5", "-2", "100", "NaN", "Inf"])
        return chance(50)
            ? "\(expression(depth: depth - 1)) \(op)\(modifier) \(number)"
            : "\(number) \(op)\(modifier) \(expression(depth: depth - 1))"
    }

    private mutating func vectorVector(depth: Int) -> String {
        let op = pick(Self.arithmetic + Self.comparisons + ["and", "unless"])
        let modifier = Self.comparisons.contains(op) && chance(30) ? " bool" : ""
        var matching = ""
        if chance(60) {
            let labels = Self.labelNames.filter { _ in chance(50) }.joined(separator: ", ")
            matching = " \(pick(["on", "ignoring"])) (\(labels))"
            if !["and", "unless"].contains(op) && chance(40) {
                matching += " \(pick(["group_left", "group_right"]))(\(chance(50) ? pick(Self.labelNames) : ""))"
            }
        }
        return "\(expression(depth: depth - 1)) \(op)\(modifier)\(matching) \(expression(depth: depth - 1))"
    }

    private mutating func referenceOnly(depth: Int) -> String {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return "topk(2, \(expression(depth: depth - 1)))"
        case 1: return "\(expression(depth: depth - 1)) or \(expression(depth: depth - 1))"
        case 2: return "abs(\(expression(depth: depth - 1)))"
        case 3: return "rate(\(selector())[2m:30s])"
        default: return "-\(expression(depth: depth - 1))"
        }
    }
}
