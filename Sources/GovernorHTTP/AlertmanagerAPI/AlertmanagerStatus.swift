import GovernorDaemon

/// `GET /api/v2/status` in Alertmanager's `alertmanagerStatus` shape: a single node (clustering `disabled`), the
/// routing configuration as Alertmanager YAML, when the daemon started, and Governor's own version.
struct AlertmanagerStatus: Encodable {
    struct Cluster: Encodable {
        var status = "disabled"
        var peers: [String] = []
    }

    struct Configuration: Encodable {
        var original: String
    }

    /// Alertmanager's build fields; Governor fills in what it has (it is not built with Go).
    struct VersionInfo: Encodable {
        var version = GovernorVersion.current
        var revision = ""
        var branch = ""
        var buildUser = ""
        var buildDate = ""
        var goVersion = ""
    }

    var cluster = Cluster()
    var config: Configuration
    var uptime: String
    var versionInfo = VersionInfo()

    init(snapshot: DaemonSnapshot) {
        config = Configuration(original: snapshot.alerting.map(AlertmanagerConfigText.yaml) ?? "")
        uptime = AlertmanagerTime.format(snapshot.startedAt)
    }
}
