#!/usr/bin/env bash
# Kills `governor run --simulate payment-outage` with SIGKILL at KILLS random points, restarting it on the same
# state file each time, then lets it finish; compares what the log receiver was told with an uninterrupted
# reference run. The scaled-up form of Tests/GovernorCLITests/Run/DaemonRestartTests.swift (20 kills).
#
# Loopback only: alerts/ is copied into a temp dir with the log receiver's path pointed there; Telegram and Notion
# have no token, so they print a preview instead of sending anything.
#
# usage: scripts/restart-soak.sh            # 100 kills at speed 60
# Environment: KILLS (100), SPEED (60), STOP_AFTER (40m), SLEEP_MIN_MS / SLEEP_MAX_MS (150 / 700, the real time a
# life runs before its SIGKILL, as in the test), KEEP=1 to keep the temp dir.
# SPEED is lower than the test's 300 so that 100 lives fit in the 40 simulated minutes: a life that reaches the end
# exits by itself, and from then on the timeline would start afresh.
# Needs: swift, bash, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS=${KILLS:-100}
SPEED=${SPEED:-60}
STOP_AFTER=${STOP_AFTER:-40m}
SLEEP_MIN_MS=${SLEEP_MIN_MS:-150}
SLEEP_MAX_MS=${SLEEP_MAX_MS:-700}

swift build -c release --product governor 2>&1 | tail -n 1
GOVERNOR="$PWD/.build/release/governor"
WORK=$(mktemp -d -t governor-restart-soak.XXXXXX)
if [[ -z "${KEEP:-}" ]]; then trap 'rm -rf "$WORK"' EXIT; else echo "keeping $WORK"; fi

# A workspace: its own alerts/ (log receiver writing into it), state file and logs.
workspace() {
    local dir="$WORK/$1"
    mkdir -p "$dir/alerts"
    sed "s|path: logs/notifications.ndjson|path: $dir/notifications.ndjson|" alerts/routes.yaml > "$dir/alerts/routes.yaml"
    grep -q "path: $dir/notifications.ndjson" "$dir/alerts/routes.yaml"
    cp alerts/silences.yaml "$dir/alerts/silences.yaml"
    echo "$dir"
}

# The daemon, in the foreground or (with &) the background, with no receiver secrets in its environment. `exec`
# makes the background job's pid the daemon's own, so SIGKILL reaches the daemon and not just a subshell.
run_in() {
    local dir=$1
    exec env -u GOVERNOR_TELEGRAM_BOT_TOKEN -u GOVERNOR_TELEGRAM_CHAT_ID -u GOVERNOR_NOTION_TOKEN \
        -u GOVERNOR_NOTION_DATABASE_ID \
        "$GOVERNOR" run --alerts "$dir/alerts" --state "$dir/state.sqlite" --logs "$dir/logs" \
        --simulate payment-outage --speed "$SPEED" --stop-after "$STOP_AFTER" --watch-interval 0 --listen 127.0.0.1:0
}

started=$(date +%s.%N)
reference=$(workspace reference)
reference_started=$(date +%s.%N)
(run_in "$reference") > "$reference/output.txt" 2>&1
reference_seconds=$(python3 -c "print(f'{$(date +%s.%N) - $reference_started:.1f}')")

killed=$(workspace killed)
kills=0
lives=0
exited_early=0
killed_started=$(date +%s.%N)
while true; do
    run_in "$killed" >> "$killed/output.txt" 2>&1 &
    pid=$!
    lives=$((lives + 1))
    if ((kills < KILLS)); then
        # $RANDOM rather than a python3 per kill: under load, starting an interpreter takes longer than a life.
        ms=$((SLEEP_MIN_MS + (RANDOM * 32768 + RANDOM) % (SLEEP_MAX_MS - SLEEP_MIN_MS + 1)))
        sleep "$((ms / 1000)).$(printf %03d $((ms % 1000)))"
        kill -KILL "$pid" 2> /dev/null || true
        status=0
        # (Silences bash's "Killed" job notice.)
        wait "$pid" 2> /dev/null || status=$?
        if ((status == 137)); then
            kills=$((kills + 1))
        else
            # It reached --stop-after before the kill: the run is over (a further start would begin afresh).
            exited_early=1
            [[ $status == 0 ]] || { echo "a life failed with status $status" >&2; tail -n 20 "$killed/output.txt" >&2; exit 1; }
            break
        fi
    else
        status=0
        wait "$pid" || status=$?
        [[ $status == 0 ]] || { echo "the last life failed with status $status" >&2; exit 1; }
        break
    fi
done
killed_seconds=$(python3 -c "print(f'{$(date +%s.%N) - $killed_started:.1f}')")

verdict=0
python3 - "$reference" "$killed" <<'PY' || verdict=$?
import collections, json, sys

reference_dir, killed_dir = sys.argv[1], sys.argv[2]

def told(directory):
    """What the log receiver was told: one entry per alert per delivery, its labels and status."""
    counts = collections.Counter()
    try:
        lines = open(f"{directory}/notifications.ndjson").read().splitlines()
    except FileNotFoundError:
        return counts
    for line in lines:
        message = json.loads(line).get("message", {})
        for alert in message.get("alerts", []):
            labels = ",".join(f"{k}={v}" for k, v in sorted(alert.get("labels", {}).items()))
            counts[f"{{{labels}}} {alert.get('status', '')}"] += 1
    return counts

def firing_to_pending(directory):
    """Alerts whose logged state went from firing straight back to pending, across every life's log."""
    last, backwards = {}, []
    for line in open(f"{directory}/logs/alerts.ndjson").read().splitlines():
        entry = json.loads(line)
        if entry.get("kind") != "state_change":
            continue
        labels = ",".join(f"{k}={v}" for k, v in sorted(entry.get("labels", {}).items()))
        alert = f"{entry.get('alertname', '')} {{{labels}}}"
        state = entry.get("state", "")
        if last.get(alert) == "firing" and state == "pending":
            backwards.append(f"{entry.get('time')} {alert}")
        last[alert] = state
    return backwards

def first_firing(directory):
    """When each alert first went to firing, from the state changes the daemon logged."""
    first = {}
    for line in open(f"{directory}/logs/alerts.ndjson").read().splitlines():
        entry = json.loads(line)
        if entry.get("kind") == "state_change" and entry.get("state") == "firing":
            labels = ",".join(f"{k}={v}" for k, v in sorted(entry.get("labels", {}).items()))
            first.setdefault(f"{entry.get('alertname', '')} {{{labels}}}", entry.get("time"))
    return first

expected, received = told(reference_dir), told(killed_dir)
print(f"notifications per alert (log receiver), reference vs killed run:")
for alert in sorted(set(expected) | set(received)):
    print(f"  {expected[alert]:3d} {received[alert]:3d}  {alert}")
lost = [a for a in expected if received[a] == 0]
fewer = [a for a in expected if 0 < received[a] < expected[a]]
twice = sum(max(0, received[a] - expected[a]) for a in expected)
beyond_double = [a for a in expected if received[a] > 2 * expected[a]]
unexpected = [a for a in received if a not in expected]
backwards = firing_to_pending(killed_dir)
print(f"alert notifications: reference {sum(expected.values())}, killed run {sum(received.values())}")
print(f"delivered more often than in the reference (duplicates): {twice}; more than twice as often: {len(beyond_double)}")
print(f"lost (told in the reference, never with kills): {len(lost)}" + (f" {lost}" if lost else ""))
print(f"told fewer times than in the reference: {len(fewer)}" + (f" {fewer}" if fewer else ""))
print(f"told only with kills: {len(unexpected)}" + (f" {unexpected}" if unexpected else ""))
print(f"firing back to pending: {len(backwards)}" + (f" {backwards}" if backwards else ""))
# Not a failure by itself, but a restart should not change what the rules compute: say when it did.
reference_firing, killed_firing = first_firing(reference_dir), first_firing(killed_dir)
moved = [f"{a}: {reference_firing.get(a)} -> {killed_firing.get(a)}"
         for a in sorted(set(reference_firing) | set(killed_firing)) if reference_firing.get(a) != killed_firing.get(a)]
print(f"alerts first firing at another time than in the reference: {len(moved)}")
for line in moved:
    print(f"  {line}")
sys.exit(1 if lost or backwards or unexpected or beyond_double else 0)
PY
resumed=$(grep -c "resumed at" "$killed/output.txt" || true)
# Where the kills landed on the simulated timeline: each restart resumes just after its predecessor's last step.
positions=$(grep -o "resumed at [0-9T:.-]*Z" "$killed/output.txt" | sed 's/resumed at //' || true)
if [[ -n $positions ]]; then
    echo "restarts resumed between $(head -n 1 <<< "$positions") and $(tail -n 1 <<< "$positions")"
fi
echo "kills: $kills (SIGKILL landed), lives: $lives, resumed starts: $resumed, ran to the end before the last planned kill: $exited_early"
echo "speed $SPEED, --stop-after $STOP_AFTER; real time: reference $reference_seconds s, killed run $killed_seconds s, total $(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')") s"
exit $verdict
