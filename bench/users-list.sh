#!/usr/bin/env bash
# ListUsers (`POST /zitadel.user.v2.UserService/ListUsers`, what `ws users ls` calls) as the
# user count grows: the whole v2 query tree, caller scope, sort and page are one SQL query,
# so requests/s should stay nearly flat from SIZES' first to last step. Four queries, each
# run by wrk (THREADS threads, CONNECTIONS connections, DURATION) with the admin PAT:
#  - page:     the first 100 users by user name (no filter);
#  - contains: user name containing a string that matches 10 users;
#  - email:    one user by exact email (ignoring case);
#  - tree:     (human AND active AND NOT user name starting with "zz") OR a metadata key.
# Users are added between steps by `ws users import` (CSV, --parallel 8) in Acme Corp.
#
#   bench/users-list.sh                            # SIZES="1000 10000", 5 s per run
#   SIZES="1000 10000 50000" DURATION=10s bench/users-list.sh
#   BIN=/path/to/release bench/users-list.sh       # prebuilt ws and ws-server
#
# Prints a Markdown report on stdout (copy it into bench/RESULTS.md). Needs wrk, curl, jq.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-1000 10000}
DURATION=${DURATION:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
. bench/lib.sh
release_bins
bench_workdir ws-bench-list
start_server srv "$BIN"
BASE=$BASE_srv DATA=$DATA_srv
ws_profile "$DATA"
export WS_TOKEN PAT
WS_TOKEN=$(tr -d '\n' <"$DATA/admin.pat")
PAT=$WS_TOKEN
ORG=$("$BIN/ws" orgs get "Acme Corp" -o json | jq -r .id)

# add_users FROM TO: users lu<FROM>..lu<TO-1>, every 10th with metadata team=blue.
add_users() {
    local csv="$WORK/users.csv"
    {
        echo "username,email,given_name,family_name,metadata.team"
        for ((i = $1; i < $2; i++)); do
            printf 'lu%06d,lu%06d@example.com,List,User %d,%s\n' "$i" "$i" "$i" "$([ $((i % 10)) = 0 ] && echo blue)"
        done
    } >"$csv"
    "$BIN/ws" users import "$csv" --org "$ORG" --parallel 8 >/dev/null 2>"$WORK/import.err" ||
        { cat "$WORK/import.err" >&2; exit 1; }
}

declare -A BODY=(
    [page]='{"query":{"offset":0,"limit":100,"asc":true},"sortingColumn":"USER_FIELD_NAME_USER_NAME"}'
    [contains]='{"query":{"limit":100},"queries":[{"userNameQuery":{"userName":"lu00001","method":"TEXT_QUERY_METHOD_CONTAINS"}}]}'
    [email]='{"query":{"limit":10},"queries":[{"emailQuery":{"emailAddress":"LU000007@EXAMPLE.COM","method":"TEXT_QUERY_METHOD_EQUALS_IGNORE_CASE"}}]}'
    [tree]='{"query":{"limit":100},"queries":[{"orQuery":{"queries":[{"andQuery":{"queries":[{"typeQuery":{"type":"TYPE_HUMAN"}},{"stateQuery":{"state":"USER_STATE_ACTIVE"}},{"notQuery":{"query":{"userNameQuery":{"userName":"zz","method":"TEXT_QUERY_METHOD_STARTS_WITH"}}}}]}},{"metadataKeyFilter":{"key":"team","method":"TEXT_QUERY_METHOD_EQUALS"}}]}}]}'
)
QUERIES=(page contains email tree)

# check NAME: the query answers 200 with results (a bench of errors measures nothing).
check() {
    local got
    got=$(curl -fsS -H "Authorization: Bearer $PAT" -H 'connect-protocol-version: 1' \
        -H 'content-type: application/json' -d "${BODY[$1]}" "$BASE/zitadel.user.v2.UserService/ListUsers")
    jq -e '(.result | length) > 0' <<<"$got" >/dev/null || { echo "$1: no users in $got" >&2; exit 1; }
    jq -r '.details.totalResult' <<<"$got"
}

# run NAME: one wrk run; prints "req/s p50 p99".
run() {
    PATH_=/zitadel.user.v2.UserService/ListUsers BODY=${BODY[$1]} \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/lua/post_json.lua "$BASE" \
        >"$WORK/wrk.out" 2>&1 || { cat "$WORK/wrk.out" >&2; exit 1; }
    if grep -q 'Non-2xx' "$WORK/wrk.out"; then cat "$WORK/wrk.out" >&2; exit 1; fi
    awk '/Requests\/sec/ {r=$2} $1 == "50%" {p50=$2} $1 == "99%" {p99=$2} END {print r, p50, p99}' "$WORK/wrk.out"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
have=0
echo "| users | query | matches | req/s | p50 | p99 |"
echo "|---:|---|---:|---:|---:|---:|"
for size in $SIZES; do
    add_users "$have" "$size"
    have=$size
    for q in "${QUERIES[@]}"; do
        matches=$(check "$q")
        read -r rps p50 p99 < <(run "$q")
        echo "| $size | $q | $matches | $rps | $p50 | $p99 |"
    done
done
echo
echo "- wrk -t$THREADS -c$CONNECTIONS -d$DURATION per row; the demo users are there too"
echo "- load average (1/5/15 min) before: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg); nproc $(nproc)"
