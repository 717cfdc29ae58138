/// Times on chart axes: `HH:MM` in UTC, worked out from the milliseconds so the charts need no calendar.
public enum ChartTime {
    public static func clock(_ milliseconds: Int64) -> String {
        let minutes = (milliseconds / 60_000) % (24 * 60)
        let positive = minutes < 0 ? minutes + 24 * 60 : minutes
        let hours = positive / 60
        let rest = positive % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// A span in words: `45m`, `2h 30m`, `3d 4h`.
    public static func span(_ milliseconds: Int64) -> String {
        let minutes = milliseconds / 60_000
        if minutes < 60 { return "\(max(0, minutes))m" }
        let hours = minutes / 60
        if hours < 48 { return minutes % 60 == 0 ? "\(hours)h" : "\(hours)h \(minutes % 60)m" }
        return hours % 24 == 0 ? "\(hours / 24)d" : "\(hours / 24)d \(hours % 24)h"
    }
}
