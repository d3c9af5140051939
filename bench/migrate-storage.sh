#!/usr/bin/env bash
# migrate-storage throughput: a SQLite deployment with 10,000 users and 1,000 drive
# files (64 KiB each, local blobs) moved to a fresh PostgreSQL database and a fresh
# local blob directory; prints the command's own summary (rows/s, MiB/s).
#
#   WS_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres bench/migrate-storage.sh
#
# BIN (default target/release) holds ws-server; USERS and FILES change the sizes.
# Needs sqlite3 and psql (Debian sqlite3, postgresql-client).
set -euo pipefail
BIN=${BIN:-target/release}
USERS=${USERS:-10000}
FILES=${FILES:-1000}
: "${WS_TEST_DATABASE_URL:?start PostgreSQL first (scripts/services/postgres.sh)}"
WORK=$(mktemp -d /tmp/ws-bench-migrate.XXXXXX)
DB=bench_migrate_$$
PID=
cleanup() {
    [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
    psql -q "$WS_TEST_DATABASE_URL" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# A real deployment first (schema and demo tenants), stopped before the copy.
"$BIN/ws-server" serve --demo --data "$WORK/src" --listen 127.0.0.1:0 >"$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 100); do grep -q "listening" "$WORK/serve.log" && break; sleep 0.1; done
kill "$PID"; wait "$PID" || true; PID=

ORG=$(sqlite3 "$WORK/src/ws.db" "SELECT id FROM orgs LIMIT 1")
sqlite3 "$WORK/src/ws.db" <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $USERS)
INSERT INTO users (id, org_id, username, state, kind, given_name, family_name, display_name,
                   email, email_verified, created_at, changed_at)
SELECT 'bench-user-' || i, '$ORG', 'bench' || i, 'active', 'human', 'Bench', 'User' || i,
       'Bench User ' || i, 'bench' || i || '@example.com', 1, 1800000000, 1800000000 FROM n;
INSERT INTO ws_drive_items VALUES ('bench-root', '$ORG', 'bench-user-1', NULL, '', 'folder',
       0, NULL, NULL, NULL, 1800000000, 1800000000);
SQL
# Files: distinct 64 KiB blobs in the local layout blobs/aa/bb/<sha256>, one item each.
python3 - "$WORK/src" "$FILES" "$ORG" <<'PY'
import hashlib, os, sqlite3, sys
root, files, org = sys.argv[1], int(sys.argv[2]), sys.argv[3]
db = sqlite3.connect(os.path.join(root, "ws.db"))
for i in range(files):
    data = hashlib.sha256(str(i).encode()).digest() * 2048
    sha = hashlib.sha256(data).hexdigest()
    d = os.path.join(root, "blobs", sha[:2], sha[2:4]); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, sha), "wb").write(data)
    db.execute("INSERT INTO ws_drive_items VALUES (?, ?, 'bench-user-1', 'bench-root', ?, 'file',"
               " ?, ?, 'application/octet-stream', NULL, 1800000000, 1800000000)",
               (f"bench-file-{i}", org, f"f{i}.bin", len(data), sha))
db.commit()
PY

psql -q "$WS_TEST_DATABASE_URL" -c "CREATE DATABASE $DB"
echo "migrate-storage: $USERS users, $FILES files of 64 KiB" >&2
"$BIN/ws-server" migrate-storage --from "sqlite://$WORK/src/ws.db" \
    --to "${WS_TEST_DATABASE_URL%/*}/$DB" \
    --blobs-from "file://$WORK/src" --blobs-to "file://$WORK/dst" 2>/dev/null
