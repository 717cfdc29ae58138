public import Foundation

/// Appends one JSON line per call to a file, creating the file and its folder on demand, and rotating it by size.
/// Each line is written with a single `write` on a file opened with O_APPEND, so concurrent writers never
/// interleave within a line.
///
/// Rotation keeps `keep` old files: when the next line would take the file past `maximumBytes`, `x.ndjson`
/// becomes `x.ndjson.1`, `x.ndjson.1` becomes `x.ndjson.2`, and the oldest is removed.
public struct NDJSONFile: Sendable {
    public let path: String
    public let maximumBytes: Int
    public let keep: Int

    public init(path: String, maximumBytes: Int = 16 << 20, keep: Int = 5) {
        self.path = path
        self.maximumBytes = maximumBytes
        self.keep = keep
    }

    public func append(_ line: Data) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var bytes = line
        bytes.append(UInt8(ascii: "\n"))
        rotateIfFull(adding: bytes.count)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// Encodes `value` as one line (sorted keys, slashes unescaped) and appends it.
    public func append(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try append(try encoder.encode(value))
    }

    private func rotateIfFull(adding count: Int) {
        var status = stat()
        guard keep > 0, stat(path, &status) == 0, status.st_size > 0, Int(status.st_size) + count > maximumBytes
        else { return }
        unlink("\(path).\(keep)")
        for generation in stride(from: keep - 1, through: 1, by: -1) {
            rename("\(path).\(generation)", "\(path).\(generation + 1)")
        }
        rename(path, "\(path).1")
    }
}
