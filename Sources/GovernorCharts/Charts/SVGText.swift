/// How chart text is written: XML-escaped strings, and coordinates with one decimal (enough for a screen, and it
/// keeps a day of points small).
public enum SVGText {
    /// Escapes text for an XML or HTML element or a double-quoted attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A coordinate rounded to a tenth, without a trailing `.0`.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        let whole = Int64(tenths) / 10
        let fraction = abs(Int64(tenths) % 10)
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }

    /// A value for a label: integers as such, others with up to `digits` decimals.
    public static func value(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : value > 0 ? "+Inf" : "-Inf" }
        if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = "\(rounded)"
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The opening of an accessible chart: `role="img"`, its title and description named by `aria-labelledby`.
    /// `stretch` lets a sparkline fill its box in both directions; larger charts keep their proportions so their
    /// text stays readable.
    static func open(
        id: String, width: Double, height: Double, title: String, description: String, kind: String,
        stretch: Bool = false
    ) -> String {
        let safe = escape(id)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart \(kind)\" viewBox=\"0 0 \(number(width)) "
            + "\(number(height))\" width=\"\(number(width))\" height=\"\(number(height))\" role=\"img\" "
            + (stretch ? "preserveAspectRatio=\"none\" " : "") + "aria-labelledby=\"\(safe)-title \(safe)-desc\">"
            + "<title id=\"\(safe)-title\">\(escape(title))</title><desc id=\"\(safe)-desc\">\(escape(description))</desc>"
    }

    /// A path through the points, broken wherever a value is not finite.
    static func path(_ points: [ChartPoint], in frame: ChartFrame) -> String {
        var d = ""
        var drawing = false
        for point in points.sorted(by: { $0.time < $1.time }) {
            guard point.value.isFinite else {
                drawing = false
                continue
            }
            d +=
                (d.isEmpty ? "" : " ") + (drawing ? "L" : "M") + number(frame.x(point.time)) + " "
                + number(frame.y(point.value))
            drawing = true
        }
        return d
    }
}
