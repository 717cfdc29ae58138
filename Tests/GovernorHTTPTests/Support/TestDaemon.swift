import Foundation
import GovernorDaemon
import GovernorHTTP
import GovernorQuery
import GovernorSources
import Hummingbird
import ServiceLifecycle
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A daemon core and its HTTP server on a free loopback port, driven instant by instant by the test (no clock
/// runs by itself): `advance(to:)` runs a step, and requests go over real HTTP.
final class TestDaemon: Sendable {
    let core: DaemonCore
    let configuration: DaemonConfiguration
    let http: DaemonHTTP
    let port: Int
    let directory: URL
    let key = "test-key-\(UUID().uuidString)"
    private let server: Task<Void, any Error>
    let lines = Mutex<[String]>([])

    /// `policies` maps file names to YAML; `alerts` is an Alertmanager-style routing file, or nil for none.
    /// `reusing` is another daemon's folder (its database included), to start again on it as a restart does.
    init(
        policies: [String: String], alerts: String? = nil, sources: [any MetricSource], start: Timestamp = 0,
        settings: HTTPSettings = HTTPSettings(port: 0), reusing: URL? = nil
    ) async throws {
        directory =
            reusing ?? FileManager.default.temporaryDirectory.appendingPathComponent("governor-http-\(UUID())")
        let policyDirectory = directory.appendingPathComponent("policies")
        try FileManager.default.createDirectory(at: policyDirectory, withIntermediateDirectories: true)
        for (name, text) in policies {
            try text.write(to: policyDirectory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        var alertsPath: String?
        if let alerts {
            let url = directory.appendingPathComponent("alerts.yaml")
            try alerts.write(to: url, atomically: true, encoding: .utf8)
            alertsPath = url.path
        }
        let collected = Mutex<[String]>([])
        let base = DaemonConfiguration(
            policyPaths: [policyDirectory.path], alertsPath: alertsPath,
            databasePath: directory.appendingPathComponent("state.sqlite").path,
            logsDirectory: directory.appendingPathComponent("logs").path, sources: sources,
            sourceDescriptions: sources.map(\.name), clock: .simulated(from: start, speed: 1), timeline: "test",
            reloadPollInterval: 0, environment: [:], write: { line in collected.withLock { $0.append(line) } })
        http = try DaemonHTTP(
            settings: settings,
            keySource: DashKeySource(
                environment: [DashKeySource.environmentVariable: key], keyFile: nil,
                generatedKeyFile: directory.appendingPathComponent("dash.key").path),
            board: base.board)
        configuration = http.instrument(base)
        core = try await DaemonCore.start(configuration)
        let bound = Mutex<Int?>(nil)
        let service = http.service(core: core, configuration: configuration) { port in bound.withLock { $0 = port } }
        server = Task { try await service.run() }
        var waited = 0
        while bound.withLock({ $0 }) == nil {
            try await Task.sleep(for: .milliseconds(10))
            waited += 10
            if waited > 10_000 { throw TestDaemonError("the HTTP server did not start within 10 s") }
        }
        port = bound.withLock { $0 }!
    }

    func advance(to time: Timestamp) async {
        await core.advance(to: time)
    }

    func stop() {
        server.cancel()
    }

    /// One request over loopback; `key` nil sends none.
    func request(
        _ path: String, method: String = "GET", key: String?? = .none, body: Data? = nil,
        contentType: String? = nil, headers: [String: String] = [:]
    ) async throws -> (status: Int, body: Data, headers: [String: String]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.httpBody = body
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        switch key {
        case .none: request.setValue(self.key, forHTTPHeaderField: "X-Dash-Key")
        case .some(.some(let key)): request.setValue(key, forHTTPHeaderField: "X-Dash-Key")
        case .some(.none): break
        }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields["\(name)".lowercased()] = "\(value)" }
        return (http.statusCode, data, fields)
    }

    /// The body parsed as JSON.
    func json(_ path: String, key: String?? = .none) async throws -> (status: Int, json: Any) {
        let (status, body, _) = try await request(path, key: key)
        return (status, try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]))
    }
}

struct TestDaemonError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
