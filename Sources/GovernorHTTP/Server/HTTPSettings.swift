/// How the daemon's HTTP server listens and what it accepts, as plain values: the CLI fills them in, tests build
/// them directly.
public struct HTTPSettings: Sendable {
    /// The documented default: loopback only, so nothing is exposed until someone asks for it.
    public static let defaultListen = "127.0.0.1:9097"

    public var host: String
    /// 0 picks a free port (tests); the bound one is reported through `HTTPService.onListening`.
    public var port: Int
    /// The largest request body accepted (remote write batches included); larger ones get 413.
    public var maximumBodyBytes: Int
    /// A connection idle this long (a slow client that stopped sending) is closed.
    public var idleTimeoutSeconds: Int64
    /// Serve `/metrics` without the key, so a Prometheus without credentials can scrape it.
    public var metricsWithoutKey: Bool
    /// Take remote write (a push source collected every second). Off for simulated runs, whose clock is not the
    /// writers' clock.
    public var acceptRemoteWrite: Bool
    /// The Markdown the dashboard's docs card lists and renders (`*.md` directly inside it).
    public var docsDirectory: String

    public init(
        host: String = "127.0.0.1", port: Int = 9097, maximumBodyBytes: Int = 16 << 20, idleTimeoutSeconds: Int64 = 30,
        metricsWithoutKey: Bool = false, acceptRemoteWrite: Bool = true, docsDirectory: String = "docs"
    ) {
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.metricsWithoutKey = metricsWithoutKey
        self.acceptRemoteWrite = acceptRemoteWrite
        self.docsDirectory = docsDirectory
    }

    /// Reads `HOST:PORT`, `:PORT` or `[IPv6]:PORT`; nil when it is not one of those.
    public static func parseListen(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = String(text[..<colon])
        guard let port = Int(text[text.index(after: colon)...]), (0...65_535).contains(port) else { return nil }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host.isEmpty ? "0.0.0.0" : host, port)
    }
}
