#!/usr/bin/env bash
# Bulk provisioning benchmark: `ws users import` of N users (CSV, no passwords) beside
#  (a) the server's own ceiling for the same CreateUser calls at the same concurrency
#      (wrk + bench/lua/create_user.lua), and
#  (b) a sequential shell loop of curl, one CreateUser per user, the way admins script it
#      (LOOP_N users; users/s is what matters),
# with `ws` peak RSS from /usr/bin/time -v; then ZITADEL's load-test iteration
# create → update → lock → delete (bench/lua/user_cycle.lua) with and without a password.
#
#   bench/users-import.sh                         # N=10000 PARALLEL=8 LOOP_N=1000
#   BIN=/path/to/release N=2000 bench/users-import.sh   # prebuilt ws and ws-server
#
# Prints a Markdown report on stdout (copy it into bench/RESULTS.md). Needs wrk, curl, jq.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
PARALLEL=${PARALLEL:-8}
LOOP_N=${LOOP_N:-1000}
DURATION=${DURATION:-10s}
. bench/lib.sh
release_bins
bench_workdir ws-bench-import
start_server srv "$BIN"
BASE=$BASE_srv DATA=$DATA_srv

ws_profile "$DATA"
export WS_TOKEN PAT ORG
WS_TOKEN=$(cat "$DATA/admin.pat")
PAT=$WS_TOKEN
ORG=$("$BIN/ws" orgs get "Acme Corp" -o json | jq -r '.id')

now_ms() { date +%s%3N; }
rate() { python3 -c "print(f'{$1 / ($2 / 1000):.0f}')"; }

# ws users import: N rows, wall time and peak RSS.
{
    echo "username,email,given_name,family_name"
    for i in $(seq 1 "$N"); do echo "imp$i,imp$i@example.com,Import,User $i"; done
} >"$WORK/users.csv"
t0=$(now_ms)
/usr/bin/time -v "$BIN/ws" users import "$WORK/users.csv" --org "Acme Corp" \
    --parallel "$PARALLEL" -o jsonl >"$WORK/report.jsonl" 2>"$WORK/time.txt"
WS_MS=$(($(now_ms) - t0))
CREATED=$(grep -c '"action":"create"' "$WORK/report.jsonl")
[ "$CREATED" = "$N" ] || { echo "only $CREATED of $N created" >&2; tail "$WORK/time.txt" >&2; exit 1; }
RSS_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
WS_RATE=$(rate "$N" "$WS_MS")
t0=$(now_ms)
"$BIN/ws" users import "$WORK/users.csv" --org "Acme Corp" --parallel "$PARALLEL" -o jsonl >/dev/null 2>&1
RERUN_MS=$(($(now_ms) - t0))

# (a) The ceiling: the same CreateUser calls from wrk at the same concurrency.
run_wrk() {
    wrk -t2 -c"$1" -d"$DURATION" -s "$2" "$BASE" >"$WORK/wrk.out" 2>&1
    if grep -q 'Non-2xx' "$WORK/wrk.out"; then cat "$WORK/wrk.out" >&2; exit 1; fi
    awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out"
}
CEILING=$(PREFIX=ceil run_wrk "$PARALLEL" bench/lua/create_user.lua)

# (b) The shell loop: one curl per user, sequentially.
t0=$(now_ms)
for i in $(seq 1 "$LOOP_N"); do
    curl -fsS -o /dev/null -X POST "$BASE/zitadel.user.v2.UserService/CreateUser" \
        -H "Authorization: Bearer $PAT" -H 'Content-Type: application/json' \
        -H 'Connect-Protocol-Version: 1' \
        -d "{\"organizationId\":\"$ORG\",\"username\":\"loop$i\",\"human\":{\"profile\":{\"givenName\":\"Loop\",\"familyName\":\"User\"},\"email\":{\"email\":\"loop$i@example.com\"}}}"
done
LOOP_MS=$(($(now_ms) - t0))
LOOP_RATE=$(rate "$LOOP_N" "$LOOP_MS")

# create → update → lock → delete, one connection per thread (sequential iterations).
CYCLE=$(PREFIX=cyc run_wrk 2 bench/lua/user_cycle.lua)
CYCLE_PW=$(PREFIX=cycpw PASSWORD='Bench-pass-123!' run_wrk 2 bench/lua/user_cycle.lua)
it() { python3 -c "print(f'{$1 / 4:.1f}')"; }

python3 - "$WS_RATE" "$CEILING" "$LOOP_RATE" <<PY
import sys
ws, ceil, loop = map(float, sys.argv[1:])
print(f"| run | users/s | vs. ceiling | vs. curl loop |")
print(f"|---|---:|---:|---:|")
print(f"| \`ws users import\` ($N rows, --parallel $PARALLEL) | {ws:.0f} | {ws/ceil:.2f}× | {ws/loop:.1f}× |")
print(f"| server ceiling: wrk CreateUser, $PARALLEL connections, $DURATION | {ceil:.0f} | 1.00× | {ceil/loop:.1f}× |")
print(f"| sequential curl loop ($LOOP_N users) | {loop:.0f} | {loop/ceil:.2f}× | 1.0× |")
PY
echo
echo "- \`ws\` wall time ${WS_MS} ms for $N users; peak RSS $((RSS_KB / 1024)) MiB ($RSS_KB KiB)"
echo "- re-run of the same file (all unchanged): ${RERUN_MS} ms"
echo "- create→update→lock→delete, 2 sequential workers: $(it "$CYCLE") iterations/s without a password, $(it "$CYCLE_PW") with a password (argon2id)"
