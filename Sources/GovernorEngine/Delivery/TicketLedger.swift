public import GovernorQuery

/// Which alerts (by fingerprint) have an open ticket, so a ticketing receiver never opens a second one.
/// SQLite in production; `InMemoryTicketLedger` in tests.
public protocol TicketLedger: Sendable {
    /// The ticket already open for the alert, if any.
    func openTicket(forFingerprint fingerprint: String) async throws -> String?
    func recordOpened(ticketID: String, fingerprint: String, at time: Timestamp) async throws
    /// Called when the alert resolves, so that a later firing opens a fresh ticket.
    func recordClosed(fingerprint: String, at time: Timestamp) async throws
}

public actor InMemoryTicketLedger: TicketLedger {
    private var open: [String: String] = [:]

    public init() {}

    public func openTicket(forFingerprint fingerprint: String) -> String? { open[fingerprint] }

    public func recordOpened(ticketID: String, fingerprint: String, at time: Timestamp) {
        open[fingerprint] = ticketID
    }

    public func recordClosed(fingerprint: String, at time: Timestamp) { open[fingerprint] = nil }
}
