import Foundation

/// What `statfs` says about one mounted filesystem, in bytes and inodes.
public struct FilesystemUsage: Sendable, Hashable {
    public var sizeBytes: Double
    public var freeBytes: Double
    public var availableBytes: Double
    public var files: Double
    public var filesFree: Double

    public init(sizeBytes: Double, freeBytes: Double, availableBytes: Double, files: Double, filesFree: Double) {
        self.sizeBytes = sizeBytes
        self.freeBytes = freeBytes
        self.availableBytes = availableBytes
        self.files = files
        self.filesFree = filesFree
    }

    /// `statvfs(3)` of `mountPoint` (the portable face of the `statfs` node_exporter calls, with the same
    /// numbers); nil when the call fails (node_exporter's `device_error`).
    @Sendable public static func statfs(_ mountPoint: String) -> FilesystemUsage? {
        #if canImport(Glibc)
            var buffer = statvfs()
            let status: Int32 = statvfs(mountPoint, &buffer)
            guard status == 0 else { return nil }
            let blockSize = Double(buffer.f_frsize)
            return FilesystemUsage(
                sizeBytes: Double(buffer.f_blocks) * blockSize, freeBytes: Double(buffer.f_bfree) * blockSize,
                availableBytes: Double(buffer.f_bavail) * blockSize, files: Double(buffer.f_files),
                filesFree: Double(buffer.f_ffree))
        #else
            return nil
        #endif
    }
}
