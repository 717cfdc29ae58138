import Foundation
import GovernorQuery

/// A daemon with an alerting group (`api`), a governance group and a forecast, and the calls the action tests make.
enum OpsActionHarness {
    static let start: Timestamp = 1_800_000_000_000

    static func daemon(governance: Bool = true, forecast: Bool = true) async throws -> TestDaemon {
        var policies = ["rules.yaml": try fixture("rules.yaml")]
        if governance { policies["governance.yaml"] = try fixture("actions/governance.yaml") }
        if forecast { policies["forecasts.yaml"] = try fixture("actions/forecasts.yaml") }
        return try await TestDaemon(
            policies: policies,
            sources: [
                ConstantSource([
                    (["__name__": "errors"], 1), (["__name__": "requests"], 4), (["__name__": "free_bytes"], 5e9),
                ])
            ], start: start)
    }

    /// `POST /api/ops/actions/{name}` with `body` as it is.
    static func call(_ daemon: TestDaemon, _ name: String, body: String) async throws -> (
        status: Int, json: [String: Any]
    ) {
        let (status, data, _) = try await daemon.request(
            "/api/ops/actions/\(name)", method: "POST", body: Data(body.utf8), contentType: "application/json")
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return (status, json)
    }

    /// `POST /api/ops/actions/{name}` with `arguments` and the console as its source.
    static func call(_ daemon: TestDaemon, _ name: String, _ arguments: [String: Any] = [:]) async throws -> (
        status: Int, json: [String: Any]
    ) {
        let body = try JSONSerialization.data(withJSONObject: ["arguments": arguments, "source": "console"])
        return try await call(daemon, name, body: String(decoding: body, as: UTF8.self))
    }

    /// The audit log's lines, oldest first, read from the file itself.
    static func auditFile(_ daemon: TestDaemon) throws -> [[String: Any]] {
        let url = daemon.directory.appendingPathComponent("logs/audit.ndjson")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }
}
