public import Foundation
public import GovernorEngine

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends requests with URLSession (libcurl on Linux), with a timeout, and turns every failure into a
/// `NotifierError` that never contains a secret.
public struct HTTPTransport: Sendable {
    public var timeout: TimeInterval
    public var now: @Sendable () -> Date

    public init(timeout: TimeInterval = 10, now: @escaping @Sendable () -> Date = { Date() }) {
        self.timeout = timeout
        self.now = now
    }

    /// Sends `request`; a non-2xx answer throws. `secrets` are scrubbed from every error message, in case a
    /// server echoes one back.
    @discardableResult
    public func send(_ request: HTTPRequest, secrets: [String] = []) async throws(NotifierError) -> HTTPResponse {
        let response = try await exchange(request, secrets: secrets)
        if let failure = HTTPFailureClassifier.error(for: response, target: request.target, now: now()) {
            throw failure.scrubbing(secrets)
        }
        return response
    }

    /// Sends `request` and returns whatever the server answered; only transport failures throw. For APIs whose
    /// error bodies say more than their status codes.
    public func exchange(_ request: HTTPRequest, secrets: [String] = []) async throws(NotifierError) -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let data: Data
        let urlResponse: URLResponse
        do {
            (data, urlResponse) = try await session.data(for: urlRequest)
        } catch let error as URLError {
            throw HTTPFailureClassifier.error(for: error, target: request.target).scrubbing(secrets)
        } catch {
            throw NotifierError("\(request.target) failed: \(type(of: error))", retryable: true)
        }
        guard let http = urlResponse as? HTTPURLResponse else {
            throw NotifierError("\(request.target) gave a non-HTTP response", retryable: true)
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name] = value }
        }
        return HTTPResponse(status: http.statusCode, headers: headers, body: data)
    }
}

extension NotifierError {
    /// The same error with every secret replaced, so that no message can leak one.
    func scrubbing(_ secrets: [String]) -> NotifierError {
        var copy = self
        for secret in secrets where !secret.isEmpty {
            copy.message = copy.message.replacingOccurrences(of: secret, with: "<secret>")
        }
        return copy
    }
}
