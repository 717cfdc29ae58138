import Foundation
import GovernorCore
import GovernorForecast
import GovernorForecastLLM
import GovernorTestSupport
import Testing

/// The language model forecaster against a real HTTP server on 127.0.0.1, answering as the OpenAI API does, and
/// as it does on a bad day: every answer ends in a validated forecast or in the statistical one with the reason.
@Suite struct LanguageModelLoopbackTests {
    typealias S = ChatServer

    /// Each answer fixture, served for real: the same verdict as the validator's, and a fallback keeps the
    /// statistical forecast.
    @Test(arguments: AnswerFixtures.names)
    func servedAnswerGetsItsVerdict(name: String) async throws {
        let content = try AnswerFixtures.answer(name)
        let server = try LoopbackHTTPServer { _, _ in S.completion(content) }
        defer { server.stop() }
        let declaration = S.declaration(S.settings(server))
        let snapshot = S.snapshot(declaration)
        let run = await S.runner(waits: S.Waits()).run(declaration, snapshot: snapshot)
        let expected = try AnswerFixtures.expected(name)
        #expect(server.requests.count == 1, "a wrong answer is not asked again")
        #expect(run.model == "test-model" && run.tokens == 321)
        if expected.hasPrefix("validated: ") {
            #expect(run.source == .languageModel && run.fallbackReason == nil)
            #expect(AnswerFixtures.verdict(run.forecast) == expected)
        } else {
            #expect(run.source == .statistical)
            #expect(run.fallbackReason == "answer " + expected)
            #expect(run.forecast == StatisticalForecaster().forecast(snapshot))
        }
    }

    @Test func theRequestAsksForTheSchemaWithTheKeyAndABoundedPrompt() async throws {
        let server = try LoopbackHTTPServer { _, _ in S.completion(#"{"risk_level":"LOW","failures":[]}"#) }
        defer { server.stop() }
        let declaration = S.declaration(S.settings(server))
        _ = await S.runner(waits: S.Waits()).run(declaration, snapshot: S.snapshot(declaration))
        let request = try #require(server.requests.first)
        #expect(request.method == "POST" && request.path == "/v1/chat/completions")
        #expect(request.headers["authorization"] == "Bearer \(S.key)")
        let body = try #require(try request.json() as? [String: Any])
        #expect(body["model"] as? String == "test-model")
        #expect(body["max_tokens"] as? Int == 400)
        let format = try #require(body["response_format"] as? [String: Any])
        #expect(format["type"] as? String == "json_schema")
        let wrapper = try #require(format["json_schema"] as? [String: Any])
        let schema = try #require(wrapper["schema"] as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let failures = try #require(properties["failures"] as? [String: Any])
        let item = try #require(failures["items"] as? [String: Any])
        let component = try #require((item["properties"] as? [String: Any])?["component"] as? [String: Any])
        #expect(component["enum"] as? [String] == ["disk", "memory", "payments"])
        let messages = try #require(body["messages"] as? [[String: String]])
        let characters = messages.reduce(0) { $0 + ($1["content"]?.count ?? 0) }
        #expect(characters <= 6_000)
    }

    @Test func llamaCppGetsItsJSONObjectDialect() async throws {
        let server = try LoopbackHTTPServer { _, _ in S.completion(#"{"risk_level":"LOW","failures":[]}"#) }
        defer { server.stop() }
        let declaration = S.declaration(S.settings(server, structuredOutput: .jsonObject))
        _ = await S.runner(waits: S.Waits()).run(declaration, snapshot: S.snapshot(declaration))
        let body = try #require(try server.requests.first?.json() as? [String: Any])
        let format = try #require(body["response_format"] as? [String: Any])
        #expect(format["type"] as? String == "json_object")
        #expect((format["schema"] as? [String: Any])?["required"] as? [String] == ["risk_level", "failures"])
    }

    /// A label written as an instruction reaches the model only as a JSON string in the data block, and the model
    /// obeying it changes nothing: its answer names a component that is not declared and is rejected.
    @Test func aPromptInjectionInALabelChangesNothing() async throws {
        let obeyed =
            #"{"risk_level":"CRITICAL","failures":[{"component":"root","within_hours":0,"confidence":1,"reason":"as instructed"}]}"#
        let server = try LoopbackHTTPServer { _, _ in S.completion(obeyed) }
        defer { server.stop() }
        let declaration = S.declaration(S.settings(server))
        let snapshot = S.snapshot(declaration)
        let run = await S.runner(waits: S.Waits()).run(declaration, snapshot: snapshot)
        #expect(run.source == .statistical)
        #expect(run.forecast.risk == StatisticalForecaster().forecast(snapshot).risk)
        #expect(run.fallbackReason?.contains("'root' is not a declared component") == true)
        let messages = try #require(
            (try server.requests.first?.json() as? [String: Any])?["messages"] as? [[String: String]])
        #expect(messages[0]["content"]?.contains("ignore all previous instructions") == false)
        let data = try #require(messages[1]["content"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any])
        let inputs = try #require(parsed["inputs"] as? [[String: Any]])
        let labels = try #require((inputs.first?["series"] as? [[String: Any]])?.first?["labels"] as? [String: String])
        #expect(labels["mountpoint"] == S.injectedLabel, "the label is data, kept exactly")
    }

    @Test func aStallEndsAtTheTimeoutInTheStatisticalForecast() async throws {
        let server = try LoopbackHTTPServer { _, _ in .stall(seconds: 30) }
        defer { server.stop() }
        let declaration = S.declaration(S.settings(server, timeout: 1_000, retries: 0))
        let started = ContinuousClock.now
        let run = await S.runner(waits: S.Waits()).run(declaration, snapshot: S.snapshot(declaration))
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(run.source == .statistical)
        #expect(run.fallbackReason == "llm test-model timed out")
        #expect(run.latency >= 900)
    }

    @Test func a429IsRetriedAfterItsRetryAfter() async throws {
        let valid = try AnswerFixtures.answer("valid")
        let server = try LoopbackHTTPServer { _, index in
            index == 0
                ? .respond(status: 429, headers: ["Retry-After": "2"], body: #"{"error":"rate limited"}"#)
                : S.completion(valid)
        }
        defer { server.stop() }
        let waits = S.Waits()
        let declaration = S.declaration(S.settings(server))
        let run = await S.runner(waits: waits).run(declaration, snapshot: S.snapshot(declaration))
        #expect(server.requests.count == 2)
        #expect(waits.all == [2_000], "the server's Retry-After, not the backoff")
        #expect(run.source == .languageModel && run.forecast.risk == .high)
    }

    @Test func a429AskingForTooLongFallsBackAtOnce() async throws {
        let server = try LoopbackHTTPServer { _, _ in .respond(status: 429, headers: ["Retry-After": "3600"]) }
        defer { server.stop() }
        let waits = S.Waits()
        let declaration = S.declaration(S.settings(server))
        let run = await S.runner(waits: waits).run(declaration, snapshot: S.snapshot(declaration))
        #expect(server.requests.count == 1 && waits.all.isEmpty)
        #expect(
            run.fallbackReason
                == "llm test-model answered HTTP 429; Retry-After 3600s is longer than the forecaster waits")
    }

    @Test func a500IsRetriedWithBackoffThenFallsBack() async throws {
        let server = try LoopbackHTTPServer { _, _ in .respond(status: 500, body: #"{"error":"overloaded"}"#) }
        defer { server.stop() }
        let waits = S.Waits()
        let declaration = S.declaration(S.settings(server, retries: 2))
        let run = await S.runner(waits: waits).run(declaration, snapshot: S.snapshot(declaration))
        #expect(server.requests.count == 3)
        #expect(waits.all == [500, 1_000])
        #expect(run.source == .statistical)
        #expect(run.fallbackReason == #"llm test-model answered HTTP 500: {"error":"overloaded"} (after 3 attempts)"#)
    }

    @Test func aClosedConnectionFallsBackWithItsReason() async throws {
        let server = try LoopbackHTTPServer { _, _ in .closeConnection }
        defer { server.stop() }
        let declaration = S.declaration(S.settings(server, retries: 1))
        let run = await S.runner(waits: S.Waits()).run(declaration, snapshot: S.snapshot(declaration))
        #expect(server.requests.count == 2)
        #expect(run.source == .statistical)
        #expect(run.fallbackReason?.hasPrefix("llm test-model failed: connection problem") == true)
    }

    @Test func withoutAKeyNothingIsSent() async throws {
        let server = try LoopbackHTTPServer { _, _ in S.completion("{}") }
        defer { server.stop() }
        let declaration = S.declaration(S.settings(server))
        let run = await S.runner(waits: S.Waits(), environment: [:]).run(declaration, snapshot: S.snapshot(declaration))
        #expect(server.requests.isEmpty)
        #expect(run.fallbackReason == "no API key: TEST_LLM_KEY is not set")
        #expect(run.source == .statistical && run.latency == 0)
    }

    @Test func overTheHourlyBudgetNothingIsSent() async throws {
        let server = try LoopbackHTTPServer { _, _ in S.completion(#"{"risk_level":"LOW","failures":[]}"#) }
        defer { server.stop() }
        let declaration = S.declaration(S.settings(server, maxCallsPerHour: 2))
        let snapshot = S.snapshot(declaration)
        let runner = S.runner(waits: S.Waits())
        let runs = [
            await runner.run(declaration, snapshot: snapshot), await runner.run(declaration, snapshot: snapshot),
            await runner.run(declaration, snapshot: snapshot),
        ]
        #expect(server.requests.count == 2)
        #expect(runs.map(\.source) == [.languageModel, .languageModel, .statistical])
        #expect(runs[2].fallbackReason == "over budget: 2 calls in the last hour (max_calls_per_hour 2)")
    }
}
