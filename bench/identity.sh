#!/usr/bin/env bash
# Load-tests the embedded identity provider the way ZITADEL's published benchmarks do
# (userinfo, introspection, jwt-bearer, client-credentials + userinfo), each flow beside
# the constant-JSON route `/healthz` of the same server in the same run, plus idle RSS
# and the time from start to a ready `/readyz`.
#
#   bench/identity.sh                     # 10 s per flow, 2 wrk threads, 32 connections
#   DURATION=5s CONNECTIONS=64 bench/identity.sh
#
# Prints a Markdown report on stdout (copy it into bench/RESULTS.md). Needs wrk, curl, jq.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
TARGET=${CARGO_TARGET_DIR:-target}

cargo build --release -q -p ws-server -p ws-bench
BIN="$TARGET/release"

WORK=$(mktemp -d /tmp/ws-bench.XXXXXX)
PID=
cleanup() {
    [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
DATA="$WORK/data"

now_ms() { date +%s%3N; }

# Starts the server; sets PID and READY_AFTER_MS (start until /readyz answers 200).
start_server() {
    local t0
    t0=$(now_ms)
    WS_LOG=warn "$BIN/ws-server" serve --data "$DATA" --listen "127.0.0.1:$PORT" \
        </dev/null >/dev/null 2>>"$WORK/server.log" &
    PID=$!
    until curl -fsS -o /dev/null "$BASE/readyz" 2>/dev/null; do
        kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
        sleep 0.005
    done
    READY_AFTER_MS=$(($(now_ms) - t0))
}

stop_server() {
    kill -TERM "$PID"
    wait "$PID" || true
    PID=
}

# wrk run; prints requests/s.
run_wrk() {
    local url=$1 script=${2:-}
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
    [ -n "$script" ] && args+=(-s "$script")
    wrk "${args[@]}" "$url" >"$WORK/wrk.out" 2>&1 || { cat "$WORK/wrk.out" >&2; exit 1; }
    if grep -q 'Non-2xx' "$WORK/wrk.out"; then
        echo "non-2xx answers in $url:" >&2
        cat "$WORK/wrk.out" >&2
        exit 1
    fi
    cp "$WORK/wrk.out" "$WORK/last.out"
    awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out"
}

p50() { awk '$1 == "50%" {print $2}' "$WORK/last.out"; }

# First start: bootstrap (argon2id hash, RSA signing key) on an empty directory.
start_server
FIRST_READY_MS=$READY_AFTER_MS
stop_server
"$BIN/ws-bench" setup --data "$DATA" --out "$WORK/bench.json"
# Second start: an existing directory, the usual case.
start_server
READY_MS=$READY_AFTER_MS
sleep 2
RSS_KB=$(ps -o rss= -p "$PID" | tr -d ' ')

PAT=$(tr -d '\n' <"$DATA/admin.pat")
PROJECT=$(jq -r .project_id "$DATA/bootstrap.json")
SCOPE="openid%20urn%3Azitadel%3Aiam%3Aorg%3Aproject%3Aid%3A${PROJECT}%3Aaud"
CLIENT=$(jq -r .client_id "$WORK/bench.json")
SECRET=$(jq -r .client_secret "$WORK/bench.json")
CC_BASIC=$(printf '%s:%s' "$CLIENT" "$SECRET" | base64 -w0)
INTRO_BASIC=$(jq -r '"\(.client_id):\(.client_secret)"' "$DATA/introspection-client.json" | tr -d '\n' | base64 -w0)
JWT=$(curl -fsS -H "Authorization: Basic $CC_BASIC" -d "grant_type=client_credentials&scope=$SCOPE" "$BASE/oauth/v2/token" | jq -r .access_token)
[ "$(curl -fsS -H "Authorization: Bearer $JWT" "$BASE/oidc/v1/userinfo" | jq -r .sub)" = "$(jq -r .user_id "$WORK/bench.json")" ]
ACTIVE=$(curl -fsS -H "Authorization: Basic $INTRO_BASIC" -d "token=$JWT" "$BASE/oauth/v2/introspect" | jq -r .active)
[ "$ACTIVE" = true ] || { echo "introspection of the shared token is not active" >&2; exit 1; }

secs=${DURATION%s}
"$BIN/ws-bench" assertions --creds "$WORK/bench.json" --issuer "$BASE" --count $((secs * 6000 + 10000)) >"$WORK/assertions.txt"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A RPS P50
bench() { RPS[$1]=$(run_wrk "${@:2}"); P50[$1]=$(p50); }
bench bare1 "$BASE/healthz"
TOKEN=$PAT bench userinfo_pat "$BASE/oidc/v1/userinfo" bench/lua/get_bearer.lua
TOKEN=$JWT bench userinfo_jwt "$BASE/oidc/v1/userinfo" bench/lua/get_bearer.lua
TOKEN=$JWT BASIC=$INTRO_BASIC bench introspect "$BASE/oauth/v2/introspect" bench/lua/introspect.lua
ASSERTIONS="$WORK/assertions.txt" WRK_THREADS=$THREADS bench jwt_bearer "$BASE/oauth/v2/token" bench/lua/jwt_bearer.lua
BASIC=$CC_BASIC SCOPE=$SCOPE bench cc_userinfo "$BASE/oauth/v2/token" bench/lua/cc_userinfo.lua
PAIRS=$(awk '/^pairs:/ {print $6}' "$WORK/last.out")
bench bare2 "$BASE/healthz"
RSS_AFTER_KB=$(ps -o rss= -p "$PID" | tr -d ' ')
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

BARE=$(echo "${RPS[bare1]} ${RPS[bare2]}" | awk '{printf "%.0f", ($1+$2)/2}')
pct() { echo "$1 $BARE" | awk '{printf "%.0f%%", 100*$1/$2}'; }
cat <<REPORT
### $(date -u +%Y-%m-%d) — $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')

Command: \`DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS bench/identity.sh\` (wrk -t$THREADS -c$CONNECTIONS -d$DURATION, on the same machine as the server)

| flow | req/s | p50 latency | vs. bare route |
|---|---:|---:|---:|
| bare route \`GET /healthz\` (before / after) | ${RPS[bare1]} / ${RPS[bare2]} | ${P50[bare1]} / ${P50[bare2]} | 100% |
| userinfo, PAT | ${RPS[userinfo_pat]} | ${P50[userinfo_pat]} | $(pct "${RPS[userinfo_pat]}") |
| userinfo, JWT | ${RPS[userinfo_jwt]} | ${P50[userinfo_jwt]} | $(pct "${RPS[userinfo_jwt]}") |
| introspection of a shared JWT | ${RPS[introspect]} | ${P50[introspect]} | $(pct "${RPS[introspect]}") |
| jwt-bearer token, fresh assertion each | ${RPS[jwt_bearer]} | ${P50[jwt_bearer]} | $(pct "${RPS[jwt_bearer]}") |
| client-credentials token + userinfo | ${RPS[cc_userinfo]} requests/s = **$PAIRS pairs/s** | ${P50[cc_userinfo]} | $(pct "${RPS[cc_userinfo]}") |

- Start to ready \`/readyz\`: first start (bootstrap: argon2id hash, 2048-bit RSA key) ${FIRST_READY_MS} ms; restart on the bootstrapped directory ${READY_MS} ms.
- RSS: idle after start ${RSS_KB} KiB; after the runs ${RSS_AFTER_KB} KiB.
- Load average (1/5/15 min) before the runs: ${LOAD_BEFORE}; after: ${LOAD_AFTER} (wrk itself shares the cores).
REPORT
