import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The daemon's HTTP API as the console uses it: JSON in and out, the dashboard key in a header.
struct ConsoleDaemonClient: Sendable {
    let baseURL: String
    let key: String?

    struct Failure: Error, CustomStringConvertible {
        var description: String
        /// Nothing answered at all (as opposed to an error answer).
        var unreachable: Bool
    }

    /// The JSON body and status of one request; throws only when nothing answered or the body is not JSON.
    func call(_ path: String, method: String = "GET", body: Any? = nil) async throws(Failure) -> (Int, Any) {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        guard let url = URL(string: base + path) else {
            throw Failure(description: "bad URL \(base + path)", unreachable: true)
        }
        var request = URLRequest(url: url, timeoutInterval: 10)
        request.httpMethod = method
        if let key { request.setValue(key, forHTTPHeaderField: "X-Dash-Key") }
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
        }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw Failure(
                description: "no daemon answers at \(baseURL): \(error.localizedDescription)", unreachable: true)
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            throw Failure(description: "the daemon answered \(status) without JSON", unreachable: false)
        }
        if status == 401 {
            throw Failure(
                description: "the daemon refused the dashboard key: set GOVERNOR_DASH_KEY or --dash-key-file",
                unreachable: false)
        }
        return (status, json)
    }

    /// A successful GET's JSON; an error answer becomes a failure with the daemon's message.
    func get(_ path: String) async throws(Failure) -> Any {
        let (status, json) = try await call(path)
        guard status == 200 else {
            let message = (json as? [String: Any])?["error"] as? String ?? "status \(status)"
            throw Failure(description: "\(path): \(message)", unreachable: false)
        }
        return json
    }

    /// Whether a daemon answers at all (health needs no key).
    func reachable() async -> Bool {
        do {
            _ = try await call("/healthz")
            return true
        } catch {
            return !error.unreachable
        }
    }
}
