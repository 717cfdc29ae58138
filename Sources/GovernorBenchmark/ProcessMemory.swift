import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The process's resident set size, read from Linux's `/proc/self/statm`.
enum ProcessMemory {
    /// Resident bytes, or nil where `/proc` is unavailable.
    static func residentBytes() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let residentPages = Int(fields[1]) else { return nil }
        return residentPages * pageSize
    }

    private static var pageSize: Int {
        #if canImport(Glibc)
            Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
            4096
        #endif
    }
}
