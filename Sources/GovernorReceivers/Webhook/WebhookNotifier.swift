import Foundation
import GovernorCore
import GovernorEngine

/// Alertmanager's generic webhook: POSTs the version 4 JSON, with an optional bearer token.
struct WebhookNotifier: Notifier {
    let name: String
    let url: URL
    let bearerToken: String?
    let sendResolved: Bool
    let maxAlerts: Int
    let transport: HTTPTransport

    func send(_ notification: GroupNotification) async throws(NotifierError) {
        guard let notification = sendResolved ? notification : notification.droppingResolved() else { return }
        let body: Data
        do {
            body = try WebhookMessage(notification, maxAlerts: maxAlerts).json()
        } catch {
            throw NotifierError("webhook \(name): cannot encode the payload", retryable: false)
        }
        var headers = ["Content-Type": "application/json", "User-Agent": "Governor"]
        if let bearerToken { headers["Authorization"] = "Bearer \(bearerToken)" }
        let request = HTTPRequest(url: url, headers: headers, body: body, target: "webhook \(name)")
        try await transport.send(request, secrets: bearerToken.map { [$0] } ?? [])
    }
}
