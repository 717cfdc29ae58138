import Foundation

/// The dashboard key every data endpoint asks for. Never printed, logged or returned: `description` hides it.
public struct DashKey: Sendable, CustomStringConvertible {
    private let bytes: [UInt8]

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        bytes = Array(trimmed.utf8)
    }

    /// Compares in time that depends only on the lengths, never on where the first difference is, so a client
    /// cannot find the key one byte at a time by timing the answers.
    public func matches(_ candidate: some Collection<UInt8>) -> Bool {
        var difference = UInt8(truncatingIfNeeded: bytes.count ^ candidate.count)
        var index = 0
        for byte in candidate {
            difference |= byte ^ (index < bytes.count ? bytes[index] : 0)
            index += 1
        }
        return difference == 0
    }

    public var description: String { "DashKey(hidden)" }
}
