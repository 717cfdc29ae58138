#!/usr/bin/env bash
# Runs the daemon's core (DaemonCore, release build) for 24 simulated hours over 100k synthetic series collected
# every 60 s, with rules over 5m, 30m and 1h windows, and prints RSS, series and retained samples every simulated
# hour, then bytes per retained sample. RSS should be flat from hour 2 on, once every 1h window is full.
#
# usage: scripts/bench-daemon-memory.sh [--series N] [--hours N] [--scrape-interval SECONDS]
# Needs: swift, /usr/bin/time (for the peak RSS of the whole process, when present).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product GovernorBenchmark 2>&1 | tail -n 1
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "peak RSS (whole process): %M KiB, %e s real, %U s user" \
        .build/release/GovernorBenchmark --daemon-memory "$@"
else
    .build/release/GovernorBenchmark --daemon-memory "$@"
fi
