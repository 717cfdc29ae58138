import GovernorQuery

/// Times as Alertmanager's API writes and reads them (go-openapi's `strfmt.DateTime`): written in UTC with
/// milliseconds (`2026-12-01T08:30:00.000Z`), read as RFC 3339 with any fraction and any offset.
enum AlertmanagerTime {
    static func format(_ timestamp: Timestamp) -> String {
        RFC3339Time.textWithMilliseconds(timestamp)
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, to milliseconds (finer digits are dropped); nil otherwise.
    static func parse(_ text: String) -> Timestamp? {
        let characters = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= characters.count else { return nil }
            var value = 0
            for byte in characters[start..<start + count] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        func byte(_ index: Int) -> UInt8? { index < characters.count ? characters[index] : nil }
        guard let year = number(0, 4), byte(4) == 45, let month = number(5, 2), byte(7) == 45,
            let day = number(8, 2), byte(10) == 84 || byte(10) == 116, let hour = number(11, 2), byte(13) == 58,
            let minute = number(14, 2), byte(16) == 58, let second = number(17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var milliseconds = 0
        if byte(index) == 46 {
            index += 1
            var digits = 0
            while let next = byte(index), next >= 48 && next <= 57 {
                if digits < 3 { milliseconds = milliseconds * 10 + Int(next - 48) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            for _ in digits..<max(digits, 3) { milliseconds *= 10 }
        }
        var offsetMinutes = 0
        switch byte(index) {
        case 90, 122:
            index += 1
        case 43, 45:
            guard let hours = number(index + 1, 2), byte(index + 3) == 58, let minutes = number(index + 4, 2) else {
                return nil
            }
            offsetMinutes = (hours * 60 + minutes) * (byte(index) == 45 ? -1 : 1)
            index += 6
        default:
            return nil
        }
        guard index == characters.count else { return nil }
        let days = RFC3339Time.daysSinceEpoch(year: Int64(year), month: Int64(month), day: Int64(day))
        let seconds = days * 86_400 + Int64(hour * 3_600 + minute * 60 + second - offsetMinutes * 60)
        return seconds * 1_000 + Int64(milliseconds)
    }
}
