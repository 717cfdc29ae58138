import GovernorDaemon
import GovernorQuery

/// `/api/v1/status/buildinfo`'s data, with Prometheus's keys. Governor is not built by Go and has no VCS stamp,
/// so only `version` carries a value.
enum PrometheusBuildInfo {
    static var json: String {
        "{\"version\":\(JSONText.quoted(GovernorVersion.current)),\"revision\":\"\",\"branch\":\"\","
            + "\"buildUser\":\"\",\"buildDate\":\"\",\"goVersion\":\"\"}"
    }
}
