#!/usr/bin/env bash
# Times `GovernorBenchmark --rule-tick` (release): ticks of a rule group of 10k alerting rules over 100k series
# through RuleGroupEvaluator, each after one scrape of every series. A tiny malloc counter is compiled and
# preloaded so the benchmark can print allocations per tick.
#
# usage: scripts/bench-tick.sh [--rules N] [--series N] [--runs N]
#   NO_BUILD=1  time the release binary already built, without running `swift build` first
# Needs: swift, cc.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-.build/bench-tick}
mkdir -p "$OUT"

cat > "$OUT/allocation-count.c" <<'C'
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
static unsigned long long allocations;
unsigned long long governor_allocation_count(void) { return __atomic_load_n(&allocations, __ATOMIC_RELAXED); }
static void counted(void) { __atomic_add_fetch(&allocations, 1, __ATOMIC_RELAXED); }
void *malloc(size_t size) { counted(); return __libc_malloc(size); }
void *calloc(size_t count, size_t size) { counted(); return __libc_calloc(count, size); }
void *realloc(void *pointer, size_t size) { counted(); return __libc_realloc(pointer, size); }
int posix_memalign(void **pointer, size_t alignment, size_t size) {
    counted();
    *pointer = __libc_memalign(alignment, size);
    return *pointer ? 0 : ENOMEM;
}
void *aligned_alloc(size_t alignment, size_t size) { counted(); return __libc_memalign(alignment, size); }
C
cc -O2 -shared -fPIC -o "$OUT/allocation-count.so" "$OUT/allocation-count.c"

[[ -n "${NO_BUILD:-}" ]] || swift build -c release --product GovernorBenchmark 2>&1 | tail -n 1
LD_PRELOAD="$PWD/$OUT/allocation-count.so" .build/release/GovernorBenchmark --rule-tick "$@"
