import GovernorCore
import GovernorQuery

/// The default Telegram message, in the product's original format, one field per line:
///
///     GOVERNANCE ALERT
///     Status: BREACH
///     Compliance Index: 65/100
///     Breach Severity: 12.5%
///     Breaches: availability, p95_latency
///
/// Fields come from the common annotations, else the first alert that has them, else the labels:
/// `compliance_index`, `breach_severity` and `breaches`. Without `breaches`, the firing alerts' `objective`
/// labels (or `alertname`s) are listed. A field with no source is left out rather than shown empty.
///
/// Firing alerts whose rules write the whole message in their `description` annotation (the shipped
/// GovernanceBreach does, with the compliance index and the breached objectives filled in from live series) are
/// sent as written: each distinct description, in alert order.
enum GovernanceAlertText {
    static func render(_ notification: GroupNotification) -> String {
        if notification.status == .firing {
            var descriptions: [String] = []
            for alert in notification.alerts where alert.status == .firing {
                guard let description = alert.annotations["description"] else { continue }
                if !descriptions.contains(description) { descriptions.append(description) }
            }
            if !descriptions.isEmpty { return descriptions.joined(separator: "\n\n") }
        }
        var lines = ["GOVERNANCE ALERT", "Status: \(notification.status == .firing ? "BREACH" : "RESOLVED")"]
        if let index = value("compliance_index", in: notification) {
            lines.append("Compliance Index: \(index)/100")
        }
        if let severity = value("breach_severity", in: notification) {
            lines.append("Breach Severity: \(severity.hasSuffix("%") ? severity : severity + "%")")
        }
        let breaches = value("breaches", in: notification) ?? breachedObjectives(notification)
        if !breaches.isEmpty { lines.append("Breaches: \(breaches)") }
        return lines.joined(separator: "\n")
    }

    private static func value(_ key: String, in notification: GroupNotification) -> String? {
        if let common = notification.commonAnnotations[key] { return common }
        if let annotated = notification.alerts.lazy.compactMap({ $0.annotations[key] }).first { return annotated }
        return notification.alerts.lazy.compactMap { $0.labels[key] }.first
    }

    private static func breachedObjectives(_ notification: GroupNotification) -> String {
        let firing = notification.alerts.filter { $0.status == .firing }
        let relevant = firing.isEmpty ? notification.alerts : firing
        var names: [String] = []
        for alert in relevant {
            guard let name = alert.labels["objective"] ?? alert.labels["alertname"], !names.contains(name) else {
                continue
            }
            names.append(name)
        }
        return names.joined(separator: ", ")
    }
}
