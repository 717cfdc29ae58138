#if canImport(Glibc)
    import Glibc
#endif

/// The CPU time the calling thread has used, from `CLOCK_THREAD_CPUTIME_ID`: on a machine shared with other work,
/// the time a tick took on one core, which the wall clock overstates by however long the thread waited to run.
enum ThreadCPUClock {
    /// Milliseconds of CPU time this thread has used, or nil where the clock is not available.
    static var milliseconds: Double? {
        #if canImport(Glibc)
            var time = timespec()
            guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return nil }
            return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
        #else
            return nil
        #endif
    }
}
