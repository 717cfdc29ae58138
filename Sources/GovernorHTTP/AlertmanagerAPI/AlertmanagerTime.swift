import GovernorQuery

/// Times as Alertmanager's API writes and reads them (go-openapi's `strfmt.DateTime`): written in UTC with
/// milliseconds (`2026-12-01T08:30:00.000Z`), read as RFC 3339 with any fraction and any offset.
enum AlertmanagerTime {
    static func format(_ timestamp: Timestamp) -> String {
        let milliseconds = Int(((timestamp % 1_000) + 1_000) % 1_000)
        let seconds = (timestamp - Int64(milliseconds)) / 1_000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = civil(fromDays: days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3_600, 2)):"
            + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(milliseconds, 3))Z"
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
        let days = Int64(daysFromCivil(year: year, month: month, day: day))
        let seconds = days * 86_400 + Int64(hour * 3_600 + minute * 60 + second - offsetMinutes * 60)
        return seconds * 1_000 + Int64(milliseconds)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Howard Hinnant's `days_from_civil`: days since 1970-01-01 in the proleptic Gregorian calendar.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse, `civil_from_days`.
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
