import GovernorQuery

/// The spellings promtool's unit-test messages use, so Governor's failures read exactly like promtool's.
enum PromtoolText {
    /// Go's `labels.Labels.String()`: every label in braces, the metric name included (`{__name__="up", a="b"}`).
    static func labels(_ labels: Labels) -> String {
        "{" + labels.pairs.map { "\($0.name)=\(quotedLabelValue($0.value))" }.joined(separator: ", ") + "}"
    }

    /// A map of strings printed as Go prints `labels.FromMap(map)`: sorted by name.
    static func labels(_ map: [String: String]) -> String {
        labels(Labels(map))
    }

    /// Go's `strconv.FormatFloat(value, 'E', -1, 64)`: the shortest round-tripping digits as `d.dddE±dd`.
    static func exponent(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let sign = value.sign == .minus ? "-" : ""
        if value == 0 { return sign + "0E+00" }
        // shortestG already holds the shortest digits; only where the decimal point sits differs.
        let text = GoFloatFormat.general(value.magnitude)
        let parts = text.split(separator: "e")
        let mantissa = parts[0]
        var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pointIndex = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        exponent += mantissa.distance(from: mantissa.startIndex, to: pointIndex) - 1
        var digits = Array(mantissa.filter { $0 != "." })
        while digits.count > 1 && digits.first == "0" {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        let head = String(digits[0]) + (digits.count > 1 ? "." + String(digits.dropFirst()) : "")
        let magnitude = abs(exponent)
        return sign + head + (exponent < 0 ? "E-" : "E+") + (magnitude < 10 ? "0" : "") + String(magnitude)
    }

    /// Go's `time.Duration.String()` for whole milliseconds: `0s`, `500ms`, `1m0s`, `2m59.999s`, `1h0m0s`.
    static func goDuration(_ milliseconds: Int64) -> String {
        if milliseconds == 0 { return "0s" }
        let sign = milliseconds < 0 ? "-" : ""
        let total = milliseconds.magnitude
        if total < 1000 { return sign + "\(total)ms" }
        let hours = total / 3_600_000
        let minutes = total / 60_000 % 60
        var seconds = "\(total / 1000 % 60)"
        let fraction = total % 1000
        if fraction > 0 {
            let padded = String(fraction + 1000).dropFirst()
            seconds += "." + padded.reversed().drop { $0 == "0" }.reversed()
        }
        var text = sign
        if hours > 0 { text += "\(hours)h" }
        if hours > 0 || minutes > 0 { text += "\(minutes)m" }
        return text + seconds + "s"
    }

    /// Prometheus's `model.Duration.String()`, which promtool uses for `eval_time`: `0s`, `5m`, `1d`, `1h30m`.
    static func modelDuration(_ milliseconds: Int64) -> String {
        PrometheusDuration.format(milliseconds)
    }

    /// Go's `fmt.Sprintf("%q")` for the expression text.
    static func quoted(_ text: String) -> String {
        quotedLabelValue(text)
    }

    /// Prefixes every line after the first with `indent` (promtool's `indentLines`).
    static func indentLines(_ text: String, _ indent: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 ? String($0.element) : indent + $0.element }.joined(separator: "\n")
    }
}
