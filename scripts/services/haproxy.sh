# Sourced by scripts/test.sh: tells the fleet test where HAProxy (Debian's haproxy) is.
# Nothing is started here: the test writes its own haproxy.cfg on free ports in front of
# the replicas it starts, and runs (and kills) its own instance.
#
# find_haproxy   exports WS_TEST_HAPROXY (the binary) and WS_TEST_REQUIRE_SERVICES=1 (a
#                test that finds no HAProxy fails), or fails when it is not installed.

find_haproxy() {
    local bin
    bin=$(command -v haproxy || true)
    if [ -z "$bin" ] && [ -x /usr/sbin/haproxy ]; then
        bin=/usr/sbin/haproxy
    fi
    if [ -z "$bin" ]; then
        echo "test.sh: haproxy is not installed; apt-get install haproxy" >&2
        return 1
    fi
    export WS_TEST_HAPROXY="$bin" WS_TEST_REQUIRE_SERVICES=1
    echo "test.sh: HAProxy at $bin ($("$bin" -v | head -1))" >&2
}
