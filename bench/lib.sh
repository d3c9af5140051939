# Shared set-up of the benchmark scripts (sourced, not run): a work dir removed at
# exit, `--demo` servers on free loopback ports, Zitadel Connect calls with the
# bootstrap admin PAT, and machine users with a workspace role and a PAT.
#
#   . bench/lib.sh
#   release_bins                      # sets BIN (builds unless BIN is given)
#   bench_workdir ws-bench-x          # sets WORK; kills started servers and removes WORK at exit
#   start_server main "$BIN"          # sets BASE_main, DATA_main (= $WORK/main/data)
#   TOKEN=$(machine_pat "$BASE_main" "$DATA_main" bot editor)
#   ws_profile "$DATA_main"           # HOME/XDG in $WORK and a default `ws` profile

BENCH_PIDS=()

# release_bins: BIN, or the release `ws` and `ws-server` built into $CARGO_TARGET_DIR
# (default target/) when BIN is not set.
release_bins() {
    if [ -z "${BIN:-}" ]; then
        cargo build --release -q -p ws-cli -p ws-server
        BIN="${CARGO_TARGET_DIR:-target}/release"
    fi
}

# ws_profile DATA: a private HOME and XDG dirs in $WORK and a default `ws` profile for
# the server whose data dir is DATA (tokens in a file; callers set WS_TOKEN).
ws_profile() {
    export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/xdg"
    "$BIN/ws" profile set bench --bootstrap "$1/bootstrap.json" --default token_store=file >/dev/null 2>&1
}

bench_cleanup() {
    local pid
    for pid in "${BENCH_PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}

# bench_workdir PREFIX: a fresh temp dir in WORK, removed (with the servers) at exit.
bench_workdir() {
    WORK=$(mktemp -d "/tmp/$1.XXXXXX")
    trap bench_cleanup EXIT
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_server NAME BINDIR: `ws-server serve --demo` on a fresh data dir, waited for
# until ready; sets BASE_<NAME> and DATA_<NAME>.
start_server() {
    local name=$1 bin=$2 port pid
    port=$(free_port)
    mkdir -p "$WORK/$name"
    WS_LOG=warn "$bin/ws-server" serve --demo --data "$WORK/$name/data" --listen "127.0.0.1:$port" \
        </dev/null >/dev/null 2>>"$WORK/$name/server.log" &
    pid=$!
    BENCH_PIDS+=("$pid")
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/readyz" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || { cat "$WORK/$name/server.log" >&2; exit 1; }
        sleep 0.01
    done
    printf -v "BASE_$name" '%s' "http://127.0.0.1:$port"
    printf -v "DATA_$name" '%s' "$WORK/$name/data"
}

# connect BASE DATA PATH JSON: a Zitadel Connect call with the bootstrap admin PAT.
connect() {
    curl -fsS -H "Authorization: Bearer $(tr -d '\n' <"$2/admin.pat")" -H 'connect-protocol-version: 1' \
        -H 'content-type: application/json' -d "$4" "$1$3"
}

# machine_pat BASE DATA USERNAME ROLE: the PAT of a new Acme machine user holding the
# workspace role ROLE.
machine_pat() {
    local base=$1 data=$2 acme project bot
    acme=$(jq -r '.orgs[] | select(.name == "Acme Corp") | .id' "$data/bootstrap.json")
    project=$(jq -r .project_id "$data/bootstrap.json")
    bot=$(connect "$base" "$data" /zitadel.user.v2.UserService/CreateUser \
        "{\"organizationId\":\"$acme\",\"username\":\"$3\",\"machine\":{\"name\":\"$3\"}}" | jq -r .id)
    connect "$base" "$data" /zitadel.authorization.v2.AuthorizationService/CreateAuthorization \
        "{\"userId\":\"$bot\",\"projectId\":\"$project\",\"organizationId\":\"$acme\",\"roleKeys\":[\"$4\"]}" >/dev/null
    connect "$base" "$data" /zitadel.user.v2.UserService/AddPersonalAccessToken "{\"userId\":\"$bot\"}" | jq -r .token
}
