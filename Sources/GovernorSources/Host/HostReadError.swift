/// A file under the proc root that could not be read or understood.
struct HostReadError: Error, Sendable, CustomStringConvertible {
    /// Relative to the proc root: `stat`, `meminfo`, `1/mounts`.
    var file: String
    var message: String

    var description: String { "\(file): \(message)" }
}
