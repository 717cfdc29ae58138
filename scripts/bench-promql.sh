#!/usr/bin/env bash
# Benchmarks Governor's PromQL engine in process, then against promtool 2.42 as whole processes.
#
# usage: scripts/bench-promql.sh [SERIES]
#   SERIES           series for the in-process benchmark (default 100000; 10000 for a quick run)
#   COMPARE_SERIES   series for the promtool comparison (default: SERIES, capped at 9000, because
#                    promtool's unit-test engine refuses these queries above ~4,800 series per query)
#   RUNS             timed in-process evaluations per query (default 9)
#   HYPERFINE_RUNS   runs per command in the side-by-side comparison (default 5)
#   OUT              where generated files go (default .build/bench-promql)
# Needs: swift, promtool 2.42, hyperfine, jq, /usr/bin/time.
set -euo pipefail

SERIES=${1:-100000}
COMPARE_SERIES=${COMPARE_SERIES:-$((SERIES < 9000 ? SERIES : 9000))}
RUNS=${RUNS:-9}
HYPERFINE_RUNS=${HYPERFINE_RUNS:-5}
cd "$(dirname "$0")/.."
OUT=${OUT:-.build/bench-promql}
# Both queries run at the last sample: 60 samples 15s apart end at 885s.
AT=885s
RATE_BY_JOB='sum by (job) (rate(http_requests_total[5m]))'
QUANTILE='histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))'

echo "== building (release)"
swift build -c release 2>&1 | tail -n 1
BENCH=.build/release/GovernorBenchmark
GOVERNOR=.build/release/governor
mkdir -p "$OUT"

echo
echo "== in-process benchmark, $SERIES series"
"$BENCH" --series "$SERIES" --runs "$RUNS"

echo
echo "== generating the comparison data, $COMPARE_SERIES series"
"$BENCH" --series "$COMPARE_SERIES" --generate-only \
    --write-load "$OUT/gen.load" --write-promtool "$OUT/gen.yml"

echo
echo "== promtool checks the generated expectations"
promtool test rules "$OUT/gen.yml"

echo "== governor answers (must agree with the expectations in $OUT/gen.yml)"
"$GOVERNOR" eval "$RATE_BY_JOB" --load "$OUT/gen.load" --at "$AT"
"$GOVERNOR" eval "$QUANTILE" --load "$OUT/gen.load" --at "$AT"

echo
echo "== peak memory, one run each (/usr/bin/time)"
/usr/bin/time -f "promtool: %e s elapsed, %M KB max RSS" promtool test rules "$OUT/gen.yml" >/dev/null
/usr/bin/time -f "governor: %e s elapsed, %M KB max RSS (first query)" \
    "$GOVERNOR" eval "$RATE_BY_JOB" --load "$OUT/gen.load" --at "$AT" >/dev/null

echo
echo "== whole process, loading included: promtool (both queries, one process) vs governor (both queries, two processes)"
hyperfine --warmup 1 --runs "$HYPERFINE_RUNS" --export-json "$OUT/hyperfine.json" \
    -n promtool "promtool test rules '$OUT/gen.yml'" \
    -n governor "'$GOVERNOR' eval '$RATE_BY_JOB' --load '$OUT/gen.load' --at $AT >/dev/null && '$GOVERNOR' eval '$QUANTILE' --load '$OUT/gen.load' --at $AT >/dev/null"

jq -r '
    (.results[] | select(.command == "promtool") | .mean) as $promtool
    | (.results[] | select(.command == "governor") | .mean) as $governor
    | "promtool / governor mean time: \($promtool / $governor * 1000 | round / 1000)x (promtool \($promtool * 1000 | round) ms, governor \($governor * 1000 | round) ms)"
' "$OUT/hyperfine.json"
