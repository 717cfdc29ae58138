import Foundation
import GovernorCore
import GovernorEngine

/// Pushes alerts to every Alertmanager of a cluster (`POST {url}/api/v2/alerts`); each must accept them, since
/// Alertmanager instances gossip notification state but not alerts.
struct AlertmanagerNotifier: Notifier {
    let name: String
    let urls: [URL]
    let transport: HTTPTransport
    /// How long a firing alert stays valid without being re-sent (Prometheus uses 4 × its resend delay).
    let firingValidity: Int64

    func send(_ notification: GroupNotification) async throws(NotifierError) {
        let now = Int64((transport.now().timeIntervalSince1970 * 1_000).rounded())
        let alerts = notification.alerts.map { PostableAlert($0, now: now, firingValidity: firingValidity) }
        let body: Data
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            body = try encoder.encode(alerts)
        } catch {
            throw NotifierError("alertmanager \(name): cannot encode the alerts", retryable: false)
        }
        var failures: [NotifierError] = []
        for url in urls {
            let request = HTTPRequest(
                url: url.appendingPathComponent("api/v2/alerts"),
                headers: ["Content-Type": "application/json", "User-Agent": "Governor"], body: body,
                target: "alertmanager \(name) at \(url.absoluteString)")
            do {
                try await transport.send(request)
            } catch {
                failures.append(error)
            }
        }
        guard !failures.isEmpty else { return }
        // Re-sending to the instances that accepted is harmless: Alertmanager merges alerts by label set.
        throw NotifierError(
            failures.map(\.message).joined(separator: "; "), retryable: failures.contains { $0.retryable },
            retryAfter: failures.compactMap(\.retryAfter).max())
    }
}
