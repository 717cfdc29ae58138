/// `year`, `month`, `day_of_month`, ...: a part of the UTC date of each sample's value read as Unix
/// seconds, or of the evaluation time when called without an argument.
enum CalendarFunctions {
    static let parts: [String: @Sendable (GoCalendarDate) -> Double] = [
        "day_of_month": { Double($0.day) },
        "day_of_week": { Double($0.weekday) },
        "day_of_year": { Double($0.dayOfYear) },
        "days_in_month": { Double($0.daysInMonth) },
        "hour": { Double($0.hour) },
        "minute": { Double($0.minute) },
        "month": { Double($0.month) },
        "year": { Double($0.year) },
    ]

    static func implementation(_ part: @escaping @Sendable (GoCalendarDate) -> Double) -> FunctionImplementation {
        .instant { input throws(EvaluationError) in
            guard !input.arguments.isEmpty else {
                // Prometheus truncates the evaluation time to whole seconds here.
                let date = GoCalendarDate(unixSeconds: input.evaluationTime / 1000)
                return .vector([VectorSample(labels: Labels(), timestamp: input.evaluationTime, value: part(date))])
            }
            return try input.mapVector(at: 0) { part(GoCalendarDate(unixSeconds: $0)) }
        }
    }
}
