import Foundation

/// One line of `logs/maintenance_tickets.ndjson`: a ticket Governor opened.
struct MaintenanceTicketLine: Encodable {
    var openedAt: String
    var receiver: String
    var ticketID: String
    var url: String?
    var fingerprint: String
    var title: String
    var labels: [String: String]

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
