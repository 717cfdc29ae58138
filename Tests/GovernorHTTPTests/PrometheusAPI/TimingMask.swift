import Foundation

/// Makes a rules or alerts answer comparable across two servers that evaluated at different instants: timing fields
/// (`evaluationTime`, `lastEvaluation`, `activeAt`) are replaced by a placeholder, and alert lists are sorted,
/// since Prometheus lists a rule's alerts in map order.
enum TimingMask {
    static let timingKeys: Set<String> = ["evaluationTime", "lastEvaluation", "activeAt"]

    static func normalized(_ body: String) throws -> String {
        let json = try JSONSerialization.jsonObject(with: Data(body.utf8))
        let data = try JSONSerialization.data(withJSONObject: mask(json), options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Every timing value in the answer, to check that Governor's are well-formed.
    static func timings(in body: String) throws -> [Any] {
        func collect(_ value: Any) -> [Any] {
            if let object = value as? [String: Any] {
                return object.flatMap { key, value in timingKeys.contains(key) ? [value] : collect(value) }
            }
            if let array = value as? [Any] { return array.flatMap(collect) }
            return []
        }
        return collect(try JSONSerialization.jsonObject(with: Data(body.utf8)))
    }

    /// A non-negative number of seconds, or an RFC 3339 time in UTC.
    static func isValid(_ value: Any) -> Bool {
        if let number = value as? Double { return number >= 0 }
        guard let text = value as? String else { return false }
        return text.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$"#, options: .regularExpression) != nil
    }

    private static func mask(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            var masked: [String: Any] = [:]
            for (key, value) in object {
                if timingKeys.contains(key) {
                    masked[key] = "timing"
                } else if key == "alerts", let alerts = value as? [Any] {
                    masked[key] = alerts.map(mask).sorted { sortKey($0) < sortKey($1) }
                } else {
                    masked[key] = mask(value)
                }
            }
            return masked
        }
        if let array = value as? [Any] { return array.map(mask) }
        return value
    }

    private static func sortKey(_ value: Any) -> String {
        let labels = (value as? [String: Any])?["labels"] ?? [:]
        let data = (try? JSONSerialization.data(withJSONObject: labels, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
