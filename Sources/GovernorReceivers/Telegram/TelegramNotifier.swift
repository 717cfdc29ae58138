import Foundation
import GovernorCore
import GovernorEngine

/// Telegram Bot API `sendMessage`. Long messages go out as several messages, in order.
struct TelegramNotifier: Notifier {
    let name: String
    let settings: TelegramSettings
    let botToken: String
    let template: AlertTemplate?
    let transport: HTTPTransport

    func send(_ notification: GroupNotification) async throws(NotifierError) {
        if notification.status == .resolved && !settings.sendResolved { return }
        for part in TelegramMessageSplitter.split(try text(for: notification)) {
            try await sendPart(part)
        }
    }

    /// The default text is escaped for the parse mode; a configured template is the user's own markup.
    func text(for notification: GroupNotification) throws(NotifierError) -> String {
        guard let template else {
            return TelegramEscaping.escape(GovernanceAlertText.render(notification), for: settings.parseMode)
        }
        var labels = notification.commonLabels
        labels.merge(notification.groupLabels) { current, _ in current }
        do {
            return try template.render(TemplateData(labels: labels, value: 0, externalURL: notification.externalURL))
        } catch {
            throw NotifierError("telegram \(name): message template: \(error.message)", retryable: false)
        }
    }

    private func sendPart(_ text: String) async throws(NotifierError) {
        let message = TelegramSendMessage(
            chatID: settings.chatID, messageThreadID: settings.messageThreadID, text: text,
            parseMode: settings.parseMode?.rawValue, disableNotification: settings.disableNotification)
        let body: Data
        do {
            body = try JSONEncoder().encode(message)
        } catch {
            throw NotifierError("telegram \(name): cannot encode the message", retryable: false)
        }
        let base = settings.apiURL.hasSuffix("/") ? String(settings.apiURL.dropLast()) : settings.apiURL
        guard let url = URL(string: "\(base)/bot\(botToken)/sendMessage") else {
            throw NotifierError("telegram \(name): api_url is not a valid URL", retryable: false)
        }
        let request = HTTPRequest(
            url: url, headers: ["Content-Type": "application/json"], body: body, target: "telegram \(name) sendMessage")
        let response = try await transport.exchange(request, secrets: [botToken])
        if let failure = failure(in: response) { throw failure.scrubbing([botToken]) }
    }

    /// The Bot API puts its reason and `retry_after` in the JSON body; prefer those to the HTTP status alone.
    private func failure(in response: HTTPResponse) -> NotifierError? {
        let target = "telegram \(name) sendMessage"
        guard var error = HTTPFailureClassifier.error(for: response, target: target, now: transport.now()) else {
            return nil
        }
        guard let answer = try? JSONDecoder().decode(TelegramErrorResponse.self, from: response.body), !answer.ok
        else { return error }
        let code = answer.errorCode ?? response.status
        error.message = "\(target): error \(code): \(answer.description ?? "no description")"
        if let seconds = answer.parameters?.retryAfter {
            error.retryAfter = max(error.retryAfter ?? 0, seconds * 1_000)
            error.retryable = true
        }
        return error
    }
}
