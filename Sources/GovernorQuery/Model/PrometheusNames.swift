/// Prometheus 2.42's (legacy, ASCII) rules for metric and label names.
public enum PrometheusNames {
    /// `[a-zA-Z_:][a-zA-Z0-9_:]*`
    public static func isValidMetricName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLetterOrUnderscore(first) || first == ":" else {
            return false
        }
        return name.unicodeScalars.allSatisfy { isLetterOrUnderscore($0) || isDigit($0) || $0 == ":" }
    }

    /// `[a-zA-Z_][a-zA-Z0-9_]*`
    public static func isValidLabelName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLetterOrUnderscore(first) else { return false }
        return name.unicodeScalars.allSatisfy { isLetterOrUnderscore($0) || isDigit($0) }
    }

    private static func isLetterOrUnderscore(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
