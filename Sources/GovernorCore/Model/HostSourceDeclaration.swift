/// `host:` in a Sources document: node_exporter-style metrics read from `/proc` and `statfs`.
public struct HostSourceDeclaration: Hashable, Sendable {
    public static let defaultInterval: Int64 = 10_000
    public static let defaultProcRoot = "/proc"

    /// Milliseconds between two readings.
    public var interval: Int64
    /// Where procfs is mounted; another path reads a copy (a container's view, a test fixture).
    public var procRoot: String
    public var location: SourceLocation

    public init(interval: Int64 = defaultInterval, procRoot: String = defaultProcRoot, location: SourceLocation) {
        self.interval = interval
        self.procRoot = procRoot
        self.location = location
    }
}
