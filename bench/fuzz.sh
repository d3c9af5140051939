#!/usr/bin/env bash
# Long runs of the property tests of the parsers that take outside input (the normal
# test run uses proptest's default of 256 cases per property; this raises it through
# PROPTEST_CASES). Release profile, one parser at a time, so the time per parser is its own:
#  - ics:          iCalendar import (server/workspace/src/calendar/ics/props.rs)
#  - range:        download `Range` (server/workspace/src/drive/download/props.rs)
#  - content-range: upload chunk `Content-Range` (server/workspace/src/drive/upload/props.rs)
#  - json:         JSON request bodies (server/workspace/src/extract/props.rs)
#  - jwt:          ws-auth's token reader and JWT checks (server/auth/src/jwt/props.rs)
#  - protojson:    management API request bodies (server/identity/src/management/protojson/props.rs)
#  - config:       the server config file and WS_SERVER__* variables (server/app/src/config_file/props.rs)
#  - csv:          bulk-file rows of `ws users import` (cli/src/bulk/input/props.rs)
#  - tenant:       the tenant file of `ws apply` (cli/src/cmd/apply/spec/props.rs)
#
#   bench/fuzz.sh                       # PROPTEST_CASES=100000
#   PROPTEST_CASES=5000 bench/fuzz.sh ics jwt
#
# Prints a Markdown table on stdout (copy it into bench/RESULTS.md); a failing property
# prints proptest's minimal failing input and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

export PROPTEST_CASES=${PROPTEST_CASES:-100000}
declare -A CRATE=([ics]=ws-workspace [range]=ws-workspace [content-range]=ws-workspace
    [json]=ws-workspace [jwt]=ws-auth [protojson]=ws-identity [config]=ws-server
    [csv]=ws-cli [tenant]=ws-cli)
declare -A FILTER=([ics]=calendar::ics::props:: [range]=drive::download::props::
    [content-range]=drive::upload::props:: [json]=extract::props:: [jwt]=jwt::props::
    [protojson]=protojson::props:: [config]=config_file::props:: [csv]=bulk::input::props::
    [tenant]=apply::spec::props::)
PARSERS=("$@")
[ ${#PARSERS[@]} -gt 0 ] || PARSERS=(ics range content-range json jwt protojson config csv tenant)

cargo test --release -q -p ws-workspace -p ws-auth -p ws-identity -p ws-server -p ws-cli --lib --no-run >&2

echo "| parser | properties | cases each | seconds |"
echo "|---|---:|---:|---:|"
for p in "${PARSERS[@]}"; do
    [ -n "${CRATE[$p]:-}" ] || { echo "unknown parser: $p" >&2; exit 2; }
    log=$(mktemp)
    start=$(date +%s.%N)
    if ! cargo test --release -q -p "${CRATE[$p]}" --lib "${FILTER[$p]}" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        exit 1
    fi
    end=$(date +%s.%N)
    passed=$(grep -o '[0-9]* passed' "$log" | awk '{s += $1} END {print s + 0}')
    rm -f "$log"
    printf '| %s | %d | %d | %.1f |\n' "$p" "$passed" "$PROPTEST_CASES" "$(echo "$end - $start" | bc)"
done
