import Foundation
import GovernorCore

/// Turns a `SecretReference` into the secret, reading the environment and files given to it (so tests pass
/// their own). Errors name the reference (`env:TELEGRAM_TOKEN`), never what it holds.
struct SecretResolver: Sendable {
    let environment: [String: String]
    let fileReader: @Sendable (String) throws -> String

    func resolve(_ reference: SecretReference, setting: String, receiver: ReceiverConfiguration)
        throws(ReceiverError) -> String
    {
        let value: String
        switch reference {
        case .environment(let variable):
            guard let found = environment[variable] else {
                throw ReceiverError(
                    "receiver \"\(receiver.name)\": \(setting): environment variable \(variable) is not set",
                    at: receiver.location)
            }
            value = found
        case .file(let path):
            do {
                value = try fileReader(path)
            } catch {
                throw ReceiverError(
                    "receiver \"\(receiver.name)\": \(setting): cannot read file \(path)", at: receiver.location)
            }
        case .inline(let secret):
            value = secret
        }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw ReceiverError(
                "receiver \"\(receiver.name)\": \(setting) is empty (\(reference))", at: receiver.location)
        }
        return trimmed
    }
}
