import Foundation

/// Where the dashboard key comes from, in order: the environment variable `GOVERNOR_DASH_KEY`, a file named by
/// `--dash-key-file`, or a key the daemon made at its first start and keeps next to its state (mode 0600).
public struct DashKeySource: Sendable {
    public static let environmentVariable = "GOVERNOR_DASH_KEY"

    /// The key, and a sentence saying where it is (never the key itself).
    public struct Resolved: Sendable {
        public var key: DashKey
        public var origin: String
    }

    public var environment: [String: String]
    public var keyFile: String?
    /// Where a generated key is kept.
    public var generatedKeyFile: String

    public init(environment: [String: String], keyFile: String?, generatedKeyFile: String) {
        self.environment = environment
        self.keyFile = keyFile
        self.generatedKeyFile = generatedKeyFile
    }

    public func resolve() throws(HTTPSetupError) -> Resolved {
        if let value = environment[Self.environmentVariable] {
            guard let key = DashKey(value) else {
                throw HTTPSetupError("\(Self.environmentVariable) is set but empty; set it to a key or unset it")
            }
            return Resolved(key: key, origin: "from \(Self.environmentVariable)")
        }
        if let keyFile {
            guard let text = try? String(contentsOfFile: keyFile, encoding: .utf8) else {
                throw HTTPSetupError("cannot read the dashboard key file \(keyFile)")
            }
            guard let key = DashKey(text) else { throw HTTPSetupError("the dashboard key file \(keyFile) is empty") }
            return Resolved(key: key, origin: "from \(keyFile)")
        }
        if let text = try? String(contentsOfFile: generatedKeyFile, encoding: .utf8), let key = DashKey(text) {
            return Resolved(key: key, origin: "in \(generatedKeyFile)")
        }
        return try generate()
    }

    /// Makes a 256-bit key, written with mode 0600 before any byte of it is, so no other user can read it.
    private func generate() throws(HTTPSetupError) -> Resolved {
        var generator = SystemRandomNumberGenerator()
        let text = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        let url = URL(fileURLWithPath: generatedKeyFile)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard
            FileManager.default.createFile(
                atPath: generatedKeyFile, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: generatedKeyFile)
        else {
            throw HTTPSetupError("cannot create the dashboard key file \(generatedKeyFile)")
        }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data((text + "\n").utf8))
        } catch {
            throw HTTPSetupError(
                "cannot write the dashboard key file \(generatedKeyFile): \(error.localizedDescription)")
        }
        return Resolved(key: DashKey(text)!, origin: "made at first start, in \(generatedKeyFile) (mode 0600)")
    }
}
