#!/usr/bin/env bash
# Prometheus 2.42 and `governor run` side by side, one after the other on this machine: both scrape the same
# generated exporter (100k series by default) every 15s and evaluate the same 10k alerting rules every 15s.
# Prints each one's per-tick rule evaluation time, its RSS, and the ratio.
#
# usage: scripts/bench-vs-prometheus.sh [path/to/governor]
#   SERIES   exporter series (default 100000; half of them the counters the rules read)
#   RULES    alerting rules (default 10000)
#   SECONDS_EACH  how long each one runs (default 420: the 5m windows fill, then two minutes are measured)
#   OUT      working directory (default .build/bench-vs-prometheus)
# Needs: prometheus 2.42 (apt-get install prometheus), python3, curl. Everything listens on 127.0.0.1 only.
#
# Prometheus's time is `prometheus_rule_group_last_duration_seconds` (read every 15s over the measured minutes,
# median). Governor's is its `/metrics` histogram `governor_rule_group_duration_seconds`: the mean tick over the
# same minutes, from the change in `_sum` and `_count`. RSS is VmRSS of the process at the end. CPU is the
# process's user and system time over the measured minutes (scraping, evaluating and everything else).
set -euo pipefail
cd "$(dirname "$0")/.."
SERIES=${SERIES:-100000}
RULES=${RULES:-10000}
SECONDS_EACH=${SECONDS_EACH:-420}
MEASURE=${MEASURE:-120}
OUT=${OUT:-.build/bench-vs-prometheus}
governor="${1:-}"
for tool in prometheus python3 curl; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 2; }
done
if [[ -z "$governor" ]]; then
    swift build -c release --product governor 2>&1 | tail -n 1 >&2
    governor=.build/release/governor
fi
rm -rf "$OUT"
mkdir -p "$OUT/policies" "$OUT/prometheus-data"
# Absolute, because Prometheus reads rule_files as globs: a path that matches nothing loads no rules, silently.
OUT=$(cd "$OUT" && pwd)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
EXPORTER_PORT=$(free_port)
PROMETHEUS_PORT=$(free_port)
GOVERNOR_PORT=$(free_port)

# The exporter: http_requests_total{host, code} counters (five codes per host, two of them 5xx, a 5xx share of
# 0.4) and as many gauges again, every value a function of the wall clock so every scrape sees them move.
cat > "$OUT/exporter.py" <<'PY'
import http.server, sys, time
port, series = int(sys.argv[1]), int(sys.argv[2])
codes = [("200", 5), ("201", 1), ("404", 4), ("500", 3), ("503", 3)]
hosts = max(1, series // 2 // len(codes))
counters = [(f'http_requests_total{{host="host-{h}",code="{c}"}} ', rate) for h in range(hosts) for c, rate in codes]
gauges = [f'queue_depth{{host="host-{h}",queue="q{q}"}} ' for h in range(hosts) for q in range(len(codes))]
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        seconds = int(time.time())
        lines = ["# TYPE http_requests_total counter"]
        lines += [f"{name}{rate * seconds}" for name, rate in counters]
        lines.append("# TYPE queue_depth gauge")
        lines += [f"{name}{seconds % 97}" for name in gauges]
        body = ("\n".join(lines) + "\n").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args): pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
PY
HOSTS=$((SERIES / 2 / 5))

# The rules, a Prometheus rule file that Governor loads unchanged: rule i watches host i (wrapping around).
{
    echo "groups:"
    echo "  - name: bench"
    echo "    interval: 15s"
    echo "    rules:"
    for ((rule = 0; rule < RULES; rule++)); do
        host=$((rule % HOSTS))
        echo "      - alert: HighErrorShare$rule"
        echo "        expr: sum by (job) (rate(http_requests_total{host=\"host-$host\", code=~\"5..\"}[5m])) / sum by (job) (rate(http_requests_total{host=\"host-$host\"}[5m])) > 0.3"
    done
} > "$OUT/policies/rules.yaml"
cat > "$OUT/policies/sources.yaml" <<YAML
kind: Sources
series: [http_requests_total, queue_depth]
scrape:
  - {job: exporter, targets: ["127.0.0.1:$EXPORTER_PORT"], interval: 15s, timeout: 14s}
YAML
cat > "$OUT/prometheus.yml" <<YAML
global: {scrape_interval: 15s, scrape_timeout: 14s, evaluation_interval: 15s}
rule_files: [$OUT/policies/rules.yaml]
scrape_configs:
  - job_name: exporter
    static_configs: [{targets: ["127.0.0.1:$EXPORTER_PORT"]}]
YAML

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

python3 "$OUT/exporter.py" "$EXPORTER_PORT" "$SERIES" &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$EXPORTER_PORT/metrics" -o /dev/null && break; sleep 0.2; done
echo "exporter: $(curl -sf "http://127.0.0.1:$EXPORTER_PORT/metrics" | grep -vc '^#') series on 127.0.0.1:$EXPORTER_PORT;" \
    "$RULES rules over $HOSTS hosts; each side runs ${SECONDS_EACH}s and is measured over the last ${MEASURE}s"

rss_mib() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
ticks_per_second=$(getconf CLK_TCK)
cpu_seconds() { awk -v hz="$ticks_per_second" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR ? v[int((NR + 1) / 2)] : "nan") }'; }

# Prometheus.
prometheus --config.file="$OUT/prometheus.yml" --storage.tsdb.path="$OUT/prometheus-data" \
    --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" --log.level=warn >"$OUT/prometheus.log" 2>&1 &
prometheus_pid=$!
pids+=("$prometheus_pid")
sleep $((SECONDS_EACH - MEASURE))
prometheus_cpu_before=$(cpu_seconds "$prometheus_pid")
: > "$OUT/prometheus-durations"
for ((read = 0; read < MEASURE / 15; read++)); do
    curl -sf "http://127.0.0.1:$PROMETHEUS_PORT/metrics" \
        | awk '/^prometheus_rule_group_last_duration_seconds/ { print $2 }' >> "$OUT/prometheus-durations"
    sleep 15
done
if [[ ! -s "$OUT/prometheus-durations" ]]; then
    echo "error: Prometheus reported no rule group duration; see $OUT/prometheus.log" >&2
    exit 1
fi
prometheus_seconds=$(median < "$OUT/prometheus-durations")
prometheus_rss=$(rss_mib "$prometheus_pid")
prometheus_cpu=$(awk -v a="$prometheus_cpu_before" -v b="$(cpu_seconds "$prometheus_pid")" 'BEGIN { printf "%.2f", b - a }')
kill "$prometheus_pid"
wait "$prometheus_pid" 2>/dev/null || true

# Governor.
governor_metric() {
    curl -sf "http://127.0.0.1:$GOVERNOR_PORT/metrics" \
        | awk -v name="governor_rule_group_duration_seconds_$1" '$1 ~ "^" name "\\{.*group=\"bench\"" { print $2 }'
}
"$governor" run --policies "$OUT/policies" --alerts none --state "$OUT/governor.sqlite" --logs "$OUT/logs" \
    --listen "127.0.0.1:$GOVERNOR_PORT" --metrics-without-key >"$OUT/governor.log" 2>&1 &
governor_pid=$!
pids+=("$governor_pid")
sleep $((SECONDS_EACH - MEASURE))
sum_before=$(governor_metric sum)
count_before=$(governor_metric count)
governor_cpu_before=$(cpu_seconds "$governor_pid")
sleep "$MEASURE"
sum_after=$(governor_metric sum)
count_after=$(governor_metric count)
governor_rss=$(rss_mib "$governor_pid")
governor_cpu=$(awk -v a="$governor_cpu_before" -v b="$(cpu_seconds "$governor_pid")" 'BEGIN { printf "%.2f", b - a }')
kill "$governor_pid"
wait "$governor_pid" 2>/dev/null || true
if [[ -z "$sum_before" || -z "$count_after" || "$count_after" == "$count_before" ]]; then
    echo "error: governor served no rule group ticks on /metrics (see $OUT/governor.log)" >&2
    exit 1
fi
governor_seconds=$(awk -v s0="$sum_before" -v s1="$sum_after" -v c0="$count_before" -v c1="$count_after" \
    'BEGIN { printf "%.6f", (s1 - s0) / (c1 - c0) }')

awk -v p="$prometheus_seconds" -v g="$governor_seconds" -v pr="$prometheus_rss" -v gr="$governor_rss" \
    -v pc="$prometheus_cpu" -v gc="$governor_cpu" -v m="$MEASURE" 'BEGIN {
    printf "prometheus 2.42: %9.2f ms per tick (median), RSS %s MiB, CPU %s s over %d s\n", p * 1000, pr, pc, m
    printf "governor:        %9.2f ms per tick (mean),   RSS %s MiB, CPU %s s over %d s\n", g * 1000, gr, gc, m
    if (g > 0) printf "prometheus / governor: %.1fx per tick", p / g
    if (gc > 0) printf ", %.1fx CPU", pc / gc
    print ""
}'
