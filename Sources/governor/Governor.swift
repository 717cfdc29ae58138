import ArgumentParser
import GovernorDaemon

@main
struct Governor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "governor",
        abstract: "A governance engine for production operations, driven by declarative YAML policies.",
        discussion: """
            Three uses, in the order you meet them:

              1. Edit the YAML in policies/ (SLOs, thresholds, the compliance index) and alerts/ (routes, \
            receivers), then check it: every mistake is reported as file:line:col.
                   governor check

              2. Dry-run it: replay a metrics history and see every alert that would fire and who would be told.
                   governor simulate payment-outage --to outage.ndjson
                   governor dry-run --history outage.ndjson

              3. Run it: the daemon evaluates the policies on every tick, keeps alert state across restarts, \
            delivers notifications and writes logs/.
                   governor run --simulate payment-outage --speed 60 --stop-after 1h

            Also: `governor governance` (one governance pass now), `governor test` (promtool-compatible unit \
            tests), `governor explain` (why an alert fired), `governor routes test` (who is told), \
            `governor console` (ask the running daemon in plain words), and `governor eval` (one PromQL expression). Every command takes --format text|json; run \
            `governor help <command>` for details.
            """,
        version: GovernorVersion.withBuild,
        subcommands: [
            EvalCommand.self, CheckCommand.self, GraphCommand.self, TestCommand.self, DryRunCommand.self,
            RunCommand.self, GovernanceCommand.self, ExplainCommand.self, RoutesCommand.self, NotifyCommand.self,
            SchemaCommand.self, ReportCommand.self,
            ConformanceCommand.self,
            SimulateCommand.self,
            ForecastCommand.self,
            ConsoleCommand.self,
        ]
    )
}
