import ArgumentParser

@main
struct Governor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "governor",
        abstract: "A governance engine for production operations, driven by declarative YAML policies.",
        discussion: """
            Governor evaluates rules written in a PromQL-compatible language (with Prometheus 2.42's \
            semantics) against metrics, and turns SLOs, compliance and alerts into decisions.

            Start by evaluating one expression against a small data file:

              governor eval 'sum by (job) (rate(http_requests_total[5m]))' \\
                --load examples/http_requests.load --at 10m

            Data files use Prometheus's promqltest `load` notation: `load 1m` and then lines like
            `http_requests_total{job="api"} 0+60x10` (0, 60, 120, … one value per minute).

            Check how closely the engine follows Prometheus with its own test corpus:

              governor conformance promql path/to/promql/*.test

            Every command takes --format text|json. Run `governor help <command>` for details.
            """,
        subcommands: [
            EvalCommand.self, CheckCommand.self, GraphCommand.self, TestCommand.self, DryRunCommand.self,
            RunCommand.self, ExplainCommand.self, RoutesCommand.self, NotifyCommand.self, SchemaCommand.self,
            ConformanceCommand.self,
            SimulateCommand.self,
        ]
    )
}
