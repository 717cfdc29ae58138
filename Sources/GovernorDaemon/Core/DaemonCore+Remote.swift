import Foundation
import GovernorCore
import GovernorQuery
import GovernorRuntime
import GovernorSources

extension DaemonCore {
    /// The answers of every group due at `now` that names a `backend`: each rule expression and clear condition
    /// as an instant query at the group's instant, all in parallel. A failed query becomes that rule's error for
    /// this tick (the backend's own message); the other groups never wait longer than the client's timeout.
    func remoteAnswers(dueAt now: Timestamp) async -> [Int: RemoteAnswers] {
        let remote = runtime.due(at: now).compactMap { due -> (Int, Timestamp, String, [String])? in
            guard let backend = runtime.plans[due.job].group.backend else { return nil }
            return (due.job, due.time, backend, runtime.evaluators[due.job].remoteExpressions)
        }
        guard !remote.isEmpty else { return [:] }
        return await withTaskGroup(of: (Int, String, Result<Value, EvaluationError>).self) { group in
            for (plan, time, backend, expressions) in remote {
                guard let url = URL(string: backend) else { continue }
                let client = PrometheusQueryClient(baseURL: url)
                for expression in Set(expressions) {
                    group.addTask {
                        do {
                            return (plan, expression, .success(try await client.query(expression, at: time)))
                        } catch {
                            return (plan, expression, .failure(EvaluationError("backend \(backend): \(error)")))
                        }
                    }
                }
            }
            var answers: [Int: RemoteAnswers] = [:]
            for await (plan, expression, answer) in group {
                answers[plan, default: [:]][expression] = answer
            }
            return answers
        }
    }
}
