#!/usr/bin/env bash
# Times `governor check` on 1,000 generated policy files holding 10,000 rules (10 per file).
#
# Usage: scripts/bench-check.sh [path/to/governor [path/to/baseline-governor]]
# Needs hyperfine (apt-get install hyperfine). Builds the release binary unless one is given. With a second binary
# both are timed side by side in one hyperfine run, which is the only fair comparison on a shared machine.
# BENCH_CHECK_DIR=dir keeps the generated files there (and reuses them when they exist) instead of a temporary
# directory. The goal (issue 3) was under 1 s; issue 13 asks for 0.3 s.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
governor="${1:-}"
baseline="${2:-}"
if [[ -z "$governor" ]]; then
    swift build -c release --product governor --package-path "$root" >&2
    governor="$root/.build/release/governor"
fi
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }

if [[ -n "${BENCH_CHECK_DIR:-}" ]]; then
    workdir="$BENCH_CHECK_DIR"
    mkdir -p "$workdir"
else
    workdir="$(mktemp -d)"
    trap 'rm -rf "$workdir"' EXIT
fi

# Each file is a Prometheus rule group: recording rules with aggregations and label matchers, alerts with
# for/labels/annotations templates. Every tenth file is a Governor Rules document with a cron schedule.
if [[ -z "$(find "$workdir" -name '*.yaml' -print -quit)" ]]; then
    for file in $(seq -w 1 1000); do
        dir="$workdir/team-$((10#$file % 20))"
        mkdir -p "$dir"
        {
            if (( 10#$file % 10 == 0 )); then
                echo "kind: Rules"
            fi
            echo "groups:"
            echo "  - name: service-$file"
            if (( 10#$file % 10 == 0 )); then
                echo "    schedule: {cron: \"*/5 * * * *\"}"
            else
                echo "    interval: 1m"
            fi
            echo "    rules:"
            for rule in 1 2 3 4 5 6; do
                echo "      - record: service_$file:http_requests:rate5m_$rule"
                echo "        expr: sum by (job, code) (rate(http_requests_total{service=\"s$file\", handler=~\"/api/v$rule/.*\"}[5m]))"
                echo "        labels: {team: team-$((10#$file % 20))}"
            done
            for rule in 1 2 3 4; do
                echo "      - alert: Service${file}ErrorBudgetBurn$rule"
                echo "        expr: |"
                echo "          sum(service_$file:http_requests:rate5m_$rule{code=~\"5..\"})"
                echo "            / sum(service_$file:http_requests:rate5m_$rule) > 0.0$rule"
                echo "        for: ${rule}m"
                echo "        labels:"
                echo "          severity: warning"
                echo "        annotations:"
                echo "          summary: \"{{ \$labels.job }} error ratio is {{ \$value | humanizePercentage }}\""
            done
        } > "$dir/service-$file.yaml"
    done
fi

"$governor" check "$workdir" --alerts none | tail -1
# The other engineers' builds share these cores: the load goes into the benchmark row with the numbers.
uptime
commands=("$governor check $workdir --alerts none")
if [[ -n "$baseline" ]]; then
    commands=("$baseline check $workdir --alerts none" "${commands[@]}")
fi
hyperfine -N --warmup 3 --runs 30 "${commands[@]}"
