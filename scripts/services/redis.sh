# Sourced by scripts/test.sh: a real Redis (Debian's redis-server) for the shared rate
# limit tests, started once per run on 127.0.0.1 and stopped when the run ends.
#
# start_redis DIR   starts redis-server on a free port (no persistence, files in DIR) and
#                   exports WS_TEST_REDIS_URL=redis://127.0.0.1:PORT/ and
#                   WS_TEST_REQUIRE_SERVICES=1 (a test that finds no Redis fails).
# stop_redis        stops it (by its pid).

# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

REDIS_PID=

start_redis() {
    local dir=$1 port _
    port=$(free_port)
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$dir" \
        >"$dir/redis.log" 2>&1 &
    REDIS_PID=$!
    for _ in $(seq 100); do
        if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
            export WS_TEST_REDIS_URL="redis://127.0.0.1:$port/" WS_TEST_REQUIRE_SERVICES=1
            echo "test.sh: Redis on 127.0.0.1:$port" >&2
            return 0
        fi
        sleep 0.1
    done
    echo "test.sh: redis-server did not start on port $port; see $dir/redis.log" >&2
    return 1
}

stop_redis() {
    if [ -n "$REDIS_PID" ]; then
        kill "$REDIS_PID" 2>/dev/null || true
        wait "$REDIS_PID" 2>/dev/null || true
        REDIS_PID=
    fi
}
