import ArgumentParser
import Foundation
import GovernorCore
import GovernorEngine
import GovernorPolicy
import GovernorReceivers
import GovernorStore
import Synchronization

struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Send a test notification through a receiver, or deliver what the outbox holds.",
        discussion: """
            Check a receiver's setup (Telegram token and chat, Notion database, webhook URL) by sending it \
            a sample governance alert. The receiver is read from alerts/ (Alertmanager's configuration format):

              governor notify --test telegram
              governor notify --test telegram --config ops/alerts/

            or from a JSON file of receivers, described with Alertmanager's keys; secrets are referenced, never \
            written:

              governor notify --test telegram-oncall --receiver-json receivers.json

              {"receivers": [{"name": "telegram-oncall", "telegram_configs": [
                  {"bot_token_env": "TELEGRAM_BOT_TOKEN", "chat_id": "-1001234567890", "parse_mode": "HTML"}]}]}

            Exit status: 0 when the notification was accepted, 1 when a receiver refused it or is \
            misconfigured, 64 for bad options.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Send a sample notification to this receiver.", valueName: "receiver"))
    var test: String?

    @Option(
        name: .customLong("receiver-json"),
        help: ArgumentHelp("Receivers as JSON with Alertmanager's keys.", valueName: "file"))
    var receiverJSON: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Alerting configuration (a directory or files) that defines the receivers.", valueName: "path"))
    var config: [String] = []

    @Option(name: .long, help: .hidden)
    var db: String = GovernorDatabase.defaultPath

    /// Adds NotificationRecord JSON lines to the outbox (used by the crash tests and by operators replaying).
    @Option(name: .long, help: .hidden)
    var enqueue: String?

    /// Delivers everything in the outbox at `--db`, retrying with backoff, until it is empty.
    @Flag(name: .customLong("drain-outbox"), help: .hidden)
    var drainOutbox = false

    func validate() throws {
        var problems: [String] = []
        let modes = [test != nil, enqueue != nil, drainOutbox].filter { $0 }.count
        if modes != 1 { problems.append("give exactly one of --test RECEIVER, --enqueue FILE or --drain-outbox") }
        if receiverJSON != nil && !config.isEmpty {
            problems.append("give either --config PATH or --receiver-json FILE, not both")
        }
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() throws {
        let outcome = Mutex<Result<Void, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        let command = self
        // The root command is synchronous; wait here for the async work rather than making every command async.
        Task {
            let result: Result<Void, any Error>
            do {
                try await command.runAsync()
                result = .success(())
            } catch {
                result = .failure(error)
            }
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        if case .failure(let error) = outcome.withLock({ $0 }) {
            // A receiver error already reads `file:line:col: error: message`.
            printError(error is ReceiverError ? "\(error)" : "error: \(error)")
            throw ExitCode(1)
        }
    }

    private func runAsync() async throws {
        if let enqueue {
            try await enqueueRecords(from: enqueue)
        } else if let test {
            try await sendTest(to: test)
        } else {
            try await drain()
        }
    }

    /// Where the receivers come from, as the error for an unknown receiver names it.
    private var receiverSource: String { receiverJSON ?? configPaths.joined(separator: ", ") }

    var configPaths: [String] { config.isEmpty ? ["alerts/"] : config }

    private func receivers() throws -> [ReceiverConfiguration] {
        guard let receiverJSON else { return try receiversFromAlertingConfiguration() }
        let data = try Data(contentsOf: URL(fileURLWithPath: receiverJSON))
        do {
            return try ReceiverConfigurationJSON.decode(data, file: receiverJSON)
        } catch let error as DecodingError {
            throw NotifyFailure("\(receiverJSON): not a receivers document: \(describe(error))")
        }
    }

    private func factory() throws -> ReceiverFactory {
        ReceiverFactory(ticketLedger: SQLiteTicketLedger(database: try GovernorDatabase(path: db)))
    }

    private func sendTest(to name: String) async throws {
        let all = try receivers()
        guard let receiver = all.first(where: { $0.name == name }) else {
            let known = all.map(\.name).joined(separator: ", ")
            throw NotifyFailure(
                "no receiver named \"\(name)\" in \(receiverSource); known receivers: \(known.isEmpty ? "none" : known)"
            )
        }
        let notifiers = try factory().notifiers(for: receiver)
        let notification = SampleNotification.make(receiver: name, at: Self.now())
        for (index, notifier) in notifiers.enumerated() {
            do {
                try await notifier.send(notification)
            } catch {
                let kind = receiver.integrations[index].kind
                throw NotifyFailure("\(kind) integration of \"\(name)\" failed: \(error.message)")
            }
        }
        print("sent a test notification to \"\(name)\" through \(notifiers.count) integration(s)")
    }

    private func enqueueRecords(from path: String) async throws {
        let store = SQLiteOutboxStore(database: try GovernorDatabase(path: db))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var count = 0
        for (number, line) in text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            let record: NotificationRecord
            do {
                record = try JSONDecoder().decode(NotificationRecord.self, from: Data(line.utf8))
            } catch let error as DecodingError {
                throw NotifyFailure("\(path):\(number + 1): not a notification: \(describe(error))")
            }
            try await store.enqueue(try record.notification(), at: Self.now())
            count += 1
        }
        print("enqueued \(count) notification(s)")
    }

    private func drain() async throws {
        let factory = try factory()
        var notifiers: [String: [any Notifier]] = [:]
        for receiver in try receivers() { notifiers[receiver.name] = try factory.notifiers(for: receiver) }
        let store = SQLiteOutboxStore(database: try GovernorDatabase(path: db))
        let dispatcher = OutboxDispatcher(store: store, notifiers: notifiers)
        let report = try await dispatcher.drain(
            now: { Self.now() }, sleep: { milliseconds in try await Task.sleep(for: .milliseconds(milliseconds)) })
        print("delivered \(report.delivered.count), dead-lettered \(report.deadLettered.count)")
        for failure in report.deadLettered { printError("dead letter \(failure.id): \(failure.reason)") }
    }

    private static func now() -> Int64 { Int64((Date().timeIntervalSince1970 * 1_000).rounded()) }

    private func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            "missing \"\(key.stringValue)\" at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "\(context.debugDescription) at \(path(context.codingPath))"
        @unknown default:
            "\(error)"
        }
    }

    private func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty
            ? "the top level"
            : codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
                .joined(separator: ".")
    }
}

struct NotifyFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
