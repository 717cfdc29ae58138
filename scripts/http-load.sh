#!/usr/bin/env bash
# Load-tests the daemon's HTTP API while it evaluates 10,000 rules: `governor run` (release) on the simulator, with
# the shipped policies plus RULE_GROUPS generated groups of RULES_PER_GROUP rules each, every 10 s; then wrk drives
# /api/ops/telemetry and /api/v1/query for DURATION each. Prints requests/s, p50/p99 latency, errors, and what the
# daemon's own /metrics say about its ticks during the load (missed ticks, tick durations).
#
# usage: scripts/http-load.sh
#   RULE_GROUPS      generated rule groups (default 100)
#   RULES_PER_GROUP  rules in each (default 100; 100 × 100 = 10,000 rules)
#   DURATION         wrk's run per endpoint (default 30s)
#   CONNECTIONS      wrk's open connections (default 32)
#   THREADS          wrk's threads (default 2)
#   OUT              scratch folder (default .build/http-load)
# Needs: swift, wrk and curl (apt-get install wrk curl).
set -euo pipefail
cd "$(dirname "$0")/.."

RULE_GROUPS=${RULE_GROUPS:-100}
RULES_PER_GROUP=${RULES_PER_GROUP:-100}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
OUT=${OUT:-.build/http-load}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

echo "== building (release)"
swift build -c release --product governor 2>&1 | tail -n 1
governor=$PWD/.build/release/governor

rm -rf "$OUT" && mkdir -p "$OUT/policies"
cp policies/*.yaml "$OUT/policies/"
# Each group mixes recording rules and alerts over the simulator's series, each with its own threshold or
# matcher, so no two rules are the same expression.
for group in $(seq 1 "$RULE_GROUPS"); do
    {
        echo "groups:"
        echo "  - name: load-$group"
        echo "    interval: 10s"
        echo "    rules:"
        for rule in $(seq 1 "$RULES_PER_GROUP"); do
            threshold="0.$group$rule"
            case $((rule % 4)) in
            0)
                echo "      - record: load:error_ratio:rate5m_${group}_$rule"
                echo "        expr: sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m])) / sum by (job) (rate(http_requests_total[5m]))"
                ;;
            1)
                echo "      - alert: LoadErrorRatio${group}x$rule"
                echo "        expr: sum by (job) (rate(http_requests_total{code=~\"5..\"}[5m])) / sum by (job) (rate(http_requests_total[5m])) > $threshold"
                echo "        for: 1m"
                echo "        labels: {severity: warning, component: slo}"
                ;;
            2)
                echo "      - alert: LoadLatency${group}x$rule"
                echo "        expr: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > $rule"
                echo "        labels: {severity: warning, component: slo}"
                ;;
            3)
                echo "      - alert: LoadCPU${group}x$rule"
                echo "        expr: avg by (instance) (rate(node_cpu_seconds_total{mode!=\"idle\"}[1m])) > 0.$rule"
                echo "        labels: {severity: info, component: system}"
                ;;
            esac
        done
    } >"$OUT/policies/load-$group.yaml"
done
rules=$((RULE_GROUPS * RULES_PER_GROUP))
"$governor" check "$OUT/policies" --alerts none | tail -n 1

key="load-test-key-$RANDOM$RANDOM"
export GOVERNOR_DASH_KEY=$key
"$governor" run --policies "$OUT/policies" --alerts none --state "$OUT/state.sqlite" --logs "$OUT/logs" \
    --simulate payment-outage --speed 1 --listen 127.0.0.1:0 --metrics-without-key >"$OUT/daemon.log" 2>&1 &
daemon=$!
trap 'kill $daemon 2>/dev/null || true; wait $daemon 2>/dev/null || true' EXIT

# The bound port is printed at start (port 0 picks a free one).
base=""
for _ in $(seq 1 600); do
    port=$(grep -soE 'http://127\.0\.0\.1:[0-9]+' "$OUT/daemon.log" | head -n 1 || true)
    if [[ -n "$port" ]] && curl -fsS "$port/readyz" >/dev/null 2>&1; then base=$port; break; fi
    kill -0 $daemon 2>/dev/null || { cat "$OUT/daemon.log" >&2; exit 1; }
    sleep 0.5
done
[[ -n "$base" ]] || { echo "the daemon did not become ready; see $OUT/daemon.log" >&2; exit 1; }
echo "== governor run at $base: $rules generated rules in $RULE_GROUPS groups every 10 s, plus the shipped policies"

# Sums a family of the daemon's /metrics over all its series.
metric() { curl -fsS "$base/metrics" | awk -v name="$1" '$1 ~ "^"name"({|$)" { sum += $2 } END { printf "%.6f\n", sum }'; }

# Lets the groups tick once before the first measurement, so the numbers are steady-state.
sleep 12
query=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("sum by (job) (rate(http_requests_total[5m]))"))')
for endpoint in "/api/ops/telemetry" "/api/v1/query?query=$query"; do
    ticks_before=$(metric governor_rule_group_duration_seconds_count)
    seconds_before=$(metric governor_rule_group_duration_seconds_sum)
    missed_before=$(metric governor_missed_ticks_total)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "X-Dash-Key: $key" "$base$endpoint" >"$OUT/wrk.txt"
    ticks=$(awk -v a="$ticks_before" -v b="$(metric governor_rule_group_duration_seconds_count)" 'BEGIN { print b - a }')
    seconds=$(awk -v a="$seconds_before" -v b="$(metric governor_rule_group_duration_seconds_sum)" 'BEGIN { print b - a }')
    missed=$(awk -v a="$missed_before" -v b="$(metric governor_missed_ticks_total)" 'BEGIN { print b - a }')
    rate=$(awk '/^Requests\/sec/ { print $2 }' "$OUT/wrk.txt")
    p50=$(awk '$1 == "50%" { print $2 }' "$OUT/wrk.txt")
    p99=$(awk '$1 == "99%" { print $2 }' "$OUT/wrk.txt")
    errors=$(awk '/Non-2xx|Socket errors/ { print }' "$OUT/wrk.txt" | tr '\n' ' ')
    printf '%-26s %9s req/s  p50 %-9s p99 %-9s group ticks %-5s mean tick %6.2f ms  missed ticks %s %s\n' \
        "${endpoint%%\?*}" "$rate" "$p50" "$p99" "$ticks" \
        "$(awk -v s="$seconds" -v n="$ticks" 'BEGIN { print (n > 0 ? s * 1000 / n : 0) }')" "$missed" "$errors"
done
echo "(wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per endpoint, on the same machine as the daemon)"
