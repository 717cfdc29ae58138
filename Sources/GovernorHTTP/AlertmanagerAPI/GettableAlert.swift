import GovernorCore
import GovernorDaemon
import GovernorEngine
import GovernorQuery

/// An alert in Alertmanager's `gettableAlert` shape.
struct GettableAlert: Encodable {
    struct Status: Encodable {
        /// `active`, or `suppressed` when silenced or inhibited.
        var state: String
        var silencedBy: [String]
        var inhibitedBy: [String]
    }

    struct Receiver: Encodable {
        var name: String
    }

    var labels: [String: String]
    var annotations: [String: String]
    var startsAt: String
    var endsAt: String
    var updatedAt: String
    var fingerprint: String
    var receivers: [Receiver]
    var status: Status
    var generatorURL: String?
}

/// The alerts as Alertmanager would hold them had Governor sent them to it: every firing alert (a pending one is
/// never sent to an Alertmanager), with the receivers its routes reach and what silences or inhibits it now.
struct AlertmanagerAlerts {
    let snapshot: DaemonSnapshot
    let now: Int64

    var alerts: [GettableAlert] {
        let firing = snapshot.activeAlerts.map { $0.alert }.filter { $0.state == .firing }
        let sources = firing.map(\.labels)
        let silences = (snapshot.alerting?.silences ?? []) + snapshot.runtimeSilences.values.map(\.silence)
        let inhibitRules = snapshot.alerting?.inhibitRules ?? []
        return firing.map { alert in
            let silencedBy = silences.filter { $0.mutes(alert.labels, at: now) }.map(\.id).sorted()
            let inhibitedBy = Set(inhibitRules.compactMap { $0.inhibitor(of: alert.labels, amongFiring: sources) })
                .map(AlertFingerprint.of).sorted()
            let receivers = snapshot.alerting?.route.matches(alert.labels).map(\.receiver) ?? []
            let startsAt = alert.firedAt ?? alert.activeAt
            return GettableAlert(
                labels: Dictionary(alert.labels.pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 }),
                annotations: alert.annotations, startsAt: AlertmanagerTime.format(startsAt),
                endsAt: AlertmanagerTime.format(alert.validUntil ?? startsAt),
                updatedAt: AlertmanagerTime.format(alert.lastSentAt ?? startsAt),
                fingerprint: AlertFingerprint.of(alert.labels), receivers: receivers.map(GettableAlert.Receiver.init),
                status: GettableAlert.Status(
                    state: silencedBy.isEmpty && inhibitedBy.isEmpty ? "active" : "suppressed",
                    silencedBy: silencedBy, inhibitedBy: inhibitedBy))
        }.sorted { $0.fingerprint < $1.fingerprint }
    }
}
