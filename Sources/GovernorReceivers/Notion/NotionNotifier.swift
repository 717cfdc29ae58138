import Foundation
import GovernorCore
import GovernorEngine
import GovernorQuery

/// Opens one Notion ticket (a page in a database) per firing alert, never a second one while the first is
/// open, and records each in the maintenance ticket log. A resolved alert closes its ledger entry, so that a
/// later firing gets a fresh ticket.
struct NotionNotifier: Notifier {
    let name: String
    let settings: NotionSettings
    let token: String
    /// Property name → template; the title property is among them when configured.
    let templates: [String: AlertTemplate]
    let ledger: any TicketLedger
    let ticketLog: NDJSONFile
    let transport: HTTPTransport

    func send(_ notification: GroupNotification) async throws(NotifierError) {
        let now = Int64((transport.now().timeIntervalSince1970 * 1_000).rounded())
        for alert in notification.alerts {
            switch alert.status {
            case .resolved:
                try await ledgerCall { try await ledger.recordClosed(fingerprint: alert.fingerprint, at: now) }
            case .firing:
                let open = try await ledgerCall { try await ledger.openTicket(forFingerprint: alert.fingerprint) }
                if open == nil { try await openTicket(for: alert, in: notification, at: now) }
            }
        }
    }

    private func openTicket(for alert: NotificationAlert, in notification: GroupNotification, at now: Int64)
        async throws(NotifierError)
    {
        let page = try page(for: alert)
        let body: Data
        do {
            body = try JSONEncoder().encode(page)
        } catch {
            throw NotifierError("notion \(name): cannot encode the page", retryable: false)
        }
        let base = settings.apiURL.hasSuffix("/") ? String(settings.apiURL.dropLast()) : settings.apiURL
        guard let url = URL(string: "\(base)/v1/pages") else {
            throw NotifierError("notion \(name): api_url is not a valid URL", retryable: false)
        }
        let request = HTTPRequest(
            url: url,
            headers: [
                "Authorization": "Bearer \(token)", "Notion-Version": settings.notionVersion,
                "Content-Type": "application/json",
            ], body: body, target: "notion \(name) pages")
        let response = try await transport.send(request, secrets: [token])
        guard let created = try? JSONDecoder().decode(NotionCreatedPage.self, from: response.body) else {
            // Notion said yes but we cannot tell which page: retrying could open a duplicate, so do not.
            throw NotifierError("notion \(name): the created page has no id", retryable: false)
        }
        try await ledgerCall {
            try await ledger.recordOpened(ticketID: created.id, fingerprint: alert.fingerprint, at: now)
        }
        let line = MaintenanceTicketLine(
            openedAt: RFC3339Time.text(now), receiver: notification.receiver, ticketID: created.id,
            url: created.url, fingerprint: alert.fingerprint, title: title(of: page), labels: alert.labels.dictionary)
        do {
            try ticketLog.append(try line.json())
        } catch {
            // The ticket exists and the ledger knows it; a missing log line must not reopen it.
            throw NotifierError("notion \(name): cannot append to \(ticketLog.path)", retryable: false)
        }
    }

    private func page(for alert: NotificationAlert) throws(NotifierError) -> NotionPage {
        let data = TemplateData(labels: alert.labels.dictionary, value: 0)
        var properties: [String: NotionPage.Property] = [:]
        for (property, template) in templates {
            let text: String
            do {
                text = try template.render(data)
            } catch {
                throw NotifierError("notion \(name): property \(property): \(error.message)", retryable: false)
            }
            properties[property] = property == settings.titleProperty ? .title(text) : .richText(text)
        }
        if properties[settings.titleProperty] == nil {
            let alertName = alert.labels["alertname"] ?? "alert"
            let summary = alert.annotations["summary"].map { ": \($0)" } ?? ""
            properties[settings.titleProperty] = .title(alertName + summary)
        }
        return NotionPage(parent: .init(databaseID: settings.databaseID), properties: properties)
    }

    private func title(of page: NotionPage) -> String {
        if case .title(let text) = page.properties[settings.titleProperty] { return text }
        return ""
    }

    /// Ledger failures (a locked database) pass; retry them.
    private func ledgerCall<T>(_ body: () async throws -> T) async throws(NotifierError) -> T {
        do {
            return try await body()
        } catch {
            throw NotifierError("notion \(name): ticket ledger: \(error)", retryable: true)
        }
    }
}
