/// The name and type of a function, as the parser checks calls against it.
public struct FunctionSignature: Sendable, Hashable {
    public var name: String
    public var argumentTypes: [ValueType]
    /// How many trailing arguments may be left out (`round(v)`), or -1 when the last one repeats (`label_join`).
    public var variadic: Int
    public var returnType: ValueType

    public init(name: String, argumentTypes: [ValueType], variadic: Int = 0, returnType: ValueType) {
        self.name = name
        self.argumentTypes = argumentTypes
        self.variadic = variadic
        self.returnType = returnType
    }

    public static func named(_ name: String) -> FunctionSignature? { all[name] }

    /// Every function Prometheus 2.42 knows.
    public static let all: [String: FunctionSignature] = {
        let scalar = ValueType.scalar
        let vector = ValueType.instantVector
        let matrix = ValueType.rangeVector
        let string = ValueType.string
        var table: [FunctionSignature] = [
            .init(name: "absent", argumentTypes: [vector], returnType: vector),
            .init(name: "absent_over_time", argumentTypes: [matrix], returnType: vector),
            .init(name: "clamp", argumentTypes: [vector, scalar, scalar], returnType: vector),
            .init(name: "clamp_max", argumentTypes: [vector, scalar], returnType: vector),
            .init(name: "clamp_min", argumentTypes: [vector, scalar], returnType: vector),
            .init(name: "histogram_quantile", argumentTypes: [scalar, vector], returnType: vector),
            .init(name: "histogram_count", argumentTypes: [vector], returnType: vector),
            .init(name: "histogram_sum", argumentTypes: [vector], returnType: vector),
            .init(name: "histogram_fraction", argumentTypes: [scalar, scalar, vector], returnType: vector),
            .init(name: "holt_winters", argumentTypes: [matrix, scalar, scalar], returnType: vector),
            .init(
                name: "label_join", argumentTypes: [vector, string, string, string], variadic: -1, returnType: vector),
            .init(name: "label_replace", argumentTypes: [vector, string, string, string, string], returnType: vector),
            .init(name: "pi", argumentTypes: [], returnType: scalar),
            .init(name: "predict_linear", argumentTypes: [matrix, scalar], returnType: vector),
            .init(name: "quantile_over_time", argumentTypes: [scalar, matrix], returnType: vector),
            .init(name: "round", argumentTypes: [vector, scalar], variadic: 1, returnType: vector),
            .init(name: "scalar", argumentTypes: [vector], returnType: scalar),
            .init(name: "sort", argumentTypes: [vector], returnType: vector),
            .init(name: "sort_desc", argumentTypes: [vector], returnType: vector),
            .init(name: "time", argumentTypes: [], returnType: scalar),
            .init(name: "timestamp", argumentTypes: [vector], returnType: vector),
            .init(name: "vector", argumentTypes: [scalar], returnType: vector),
        ]
        let overRange = [
            "avg_over_time", "changes", "count_over_time", "delta", "deriv", "idelta", "increase", "irate",
            "last_over_time", "max_over_time", "min_over_time", "present_over_time", "rate", "resets",
            "stddev_over_time", "stdvar_over_time", "sum_over_time",
        ]
        table += overRange.map { FunctionSignature(name: $0, argumentTypes: [matrix], returnType: vector) }
        let elementwise = [
            "abs", "ceil", "exp", "floor", "ln", "log10", "log2", "sgn", "sqrt",
            "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh",
            "deg", "rad",
        ]
        table += elementwise.map { FunctionSignature(name: $0, argumentTypes: [vector], returnType: vector) }
        let calendar = [
            "day_of_month", "day_of_week", "day_of_year", "days_in_month", "hour", "minute", "month", "year",
        ]
        table += calendar.map { FunctionSignature(name: $0, argumentTypes: [vector], variadic: 1, returnType: vector) }
        return Dictionary(uniqueKeysWithValues: table.map { ($0.name, $0) })
    }()
}
