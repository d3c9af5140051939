#!/usr/bin/env bash
# What token validation costs on the workspace API: `GET /api/v1/docs` requests/s
#  - on a `bench-no-auth` build of ws-server (the ws-auth feature: the extractor returns
#    a fixed principal without looking at any token; same route, same database work,
#    same first-use provisioning),
#  - on the normal build with demo user alice's JWT access token (signed in the way
#    `ws login` does: authorization code + PKCE with the `ws` CLI app and the workspace
#    project audience),
#  - on the normal build with an opaque PAT, validated through introspection (with its
#    5 s answer cache), of a machine user holding the same workspace role (admin in Acme).
# JWTs are introspected too (after the local check; same 5 s cache), so a revoked one
# stops working: the JWT row includes one introspection per token per 5 s.
# Both servers run `--demo` on fresh data directories at the same time; the runs are
# interleaved, ROUNDS times, in a rotating order, so drift of a shared machine hits all
# three alike. Every wrk request sends the same JWT header (the no-auth build ignores it),
# so the requests are byte for byte the same.
#
#   bench/workspace-auth.sh                        # 10 s per run, 3 rounds, 2 threads, 32 connections
#   DURATION=5s ROUNDS=5 CONNECTIONS=64 bench/workspace-auth.sh
#   BIN=dir/with/ws-server NOAUTH_BIN=dir/with/bench-no-auth/ws-server bench/workspace-auth.sh
#
# Without BIN it builds the release ws-server into $CARGO_TARGET_DIR (default target/);
# without NOAUTH_BIN the bench-no-auth build goes to its own target dir
# ($CARGO_TARGET_DIR/bench-noauth), so the shared release build is never replaced by it.
# Prints a Markdown report on stdout (copy it into bench/RESULTS.md). Needs wrk, curl, jq,
# python3, openssl.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-2s}
GOAL_PCT=20
TARGET=${CARGO_TARGET_DIR:-target}

if [ -z "${BIN:-}" ]; then
    cargo build --release -q -p ws-server
    BIN="$TARGET/release"
fi
if [ -z "${NOAUTH_BIN:-}" ]; then
    CARGO_TARGET_DIR="$TARGET/bench-noauth" \
        cargo build --release -q -p ws-server --features ws-auth/bench-no-auth
    NOAUTH_BIN="$TARGET/bench-noauth/release"
fi
# The builds say what they are; refuse to measure the wrong one.
if "$BIN/ws-server" --version | grep -q bench-no-auth; then
    echo "$BIN/ws-server is a bench-no-auth build; BIN must be a normal build" >&2
    exit 1
fi
"$NOAUTH_BIN/ws-server" --version | grep -q bench-no-auth || {
    echo "$NOAUTH_BIN/ws-server is not a bench-no-auth build" >&2
    exit 1
}

. bench/lib.sh
bench_workdir ws-authbench

# hidden PAGE NAME: the value of hidden input NAME in an HTML page.
hidden() {
    python3 -c 'import html, re, sys
m = re.search(r"name=\"%s\" value=\"([^\"]*)\"" % sys.argv[2], sys.argv[1])
print(html.unescape(m.group(1)))' "$1" "$2"
}

# sign_in BASE DATA USER: the access token of demo user USER, as `ws login` gets it.
sign_in() {
    local base=$1 data=$2 user=$3 jar="$WORK/cookies.$3"
    local redirect=http://127.0.0.1/callback verifier=bench-verifier-0123456789-abcdefghijklmnopqrstuvwxyz
    local client project password challenge page location code
    client=$(jq -r .cli_client_id "$data/bootstrap.json")
    project=$(jq -r .project_id "$data/bootstrap.json")
    password=$(jq -r --arg u "$user" '.users[] | select(.username == $u) | .password' "$data/demo-credentials.json")
    challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | base64 -w0 | tr '+/' '-_' | tr -d '=')
    page=$(curl -fsS -c "$jar" -b "$jar" -G "$base/oauth/v2/authorize" \
        --data-urlencode "client_id=$client" --data-urlencode "redirect_uri=$redirect" \
        --data-urlencode response_type=code --data-urlencode state=s1 \
        --data-urlencode "scope=openid profile email offline_access urn:zitadel:iam:org:project:id:zitadel:aud urn:zitadel:iam:org:project:id:$project:aud" \
        --data-urlencode "code_challenge=$challenge" --data-urlencode code_challenge_method=S256)
    location=$(curl -fsS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$base/ui/login" \
        --data-urlencode "csrf=$(hidden "$page" csrf)" --data-urlencode "authorize=$(hidden "$page" authorize)" \
        --data-urlencode "username=$user" --data-urlencode "password=$password")
    code=$(python3 -c 'import sys, urllib.parse as u; print(u.parse_qs(u.urlsplit(sys.argv[1]).query)["code"][0])' "$location")
    curl -fsS "$base/oauth/v2/token" -d grant_type=authorization_code \
        --data-urlencode "code=$code" --data-urlencode "redirect_uri=$redirect" \
        --data-urlencode "client_id=$client" --data-urlencode "code_verifier=$verifier" | jq -r .access_token
}

# docs_check BASE TOKEN WANT_VALIDATED: GET /me and /docs must answer 200; prints the doc count.
docs_check() {
    local me
    me=$(curl -fsS -H "Authorization: Bearer $2" "$1/api/v1/me")
    [ "$(jq -r .validated <<<"$me")" = "$3" ] || { echo "unexpected /me on $1: $me" >&2; exit 1; }
    curl -fsS -H "Authorization: Bearer $2" "$1/api/v1/docs" | jq '.items | length'
}

start_server noauth "$NOAUTH_BIN"
start_server auth "$BIN"
grep -q 'bench-no-auth BUILD' "$WORK/noauth/server.log" || {
    echo "the bench-no-auth server did not warn at start" >&2
    exit 1
}
# The normal build refuses an anonymous request; the bench build takes it.
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_auth/api/v1/docs")" = 401 ]
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_noauth/api/v1/docs")" = 200 ]

JWT=$(sign_in "$BASE_auth" "$DATA_auth" alice)
# A machine user with alice's workspace role, so the opaque-token run does the same work.
PAT=$(machine_pat "$BASE_auth" "$DATA_auth" bench-bot admin)
case $PAT in *.*) echo "the PAT looks like a JWT" >&2; exit 1 ;; esac
# First use provisions each caller (a "Getting started" doc each). alice and the bot are
# both Acme admins, who list every Acme doc; the no-auth principal is alone in its org,
# so it gets as many docs of its own: all three lists then have the same length.
docs_check "$BASE_auth" "$JWT" jwt >/dev/null
docs_check "$BASE_auth" "$PAT" introspection >/dev/null
N_JWT=$(docs_check "$BASE_auth" "$JWT" jwt)
N_PAT=$(docs_check "$BASE_auth" "$PAT" introspection)
N_NOAUTH=$(docs_check "$BASE_noauth" "$JWT" jwt)
for ((i = N_NOAUTH; i < N_JWT; i++)); do
    curl -fsS -o /dev/null -H 'content-type: application/json' \
        -d '{"title": "Getting started", "body": "A doc so the lists have equal length."}' "$BASE_noauth/api/v1/docs"
done
N_NOAUTH=$(docs_check "$BASE_noauth" "$JWT" jwt)
if [ "$N_NOAUTH" != "$N_JWT" ] || [ "$N_JWT" != "$N_PAT" ]; then
    echo "the three callers see different doc lists ($N_NOAUTH / $N_JWT / $N_PAT docs)" >&2
    exit 1
fi

# run_wrk NAME BASE TOKEN DURATION: one wrk run; appends "rps p50 p99" to $WORK/NAME.runs.
run_wrk() {
    local out="$WORK/wrk.out"
    TOKEN=$3 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --latency -s bench/lua/get_bearer.lua \
        "$2/api/v1/docs" >"$out" 2>&1 || { cat "$out" >&2; exit 1; }
    if grep -q 'Non-2xx' "$out"; then
        echo "non-2xx answers ($1):" >&2
        cat "$out" >&2
        exit 1
    fi
    awk '/Requests\/sec/ {r=$2} $1 == "50%" {p50=$2} $1 == "99%" {p99=$2}
         END {print r, p50, p99}' "$out" >>"$WORK/$1.runs"
}

declare -A BASE=([noauth]=$BASE_noauth [jwt]=$BASE_auth [pat]=$BASE_auth)
declare -A TOKEN=([noauth]=$JWT [jwt]=$JWT [pat]=$PAT)
ORDER=(noauth jwt pat)

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for name in "${ORDER[@]}"; do run_wrk warmup "${BASE[$name]}" "${TOKEN[$name]}" "$WARMUP"; done
for ((r = 0; r < ROUNDS; r++)); do
    for ((i = 0; i < 3; i++)); do
        name=${ORDER[$(((i + r) % 3))]}
        run_wrk "$name" "${BASE[$name]}" "${TOKEN[$name]}" "$DURATION"
    done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# median NAME COLUMN: the median of one column over the rounds (latencies keep their unit
# suffix from wrk; the median is taken on the value converted to microseconds).
median() {
    awk -v c="$2" '{v=$c; u=1; if (v ~ /us$/) u=1; else if (v ~ /ms$/) u=1000; else if (v ~ /s$/) u=1000000
        sub(/[a-z]+$/, "", v); print v * u, $c}' "$WORK/$1.runs" |
        sort -n | awk '{a[NR]=$2} END {print a[int((NR + 1) / 2)]}'
}
all_rps() { awk '{printf "%s%s", sep, $1; sep=" / "}' "$WORK/$1.runs"; }

declare -A RPS P50 P99
for name in "${ORDER[@]}"; do
    RPS[$name]=$(median "$name" 1)
    P50[$name]=$(median "$name" 2)
    P99[$name]=$(median "$name" 3)
done
COST=$(awk -v a="${RPS[jwt]}" -v b="${RPS[noauth]}" 'BEGIN {printf "%.1f", 100 * (1 - a / b)}')
MET=$(awk -v c="$COST" -v g="$GOAL_PCT" 'BEGIN {print (c <= g) ? "**met**" : "**missed**"}')
PCT_NOAUTH() { awk -v a="$1" -v b="${RPS[noauth]}" 'BEGIN {printf "%.0f%%", 100 * a / b}'; }
INTRO_VS_JWT=$(awk -v a="${RPS[pat]}" -v b="${RPS[jwt]}" 'BEGIN {printf "%.2f×", a / b}')

cat <<REPORT
### $(date -u '+%Y-%m-%d %H:%M UTC') — $(nproc) cores (\`nproc\`), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), commit \`$(git rev-parse --short HEAD)\`

Command: \`DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS ROUNDS=$ROUNDS bench/workspace-auth.sh\`
(wrk -t$THREADS -c$CONNECTIONS -d$DURATION per run, ${ROUNDS} interleaved rounds, medians; wrk and both servers on the same machine)

| \`GET /api/v1/docs\` ($N_JWT docs listed) | req/s (median) | each round | p50 | p99 | vs. no auth |
|---|---:|---|---:|---:|---:|
| bench-no-auth build (fixed principal) | ${RPS[noauth]} | $(all_rps noauth) | ${P50[noauth]} | ${P99[noauth]} | 100% |
| JWT (alice, \`ws login\` token; verified-token cache) | ${RPS[jwt]} | $(all_rps jwt) | ${P50[jwt]} | ${P99[jwt]} | $(PCT_NOAUTH "${RPS[jwt]}") |
| opaque PAT via introspection (answer cache) | ${RPS[pat]} | $(all_rps pat) | ${P50[pat]} | ${P99[pat]} | $(PCT_NOAUTH "${RPS[pat]}") |

- Auth cost (1 − JWT / no auth): **${COST}%** against the goal ≤ ${GOAL_PCT}%: ${MET}.
- Introspection (cached) vs. JWT: ${INTRO_VS_JWT} the JWT path's requests/s.
- Load average (1/5/15 min) before the runs: ${LOAD_BEFORE}; after: ${LOAD_AFTER}.
REPORT
