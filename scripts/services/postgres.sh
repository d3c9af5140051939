# Sourced by scripts/test.sh: a real PostgreSQL 15 (Debian's postgresql-15) for the
# storage tests and the end-to-end tests on PostgreSQL, started once per run on
# 127.0.0.1 with its cluster in a temp dir and stopped when the run ends.
#
# start_postgres       creates a cluster in a temp dir of its own under /tmp (the user
#                      postgres must reach it, and the run's own temp dir is private to
#                      root) owned by the user postgres (when
#                      the script runs as root the server runs as postgres through
#                      runuser, since PostgreSQL refuses to run as root), starts it on a
#                      free port with trust authentication on loopback only, and exports
#                        WS_TEST_DATABASE_URL      postgres://postgres@127.0.0.1:PORT/postgres
#                                                  (each test creates a database of its own)
#                        WS_TEST_PG_CTL            pg_ctl, for tests that restart the server
#                        WS_TEST_PG_DATA           the cluster directory, for the same
#                        WS_TEST_REQUIRE_SERVICES=1 (a test that finds no PostgreSQL fails)
# stop_postgres        stops it (pg_ctl stop -m fast, which waits for the server to exit)
#                      and removes its temp dir.

# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_BIN=/usr/lib/postgresql/15/bin
PG_DATA=
PG_DIR=

# Runs a PostgreSQL binary as the user postgres when we are root, else as ourselves.
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_postgres() {
    local port
    if [ ! -x "$PG_BIN/initdb" ]; then
        echo "test.sh: PostgreSQL 15 is not installed ($PG_BIN/initdb); apt-get install postgresql-15" >&2
        return 1
    fi
    PG_DIR=$(mktemp -d /tmp/ws-pg.XXXXXX)
    PG_DATA="$PG_DIR/data"
    mkdir -m 700 "$PG_DATA"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$PG_DIR"
    fi
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" --auth=trust -U postgres -E UTF8 --no-locale \
        >"$PG_DIR/initdb.log" 2>&1 || {
        echo "test.sh: initdb failed; see $PG_DIR/initdb.log" >&2
        return 1
    }
    port=$(free_port)
    # fsync off: a test cluster need not survive a power cut, and it spares the disk.
    if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/log" -w -t 30 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DATA -c fsync=off -c max_connections=300" \
        >/dev/null; then
        echo "test.sh: PostgreSQL did not start on port $port; see $PG_DATA/log" >&2
        return 1
    fi
    export WS_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
    export WS_TEST_PG_CTL="$PG_BIN/pg_ctl" WS_TEST_PG_DATA="$PG_DATA" WS_TEST_REQUIRE_SERVICES=1
    echo "test.sh: PostgreSQL on 127.0.0.1:$port" >&2
}

stop_postgres() {
    if [ -n "$PG_DATA" ]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
        PG_DATA=
    fi
    if [ -n "$PG_DIR" ]; then
        rm -rf "$PG_DIR"
        PG_DIR=
    fi
}
