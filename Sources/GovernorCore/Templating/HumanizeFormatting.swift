import Foundation

/// The number formatting helpers Prometheus offers to alert templates, with Go's `%.4g` output.
enum HumanizeFormatting {
    static func humanize(_ value: Double) -> String {
        if value == 0 || !value.isFinite { return goG(value) }
        var scaled = value
        var prefix = ""
        if abs(scaled) >= 1 {
            for candidate in ["k", "M", "G", "T", "P", "E", "Z", "Y"] where abs(scaled) >= 1000 {
                prefix = candidate
                scaled /= 1000
            }
        } else {
            for candidate in ["m", "u", "n", "p", "f", "a", "z", "y"] where abs(scaled) < 1 {
                prefix = candidate
                scaled *= 1000
            }
        }
        return goG(scaled) + prefix
    }

    static func humanize1024(_ value: Double) -> String {
        if abs(value) <= 1 || !value.isFinite { return goG(value) }
        var scaled = value
        var prefix = ""
        for candidate in ["ki", "Mi", "Gi", "Ti", "Pi", "Ei", "Zi", "Yi"] where abs(scaled) >= 1024 {
            prefix = candidate
            scaled /= 1024
        }
        return goG(scaled) + prefix
    }

    static func humanizePercentage(_ value: Double) -> String { goG(value * 100) + "%" }

    static func humanizeDuration(_ seconds: Double) -> String {
        if !seconds.isFinite { return goG(seconds) }
        if seconds == 0 { return goG(seconds) + "s" }
        if abs(seconds) >= 1 {
            let sign = seconds < 0 ? "-" : ""
            let magnitude = abs(seconds)
            let whole = Int64(magnitude)
            let (days, hours, minutes, rest) = (whole / 86_400, whole / 3_600 % 24, whole / 60 % 60, whole % 60)
            if days != 0 { return "\(sign)\(days)d \(hours)h \(minutes)m \(rest)s" }
            if hours != 0 { return "\(sign)\(hours)h \(minutes)m \(rest)s" }
            if minutes != 0 { return "\(sign)\(minutes)m \(rest)s" }
            return sign + goG(magnitude) + "s"
        }
        var scaled = seconds
        var prefix = ""
        for candidate in ["m", "u", "n", "p", "f", "a", "z", "y"] where abs(scaled) < 1 {
            prefix = candidate
            scaled *= 1000
        }
        return goG(scaled) + prefix + "s"
    }

    /// Go's `%.4g`: four significant digits, trailing zeros dropped, `+Inf`/`-Inf`/`NaN` spelled as Go does.
    static func goG(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        return String(format: "%.4g", value)
    }
}
