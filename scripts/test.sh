#!/usr/bin/env bash
# Runs every test of the workspace, as CI does: formatting, lints, unit, integration and
# end-to-end tests (real SQLite, real HTTP servers on 127.0.0.1:0, headless Chromium,
# real OS keyrings), then doc tests.
#
# Installs what the tests need when it is missing (Debian packages; needs root), and
# runs the tests inside a private D-Bus session with an unlocked gnome-keyring (Secret
# Service) and inside a kernel session keyring (keyutils), so keyring tests run for real.
set -euo pipefail
cd "$(dirname "$0")/.."

# python3-venv: the official ZITADEL Python SDK test builds its venv (cached in target/tmp).
# tmux: the dashboard's end-to-end tests drive `ws dashboard` in a real terminal.
# curl: scripts/services/s3.sh creates the test bucket with it.
# redis-server: shared rate limits (scripts/services/redis.sh); prometheus: promtool checks /metrics.
# postgresql-15: the storage and end-to-end tests on PostgreSQL (scripts/services/postgres.sh).
# haproxy: the fleet test puts two replicas behind it (scripts/services/haproxy.sh).
# systemd: systemd-analyze verifies config/ws-server.service.
PKGS="chromium chromium-driver gnome-keyring libsecret-tools keyutils dbus python3-venv tmux curl redis-server prometheus postgresql-15 haproxy systemd"

install_packages() {
    local missing=() p
    for p in $PKGS; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "test.sh: missing packages: ${missing[*]}; install them (as root: apt-get install -y --no-install-recommends ${missing[*]})" >&2
        exit 1
    fi
    echo "test.sh: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_nextest() {
    if ! cargo nextest --version >/dev/null 2>&1; then
        echo "test.sh: installing cargo-nextest" >&2
        cargo install --locked cargo-nextest
    fi
}

install_packages
install_nextest

echo "test.sh: cargo fmt --check" >&2
cargo fmt --all -- --check
echo "test.sh: cargo clippy" >&2
cargo clippy --workspace --all-targets -- -D warnings

WORK=$(mktemp -d /tmp/ws-test.XXXXXX)
# shellcheck source=services/s3.sh
. scripts/services/s3.sh
# shellcheck source=services/redis.sh
. scripts/services/redis.sh
# shellcheck source=services/postgres.sh
. scripts/services/postgres.sh
# shellcheck source=services/haproxy.sh
. scripts/services/haproxy.sh
cleanup() {
    stop_s3
    stop_redis
    stop_postgres
    rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/xdg-run" "$WORK/xdg-data"
chmod 700 "$WORK/xdg-run"
# Temporary XDG dirs: gnome-keyring keeps its socket and keyrings there, not in $HOME.
export XDG_RUNTIME_DIR="$WORK/xdg-run" XDG_DATA_HOME="$WORK/xdg-data"
# A real S3 server for the blob tests, for the whole run (exports WS_TEST_S3_*).
mkdir -p "$WORK/s3"
start_s3 "$WORK/s3"
# A real Redis for the shared rate-limit tests (exports WS_TEST_REDIS_URL).
mkdir -p "$WORK/redis"
start_redis "$WORK/redis"
# A real PostgreSQL 15 for the storage tests (exports WS_TEST_DATABASE_URL).
start_postgres
# HAProxy for the fleet test (exports WS_TEST_HAPROXY; the test runs its own instance).
find_haproxy

echo "test.sh: cargo nextest run + doc tests (in a D-Bus session with gnome-keyring, in a keyutils session)" >&2
dbus-run-session -- keyctl session - bash -c '
    set -euo pipefail
    echo -n test-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # Inside this session the keyrings work: their tests must run, never skip.
    export WS_TEST_REQUIRE_KEYRING=1
    cargo nextest run --workspace --no-fail-fast
    cargo test --doc --workspace
'

# --- S3 blobs -------------------------------------------------------------------------
# The blob tests above ran on local files and (with WS_TEST_S3_ENDPOINT) on S3; the
# drive end-to-end tests run once more with every in-process test server keeping its
# blobs on S3 (the CLI's drive tests too: they run against the same harness).
echo "test.sh: drive end-to-end tests with blobs on S3" >&2
WS_TEST_BLOBS=s3 cargo nextest run -p ws-tests -p ws-cli --no-fail-fast \
    -E 'test(/drive/)'
stop_s3
# --- end S3 blobs ---------------------------------------------------------------------

# --- PostgreSQL records ---------------------------------------------------------------
# The storage tests above ran on SQLite and PostgreSQL; the end-to-end tests that touch
# storage run once more with every in-process test server (and the CLI's server child)
# on a fresh PostgreSQL database of its own: docs, drive, calendars, sharing, audit,
# the management APIs (users, orgs, projects, grants, authorizations, tokens), OIDC
# (codes, refresh rotation, device flow, introspection, revocation) and `ws` on top of
# them (login, admin, users import, workspace commands). Left out: what reads the
# SQLite file on purpose (server_bootstrap), what the S3 rerun covers (the CLI's drive
# tests) and the 10,000-row import (three minutes, the same statements as the small
# imports). 93 tests, 70 s of test time on 2 cores (bench/RESULTS.md).
echo "test.sh: end-to-end tests with records on PostgreSQL" >&2
PG_SERVER='ws_docs|ws_drive|ws_drive_copy|ws_calendars|ws_sharing|ws_permissions|ws_audit|mgmt_api|mgmt_tokens|oidc_provider|auth_introspection|auth_revocation|workspace_auth'
PG_CLI='admin_orgs_users|admin_projects|admin_authz|admin_import|audit|workspace_docs|workspace_audit_share|ws_cal|e2e|e2e_machine'
WS_TEST_STORAGE=postgres cargo nextest run -p ws-tests -p ws-cli --no-fail-fast \
    -E "(package(ws-tests) & test(/^($PG_SERVER)::/)) | (package(ws-cli) & test(/^($PG_CLI)::/))"
# --- end PostgreSQL records -----------------------------------------------------------
echo "test.sh: all tests passed" >&2
