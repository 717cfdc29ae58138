#if canImport(Glibc)
    import Glibc
#endif

/// Reads the allocation count kept by the counting `malloc` that `scripts/bench-tick.sh` preloads. Without the
/// preload there is no count, and the benchmark says so rather than guessing.
enum AllocationCounter {
    private typealias CountFunction = @convention(c) () -> UInt64

    nonisolated(unsafe) private static let function: CountFunction? = {
        #if canImport(Glibc)
            // A null handle is RTLD_DEFAULT: search every loaded object, the preloaded one included.
            guard let symbol = dlsym(nil, "governor_allocation_count") else { return nil }
            return unsafeBitCast(symbol, to: CountFunction.self)
        #else
            return nil
        #endif
    }()

    /// Heap allocations (malloc, calloc, realloc, posix_memalign) since the process started, if counted.
    static var count: UInt64? { function?() }
}
