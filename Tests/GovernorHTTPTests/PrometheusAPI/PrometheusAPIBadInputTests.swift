import Foundation
import GovernorHTTP
import Testing

/// Malformed queries, times, ranges, steps and forms: Governor must refuse each one exactly as a real Prometheus
/// 2.42 does, with the same status code, `errorType` and message.
@Suite(.serialized) struct PrometheusAPIBadInputTests {
    struct BadRequest {
        var method: String
        var path: String
        var contentType: String?
        var body: String?
    }

    static func badRequests() throws -> [BadRequest] {
        try fixture("prometheus-api/bad-requests.txt").split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            line in
            let fields = line.split(separator: " ", maxSplits: 3).map(String.init)
            return BadRequest(
                method: fields[0], path: fields[1], contentType: fields.count > 2 ? fields[2] : nil,
                body: fields.count > 3 ? fields[3] : nil)
        }
    }

    @Test func badRequestsAreRefusedAsPrometheusRefusesThem() async throws {
        let harness = try await PrometheusAPIHarness()
        defer { harness.stop() }
        await harness.runGovernor(seconds: 0)
        let requests = try Self.badRequests()
        #expect(requests.count > 30)
        for request in requests {
            let (governor, prometheus) = try await harness.both(
                request.path, method: request.method, body: request.body, contentType: request.contentType)
            #expect(governor == prometheus, "\(request.method) \(request.path) \(request.body ?? "")")
            #expect(governor.status >= 400, "\(request.method) \(request.path) was accepted")
        }
    }

}
