/// Evaluates an expression tree at one time against a storage.
struct Evaluator {
    let engine: QueryEngine
    let storage: any SeriesStorage
    let queryTime: Timestamp

    mutating func evaluate(_ expr: Expr, at time: Timestamp) throws(EvaluationError) -> Value {
        throw EvaluationError("evaluator not written yet")
    }
}
