import Dispatch
public import Foundation
import GovernorQuery

#if canImport(FoundationNetworking)
    public import FoundationNetworking
#endif

/// One HTTP exchange with a hard deadline, for sources that poll other services (scrapes, remote queries).
///
/// URLSession's own timeouts are idle timeouts: a server that trickles a byte a second would hold a request
/// forever. Here the deadline covers the whole exchange, as Prometheus's scrape context does, and the
/// request is cancelled when it passes, so a slow target can never stall a tick.
public struct SourceHTTPClient: Sendable {
    public init() {}

    public struct Response: Sendable {
        public var status: Int
        public var contentType: String?
        public var body: Data
    }

    public func send(_ request: URLRequest, timeout milliseconds: Int64) async throws(SourceHTTPError) -> Response {
        let seconds = Double(milliseconds) / 1_000
        var request = request
        request.timeoutInterval = seconds
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = seconds
        configuration.timeoutIntervalForResource = seconds
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let outcome = await Self.race(request, session: session, milliseconds: milliseconds)
        return try outcome.get()
    }

    private static func race(
        _ request: URLRequest, session: URLSession, milliseconds: Int64
    ) async -> Result<Response, SourceHTTPError> {
        let target = "\(request.httpMethod ?? "GET") \(request.url?.absoluteString ?? "?")"
        let resumed = OnceFlag()
        return await withCheckedContinuation { continuation in
            @Sendable func finish(_ result: Result<Response, SourceHTTPError>) {
                if resumed.claim() { continuation.resume(returning: result) }
            }
            let task = session.dataTask(with: request) { data, response, error in
                if let error {
                    let reason =
                        (error as? URLError)?.code == .timedOut
                        ? SourceHTTPError.timeout(target: target, milliseconds: milliseconds)
                        : .transport(target: target, message: error.localizedDescription)
                    finish(.failure(reason))
                    return
                }
                guard let http = response as? HTTPURLResponse else {
                    finish(.failure(.transport(target: target, message: "the answer was not HTTP")))
                    return
                }
                let contentType = http.value(forHTTPHeaderField: "Content-Type")
                finish(.success(Response(status: http.statusCode, contentType: contentType, body: data ?? Data())))
            }
            task.resume()
            // Cancelling is all the deadline does with the task, and URLSessionTask.cancel is thread-safe.
            nonisolated(unsafe) let running = task
            // A Dispatch timer, not a Task: the deadline must fire even when every cooperative thread is busy.
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(milliseconds))) {
                finish(.failure(.timeout(target: target, milliseconds: milliseconds)))
                running.cancel()
            }
        }
    }
}

/// Why an HTTP exchange of a source failed; the message names the URL, never a secret (sources send none).
public enum SourceHTTPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `target` is the method and URL, e.g. `GET http://127.0.0.1:9100/metrics`.
    case timeout(target: String, milliseconds: Int64)
    case transport(target: String, message: String)

    public var description: String {
        switch self {
        case .timeout(let target, let milliseconds):
            "\(target): no complete answer within \(PrometheusDuration.format(milliseconds)) (timeout)"
        case .transport(let target, let message): "\(target): \(message)"
        }
    }
}
