#!/usr/bin/env bash
# Drive transfer benchmark: `ws drive upload` and `ws drive download` of one SIZE_MIB file
# beside `curl` doing the same HTTP transfer against the same server in the same run:
#  - upload: curl streams the file in one `PUT /api/v1/drive/content` (the streaming
#    upload endpoint); `ws` creates a resumable session and sends the file in one `PUT`
#    with Content-Range (the server commits it in 64 MiB segments as it arrives), then
#    `finish` with the sha256 the server checks; ws hashes the file as it reads it.
#    The server hashes and fsyncs the bytes on both paths before the file is visible;
#  - download: both `GET /api/v1/drive/files/{id}/content`; `ws` writes NAME.part, checks
#    the sha256 and renames, curl just writes the file.
# Both send the same bearer token: a PAT of an Acme machine user holding the workspace
# `editor` role. Runs are interleaved ROUNDS times (curl and ws alternate which goes
# first), so drift of a shared machine hits both alike; the report gives the median
# throughput of each, the ws/curl ratio (goal ≥ 0.95×) and ws's peak RSS from
# /usr/bin/time -v (goal ≤ 64 MiB whatever the size), with the load average around it.
#
#   bench/drive.sh                                    # 1 GiB, 3 rounds
#   BIN=/work/target/release bench/drive.sh           # prebuilt release ws and ws-server
#   SIZE_MIB=4096 ROUNDS=5 bench/drive.sh
#
# Without BIN it builds the release binaries into $CARGO_TARGET_DIR (default target/).
# Everything (server data, test file, downloads) lives in one temp dir removed at exit.
# Prints a Markdown report on stdout (copy it into bench/RESULTS.md). Needs curl, jq,
# openssl, python3, /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MIB=${SIZE_MIB:-1024}
ROUNDS=${ROUNDS:-3}
. bench/lib.sh
release_bins
bench_workdir ws-bench-drive
# Every round stores two copies of the file: no org quota, whatever ROUNDS and SIZE_MIB.
WS_SERVER__WORKSPACE__DRIVE_QUOTA=unlimited start_server srv "$BIN"
BASE=$BASE_srv DATA=$DATA_srv
TOKEN=$(machine_pat "$BASE" "$DATA" drive-bench editor)
AUTH="Authorization: Bearer $TOKEN"
curl -fsS -o /dev/null -H "$AUTH" "$BASE/api/v1/drive/quota"

ws_profile "$DATA"
export WS_TOKEN=$TOKEN

# The file: AES-CTR keystream (fast, incompressible, no two blocks alike).
SRC="$WORK/src.bin"
# (openssl ends on SIGPIPE when head has enough: not a failure.)
{ openssl enc -aes-128-ctr -nosalt -pass pass:ws-drive-bench </dev/zero 2>/dev/null || true; } |
    head -c $((SIZE_MIB * 1024 * 1024)) >"$SRC"
SHA=$(sha256sum "$SRC" | cut -d' ' -f1)
BYTES=$(stat -c %s "$SRC")

now_ms() { date +%s%3N; }
mibs() { python3 -c "print(f'{$BYTES / 1048576 / ($1 / 1000):.1f}')"; }
record() { echo "$2 $3" >>"$WORK/$1.runs"; } # record NAME MiB/s RSS_KiB
rss_kib() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }

curl_up() {
    local t0 item
    t0=$(now_ms)
    item=$(curl -fsS -X PUT -H "$AUTH" -H 'content-type: application/octet-stream' -T "$SRC" \
        "$BASE/api/v1/drive/content?name=curl-$1.bin")
    record curl_up "$(mibs $(($(now_ms) - t0)))" 0
    [ "$(jq -r .sha256 <<<"$item")" = "$SHA" ] || { echo "curl upload: $item" >&2; exit 1; }
    CURL_ID=$(jq -r .id <<<"$item")
}

ws_up() {
    local t0 item
    t0=$(now_ms)
    item=$(/usr/bin/time -v -o "$WORK/time.txt" "$BIN/ws" drive upload "$SRC" --name "ws-$1.bin" -o json 2>/dev/null)
    record ws_up "$(mibs $(($(now_ms) - t0)))" "$(rss_kib "$WORK/time.txt")"
    [ "$(jq -r '.[0].sha256' <<<"$item")" = "$SHA" ] || { echo "ws upload: $item" >&2; exit 1; }
}

curl_down() {
    local t0
    t0=$(now_ms)
    curl -fsS -H "$AUTH" -o "$WORK/down.bin" "$BASE/api/v1/drive/files/$CURL_ID/content"
    record curl_down "$(mibs $(($(now_ms) - t0)))" 0
    [ "$(stat -c %s "$WORK/down.bin")" = "$BYTES" ] || { echo "curl download: short" >&2; exit 1; }
    rm -f "$WORK/down.bin"
}

ws_down() {
    local t0
    t0=$(now_ms)
    /usr/bin/time -v -o "$WORK/time.txt" "$BIN/ws" drive download "ws-$1.bin" "$WORK/down.bin" 2>"$WORK/ws.err" || { cat "$WORK/ws.err" "$WORK/time.txt" >&2; exit 1; }
    record ws_down "$(mibs $(($(now_ms) - t0)))" "$(rss_kib "$WORK/time.txt")"
    [ "$(stat -c %s "$WORK/down.bin")" = "$BYTES" ] || { echo "ws download: short" >&2; exit 1; }
    rm -f "$WORK/down.bin"
}

# One warm-up of each direction (page cache, server first-use provisioning), not counted.
curl_up warm && ws_up warm && curl_down && ws_down warm
rm -f "$WORK"/*.runs
# ws's download is checked once more byte for byte (it verified the sha256 itself too).
"$BIN/ws" drive download ws-warm.bin "$WORK/check.bin" 2>/dev/null
[ "$(sha256sum "$WORK/check.bin" | cut -d' ' -f1)" = "$SHA" ] || { echo "ws download differs" >&2; exit 1; }
rm -f "$WORK/check.bin"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 0; r < ROUNDS; r++)); do
    if ((r % 2 == 0)); then
        curl_up "$r"; ws_up "$r"; curl_down; ws_down "$r"
    else
        ws_up "$r"; curl_up "$r"; ws_down "$r"; curl_down
    fi
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$WORK" "$SIZE_MIB" "$ROUNDS" <<'PY'
import statistics, sys
work, size, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def runs(name):
    rows = [l.split() for l in open(f"{work}/{name}.runs")]
    return [float(r[0]) for r in rows], [int(r[1]) for r in rows]
print(f"| {size} MiB, median of {rounds} | curl MiB/s | ws MiB/s | ws / curl | ws peak RSS |")
print("|---|---:|---:|---:|---:|")
for d in ("up", "down"):
    c, _ = runs(f"curl_{d}")
    w, rss = runs(f"ws_{d}")
    cm, wm = statistics.median(c), statistics.median(w)
    ok = "✓" if wm / cm >= 0.95 else "✗"
    print(f"| {'upload' if d == 'up' else 'download'} | {cm:.0f} | {wm:.0f} | {wm / cm:.2f}× {ok} "
          f"| {max(rss) / 1024:.1f} MiB {'✓' if max(rss) <= 64 * 1024 else '✗'} |")
    print(f"|   (every run) | {' '.join(f'{x:.0f}' for x in c)} | {' '.join(f'{x:.0f}' for x in w)} | | |", file=sys.stderr)
PY
echo
echo "- goals: ws ≥ 0.95× curl's throughput; ws peak RSS ≤ 64 MiB"
echo "- load average (1/5/15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER; nproc $(nproc)"
