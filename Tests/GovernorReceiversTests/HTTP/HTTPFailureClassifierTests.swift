import Foundation
import GovernorEngine
import GovernorReceivers
import Testing

@Suite struct HTTPFailureClassifierTests {
    func classify(_ status: Int, _ headers: [String: String] = [:]) -> (retryable: Bool, retryAfter: Int64?)? {
        let response = HTTPResponse(status: status, headers: headers, body: Data())
        return HTTPFailureClassifier.error(for: response, target: "t", now: fixedNow).map {
            ($0.retryable, $0.retryAfter)
        }
    }

    @Test func successesAreNotErrors() {
        #expect(classify(200) == nil)
        #expect(classify(204) == nil)
    }

    @Test func serverErrorsAndThrottlingAreRetryable() {
        #expect(classify(500)?.retryable == true)
        #expect(classify(503)?.retryable == true)
        #expect(classify(408)?.retryable == true)
        #expect(classify(429)?.retryable == true)
    }

    @Test func clientErrorsAreNot() {
        for status in [400, 401, 403, 404, 413, 301] { #expect(classify(status)?.retryable == false) }
        #expect(classify(400, ["Retry-After": "5"])?.retryAfter == nil)
    }

    @Test func retryAfterInSecondsOrAsADate() {
        #expect(classify(429, ["retry-after": "7"])?.retryAfter == 7_000)
        // fixedNow is 2023-11-14T22:15:00Z.
        #expect(classify(503, ["Retry-After": "Tue, 14 Nov 2023 22:15:30 GMT"])?.retryAfter == 30_000)
        #expect(classify(503, ["Retry-After": "Tue, 14 Nov 2023 22:00:00 GMT"])?.retryAfter == 0)
        #expect(classify(503, ["Retry-After": "soon"])?.retryAfter == nil)
    }
}
