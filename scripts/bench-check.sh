#!/usr/bin/env bash
# Times `governor check` on 1,000 generated policy files holding 10,000 rules (10 per file).
#
# Usage: scripts/bench-check.sh [path/to/governor]
# Needs hyperfine (apt-get install hyperfine). Builds the release binary unless one is given.
# The goal (issue 3) was under 1 s; issue 13 asks for 0.3 s.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
governor="${1:-}"
if [[ -z "$governor" ]]; then
    swift build -c release --product governor --package-path "$root" >&2
    governor="$root/.build/release/governor"
fi
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

# Each file is a Prometheus rule group: recording rules with aggregations and label matchers, alerts with
# for/labels/annotations templates. Every tenth file is a Governor Rules document with a cron schedule.
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

"$governor" check "$workdir" --alerts none | tail -1
hyperfine --warmup 2 --runs 10 "$governor check $workdir --alerts none"
