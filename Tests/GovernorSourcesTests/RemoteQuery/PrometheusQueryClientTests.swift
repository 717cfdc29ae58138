import Foundation
import GovernorQuery
import GovernorSources
import GovernorTestSupport
import Testing

/// The client against a loopback server that answers as a query API does, and as broken ones do.
@Suite struct PrometheusQueryClientTests {
    func client(_ reply: @escaping @Sendable (LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Reply) throws
        -> (PrometheusQueryClient, LoopbackHTTPServer)
    {
        let server = try LoopbackHTTPServer { request, _ in reply(request) }
        return (PrometheusQueryClient(baseURL: URL(string: server.baseURL + "/prefix")!, timeout: 1_000), server)
    }

    func error(_ body: @escaping @autoclosure () async throws -> Value) async -> RemoteQueryError? {
        do {
            _ = try await body()
            return nil
        } catch let error as RemoteQueryError {
            return error
        } catch {
            return nil
        }
    }

    @Test func sendsAFormPostAndDecodesEveryResultType() async throws {
        let bodies = [
            "vector":
                #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{"__name__":"up","job":"a b"},"value":[1700000000.5,"NaN"]},{"metric":{},"value":[1700000000.5,"+Inf"]}]}}"#,
            "scalar": #"{"status":"success","data":{"resultType":"scalar","result":[1700000000,"-2.5e-3"]}}"#,
            "string": #"{"status":"success","data":{"resultType":"string","result":[1700000000.001,"hello \"x\""]}}"#,
            "matrix":
                #"{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"a"},"values":[[1699999999,"1"],[1700000000,"2"]]}]},"warnings":["partial"]}"#,
        ]
        let (client, server) = try client { request in
            let query = request.bodyText.split(separator: "&").first { $0.hasPrefix("query=") }!.dropFirst(6)
            return .respond(status: 200, body: bodies[String(query)]!)
        }
        defer { server.stop() }
        guard case .vector(let vector) = try await client.query("vector", at: 1_700_000_000_500) else {
            Issue.record("expected a vector")
            return
        }
        #expect(vector.map(\.labels) == [["__name__": "up", "job": "a b"], [:]])
        #expect(vector[0].value.isNaN && vector[1].value == .infinity)
        #expect(vector[0].timestamp == 1_700_000_000_500)
        #expect(try await client.query("scalar", at: 0) == .scalar(-0.0025, 1_700_000_000_000))
        #expect(try await client.query("string", at: 0) == .string("hello \"x\"", 1_700_000_000_001))
        #expect(
            try await client.query("matrix", at: 0)
                == .matrix([
                    RangeSeries(
                        labels: ["job": "a"],
                        points: [
                            FloatPoint(timestamp: 1_699_999_999_000, value: 1),
                            FloatPoint(timestamp: 1_700_000_000_000, value: 2),
                        ])
                ]))
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.path == "/prefix/api/v1/query")
        #expect(request.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(request.bodyText == "query=vector&time=1700000000.500&timeout=1s")
    }

    @Test func expressionsAreFormEncoded() async throws {
        let (client, server) = try client { _ in
            .respond(status: 200, body: #"{"status":"success","data":{"resultType":"vector","result":[]}}"#)
        }
        defer { server.stop() }
        #expect(try await client.query("sum by (code) (rate(x{a=~\"b|c\"}[5m])) + 1", at: 0) == .vector([]))
        #expect(
            server.requests.first?.bodyText
                == "query=sum%20by%20%28code%29%20%28rate%28x%7Ba%3D~%22b%7Cc%22%7D%5B5m%5D%29%29%20%2B%201&time=0&timeout=1s"
        )
    }

    @Test func prometheusErrorsAreTyped() async throws {
        let (client, server) = try client { _ in
            .respond(
                status: 400,
                body:
                    #"{"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:6: parse error: unexpected end of input"}"#
            )
        }
        defer { server.stop() }
        let failure = await error(try await client.query("rate(", at: 0))
        #expect(
            failure
                == .api(
                    errorType: "bad_data",
                    message: "invalid parameter \"query\": 1:6: parse error: unexpected end of input", status: 400))
        #expect(failure?.isTimeout == false)
    }

    @Test func garbageASlowBackendAndNobodyListeningAreErrorsNotHangs() async throws {
        let (garbage, garbageServer) = try client { _ in .respond(status: 502, body: "<html>Bad Gateway</html>") }
        defer { garbageServer.stop() }
        #expect(
            await error(try await garbage.query("up", at: 0))
                == .unexpectedResponse(status: 502, detail: #"not the query API's JSON: "<html>Bad Gateway</html>""#))

        let (slow, slowServer) = try client { _ in .stall(seconds: 120) }
        defer { slowServer.stop() }
        let started = ContinuousClock.now
        let timeout = await error(try await slow.query("up", at: 0))
        #expect(ContinuousClock.now - started < .seconds(60), "the timeout, not the 120s stall")
        #expect(timeout?.isTimeout == true)
        #expect(
            timeout?.description
                == "POST http://127.0.0.1:\(slowServer.port)/prefix/api/v1/query: no complete answer within 1s (timeout)"
        )

        let port = try LoopbackHTTPServer.freePort()
        let nobody = PrometheusQueryClient(baseURL: URL(string: "http://127.0.0.1:\(port)")!, timeout: 1_000)
        guard case .http(.transport) = await error(try await nobody.query("up", at: 0)) else {
            Issue.record("expected a transport error")
            return
        }
    }

    @Test func aMalformedSuccessNamesTheField() throws {
        let body = Data(
            #"{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}}"#.utf8)
        #expect(
            throws: RemoteQueryError.unexpectedResponse(
                status: 200, detail: "data.result[0].value must be [timestamp, \"value\"]")
        ) {
            try QueryResponseDecoder.decode(body, status: 200)
        }
    }
}
