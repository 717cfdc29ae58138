public import Foundation
public import GovernorCore
public import GovernorEngine

/// The one place that knows every receiver kind: a configuration in, its notifiers out.
/// Adding a receiver means adding a folder and one case here.
public struct ReceiverFactory: Sendable {
    public var environment: [String: String]
    public var fileReader: @Sendable (String) throws -> String
    public var transport: HTTPTransport
    public var ticketLedger: any TicketLedger
    public var ticketLogPath: String
    /// Where the stdout receiver writes each line.
    public var standardOutput: @Sendable (String) -> Void
    /// How long a firing alert pushed to Alertmanager stays valid without a re-send (ms).
    public var alertmanagerFiringValidity: Int64

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        fileReader: @escaping @Sendable (String) throws -> String = { try String(contentsOfFile: $0, encoding: .utf8) },
        transport: HTTPTransport = HTTPTransport(), ticketLedger: any TicketLedger = InMemoryTicketLedger(),
        ticketLogPath: String = "logs/maintenance_tickets.ndjson",
        standardOutput: @escaping @Sendable (String) -> Void = { print($0) },
        alertmanagerFiringValidity: Int64 = 240_000
    ) {
        self.environment = environment
        self.fileReader = fileReader
        self.transport = transport
        self.ticketLedger = ticketLedger
        self.ticketLogPath = ticketLogPath
        self.standardOutput = standardOutput
        self.alertmanagerFiringValidity = alertmanagerFiringValidity
    }

    /// Every integration of the receiver, in configuration order. Collects nothing lazily: a missing token or a
    /// bad template fails here, at load, not at the first alert.
    public func notifiers(for receiver: ReceiverConfiguration) throws(ReceiverError) -> [any Notifier] {
        let secrets = SecretResolver(environment: environment, fileReader: fileReader)
        var notifiers: [any Notifier] = []
        for integration in receiver.integrations {
            switch integration {
            case .telegram(let settings):
                let token = try secrets.resolve(settings.botToken, setting: "telegram bot_token", receiver: receiver)
                let template = try settings.message.map { source throws(ReceiverError) in
                    try parse(source, setting: "telegram message", receiver: receiver)
                }
                notifiers.append(
                    TelegramNotifier(
                        name: receiver.name, settings: settings, botToken: token, template: template,
                        transport: transport))
            case .notion(let settings):
                let token = try secrets.resolve(settings.token, setting: "notion token", receiver: receiver)
                var templates: [String: AlertTemplate] = [:]
                for (property, source) in settings.properties {
                    templates[property] = try parse(source, setting: "notion property \(property)", receiver: receiver)
                }
                notifiers.append(
                    NotionNotifier(
                        name: receiver.name, settings: settings, token: token, templates: templates,
                        ledger: ticketLedger, ticketLog: NDJSONFile(path: ticketLogPath), transport: transport))
            case .webhook(let settings):
                let token = try settings.bearerToken.map { reference throws(ReceiverError) in
                    try secrets.resolve(reference, setting: "webhook bearer_token", receiver: receiver)
                }
                notifiers.append(
                    WebhookNotifier(
                        name: receiver.name, url: try url(settings.url, setting: "webhook url", receiver: receiver),
                        bearerToken: token, sendResolved: settings.sendResolved, maxAlerts: settings.maxAlerts,
                        transport: transport))
            case .alertmanager(let settings):
                var urls: [URL] = []
                for text in settings.urls {
                    urls.append(try url(text, setting: "alertmanager url", receiver: receiver))
                }
                notifiers.append(
                    AlertmanagerNotifier(
                        name: receiver.name, urls: urls, transport: transport,
                        firingValidity: alertmanagerFiringValidity))
            case .log(let settings):
                notifiers.append(LogNotifier(name: receiver.name, file: NDJSONFile(path: settings.path)))
            case .stdout:
                notifiers.append(StdoutNotifier(name: receiver.name, write: standardOutput))
            }
        }
        return notifiers
    }

    private func parse(_ source: String, setting: String, receiver: ReceiverConfiguration) throws(ReceiverError)
        -> AlertTemplate
    {
        do {
            return try AlertTemplate(source)
        } catch {
            throw ReceiverError("receiver \"\(receiver.name)\": \(setting): \(error.message)", at: receiver.location)
        }
    }

    private func url(_ text: String, setting: String, receiver: ReceiverConfiguration) throws(ReceiverError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            url.host != nil
        else {
            throw ReceiverError(
                "receiver \"\(receiver.name)\": \(setting) must be an http(s) URL", at: receiver.location)
        }
        return url
    }
}
