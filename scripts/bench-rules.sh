#!/usr/bin/env bash
# Benchmarks `governor test` against `promtool test rules` (2.42) side by side, on the same files:
# promtool's own unittest.yml (copied from the shared corpus at run time, never committed) and a generated
# large test file (RULES recording rules over SERIES series, 2 hours at 1m).
#
# usage: scripts/bench-rules.sh
#   RULES            recording rules in the generated file (default 1000)
#   SERIES           input series in the generated file (default 2000)
#   HYPERFINE_RUNS   runs per command (default 5)
#   WARMUP           untimed warm-up runs per command (default 1)
#   OUT              where copied and generated files go (default .build/bench-rules)
#   GOVERNOR_CONFORMANCE_DIR  the corpus (default ../shared/conformance/prometheus-v2.42.0)
# Needs: swift, promtool 2.42, hyperfine, jq, awk, /usr/bin/time.
set -euo pipefail

RULES=${RULES:-1000}
SERIES=${SERIES:-2000}
HYPERFINE_RUNS=${HYPERFINE_RUNS:-5}
WARMUP=${WARMUP:-1}
cd "$(dirname "$0")/.."
OUT=${OUT:-.build/bench-rules}
CORPUS=${GOVERNOR_CONFORMANCE_DIR:-../shared/conformance/prometheus-v2.42.0}
SHARDS=20

echo "== building (release)"
swift build -c release --product governor 2>&1 | tail -n 1
GOVERNOR=$PWD/.build/release/governor
rm -rf "$OUT" && mkdir -p "$OUT/unittest" "$OUT/large"

cp "$CORPUS/promtool/unittest.yml" "$CORPUS/promtool/rules.yml" "$OUT/unittest/"

echo "== generating $RULES rules over $SERIES series (2h at 1m)"
awk -v rules="$RULES" -v shards="$SHARDS" 'BEGIN {
    print "groups:"
    print "  - name: bench"
    print "    rules:"
    for (i = 0; i < rules; i++) {
        printf "      - record: bench:rate:%d\n", i
        printf "        expr: sum(rate(http_requests_total{shard=\"s%d\"}[5m]))\n", i % shards
    }
    print "      - alert: ShardBusy"
    print "        expr: bench:rate:0 > 50"
    print "        for: 10m"
    print "        labels: {severity: page}"
}' > "$OUT/large/rules.yml"
awk -v series="$SERIES" -v shards="$SHARDS" 'BEGIN {
    print "rule_files: [rules.yml]"
    print "evaluation_interval: 1m"
    print "tests:"
    print "  - interval: 1m"
    print "    input_series:"
    for (i = 0; i < series; i++) {
        printf "      - series: '\''http_requests_total{instance=\"i%d\", shard=\"s%d\"}'\''\n", i, i % shards
        print "        values: '\''0+60x120'\''"
    }
    # Every series grows 1/s, so each shard sums to series/shards per second.
    print "    promql_expr_test:"
    print "      - expr: bench:rate:0"
    print "        eval_time: 2h"
    print "        exp_samples:"
    printf "          - labels: '\''bench:rate:0'\''\n            value: %d\n", series / shards
    print "    alert_rule_test:"
    print "      - eval_time: 2h"
    print "        alertname: ShardBusy"
    print "        exp_alerts:"
    print "          - exp_labels: {severity: page}"
}' > "$OUT/large/large.test.yml"

echo
echo "== both tools agree on both files"
for file in "$OUT/unittest/unittest.yml" "$OUT/large/large.test.yml"; do
    promtool test rules "$file" | tail -n 2 | head -n 1
    "$GOVERNOR" test "$file" | tail -n 2 | head -n 1
done

echo
echo "== peak memory, one run each (/usr/bin/time)"
/usr/bin/time -f "promtool large: %e s elapsed, %M KB max RSS" promtool test rules "$OUT/large/large.test.yml" >/dev/null
/usr/bin/time -f "governor large: %e s elapsed, %M KB max RSS" "$GOVERNOR" test "$OUT/large/large.test.yml" >/dev/null

echo
echo "== side by side (hyperfine, whole processes)"
hyperfine --warmup "$WARMUP" --runs "$HYPERFINE_RUNS" --export-json "$OUT/hyperfine.json" \
    -n "promtool unittest.yml" "promtool test rules '$OUT/unittest/unittest.yml'" \
    -n "governor unittest.yml" "'$GOVERNOR' test '$OUT/unittest/unittest.yml'" \
    -n "promtool large" "promtool test rules '$OUT/large/large.test.yml'" \
    -n "governor large" "'$GOVERNOR' test '$OUT/large/large.test.yml'"

echo
echo "== ratios (promtool mean / governor mean; above 1 means governor is faster)"
jq -r --arg rules "$RULES" --arg series "$SERIES" '
    [.results[] | {key: .command, value: .mean}] | from_entries as $m
    | "unittest.yml: promtool \($m["promtool unittest.yml"] * 1000 | floor) ms, governor \($m["governor unittest.yml"] * 1000 | floor) ms, ratio \(($m["promtool unittest.yml"] / $m["governor unittest.yml"]) * 100 | round / 100)",
      "large (\($rules) rules, \($series) series, 2h): promtool \($m["promtool large"] * 1000 | floor) ms, governor \($m["governor large"] * 1000 | floor) ms, ratio \(($m["promtool large"] / $m["governor large"]) * 100 | round / 100)"
' "$OUT/hyperfine.json"
