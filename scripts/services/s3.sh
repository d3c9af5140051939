# Sourced by scripts/test.sh: a real S3 server (moto, from PyPI) for the blob tests,
# started once per run on 127.0.0.1 and stopped when the run ends.
#
# start_s3 DIR   installs moto into a venv cached under target/tmp/moto-venv (about 25 s
#                the first time), starts `moto_server` on a free port with its files in
#                DIR, creates the bucket `ws-test` and exports
#                  WS_TEST_S3_ENDPOINT   http://127.0.0.1:PORT
#                  WS_TEST_S3_BUCKET     ws-test (each test uses a prefix of its own)
#                  WS_TEST_REQUIRE_SERVICES=1 (a test that finds no S3 server fails)
# stop_s3        stops it (by its pid).

# shellcheck source=common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

S3_PID=
MOTO_VERSION=5.2.5

start_s3() {
    local dir=$1 venv port
    venv="$(pwd)/target/tmp/moto-venv"
    if ! "$venv/bin/moto_server" --help >/dev/null 2>&1; then
        echo "test.sh: installing moto[server]==$MOTO_VERSION into $venv" >&2
        rm -rf "$venv"
        python3 -m venv "$venv"
        "$venv/bin/pip" install -q "moto[server]==$MOTO_VERSION"
    fi
    port=$(free_port)
    (cd "$dir" && exec "$venv/bin/moto_server" -H 127.0.0.1 -p "$port" >"$dir/moto.log" 2>&1) &
    S3_PID=$!
    local endpoint="http://127.0.0.1:$port" _
    for _ in $(seq 200); do
        if curl -sf -X PUT "$endpoint/ws-test" -o /dev/null; then
            export WS_TEST_S3_ENDPOINT="$endpoint" WS_TEST_S3_BUCKET=ws-test
            export WS_TEST_REQUIRE_SERVICES=1
            echo "test.sh: S3 (moto) on $endpoint" >&2
            return 0
        fi
        sleep 0.1
    done
    echo "test.sh: moto_server did not start on $endpoint; see $dir/moto.log" >&2
    return 1
}

stop_s3() {
    if [ -n "$S3_PID" ]; then
        kill "$S3_PID" 2>/dev/null || true
        wait "$S3_PID" 2>/dev/null || true
        S3_PID=
    fi
}
