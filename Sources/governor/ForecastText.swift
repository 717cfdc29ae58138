import Foundation
import GovernorForecast

/// How hours and readings read in text.
enum ForecastText {
    static func hours(_ hours: Double) -> String {
        if hours == 0 { return "0h" }
        if hours < 1 { return "\(Int((hours * 60).rounded()))m" }
        return String(format: "%.1fh", hours)
    }

    static func reading(_ reading: ComponentReading) -> String {
        var parts = [reading.method.rawValue]
        if let value = reading.value { parts.append("value \(number(value))") }
        if let slope = reading.slopePerHour { parts.append("slope \(number(slope))/h") }
        if let burn = reading.burnRate { parts.append("burn rate \(number(burn))") }
        if let limit = reading.limit, reading.method != .errorBudget { parts.append("limit \(number(limit))") }
        parts.append(reading.hoursToFailure.map { "fails in \(hours($0))" } ?? "no failure projected")
        if let note = reading.note { parts.append(note) }
        return parts.joined(separator: ", ")
    }

    static func number(_ value: Double) -> String { String(format: "%.6g", value) }
}
