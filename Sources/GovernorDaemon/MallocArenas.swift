import CMalloc

/// glibc's malloc arenas for the daemon's process.
public enum MallocArenas {
    /// Caps the arenas at two, before the daemon starts its work. By default glibc may make eight per core, and
    /// memory that one thread frees and another allocates spreads over them: in `--daemon-memory --hours 3`, RSS
    /// at hour 3 was 524–612 MiB with the default and 489–493 MiB with one arena, for the same data. Two arenas
    /// cost the HTTP API nothing measurable (`scripts/http-load.sh`: 29,143 req/s and p99 3.32 ms for telemetry,
    /// against 22,011–28,942 req/s and 3.38–4.59 ms by default). Call it first thing: it only caps arenas not
    /// made yet. Returns whether glibc took the setting.
    @discardableResult
    public static func capForDaemon() -> Bool {
        governor_cap_malloc_arenas(2) == 1
    }
}
