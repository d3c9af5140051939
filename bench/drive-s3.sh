#!/usr/bin/env bash
# Drive transfers with the S3 blob backend: a real S3 server (moto) on 127.0.0.1, a
# direct PUT and GET of a SIZE_MIB file to it with curl (the ceiling: the same bytes to
# the same S3 server with no ws-server in between), then bench/drive.sh with ws-server's
# `[blobs]` on that server (ws and curl through ws-server, as on local files).
#
#   BIN=/work/target/release SIZE_MIB=256 ROUNDS=3 bench/drive-s3.sh
#
# MOTO_SERVER names the moto_server binary (default: the venv scripts/services/s3.sh
# caches in target/tmp/moto-venv; run the test script once, or pip install
# 'moto[server]==5.2.5' into it). Prints Markdown on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_MIB=${SIZE_MIB:-256}
ROUNDS=${ROUNDS:-3}
MOTO_SERVER=${MOTO_SERVER:-$(pwd)/target/tmp/moto-venv/bin/moto_server}
. bench/lib.sh
bench_workdir ws-bench-drive-s3

port=$(free_port)
(cd "$WORK" && exec "$MOTO_SERVER" -H 127.0.0.1 -p "$port" >"$WORK/moto.log" 2>&1) &
BENCH_PIDS+=("$!")
S3="http://127.0.0.1:$port"
until curl -fsS -o /dev/null -X PUT "$S3/bench" 2>/dev/null; do sleep 0.1; done

SRC="$WORK/src.bin"
{ openssl enc -aes-128-ctr -nosalt -pass pass:ws-drive-bench </dev/zero 2>/dev/null || true; } |
    head -c $((SIZE_MIB * 1024 * 1024)) >"$SRC"
now_ms() { date +%s%3N; }
mibs() { python3 -c "print(f'{$SIZE_MIB / ($1 / 1000):.0f}')"; }
ups=() downs=()
for ((r = 0; r < ROUNDS; r++)); do
    t0=$(now_ms); curl -fsS -o /dev/null -T "$SRC" "$S3/bench/direct-$r.bin"; ups+=("$(mibs $(($(now_ms) - t0)))")
    t0=$(now_ms); curl -fsS -o /dev/null "$S3/bench/direct-$r.bin"; downs+=("$(mibs $(($(now_ms) - t0)))")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "| $SIZE_MIB MiB direct to S3 (moto), median of $ROUNDS | MiB/s |"
echo "|---|---:|"
echo "| curl PUT object | $(median "${ups[@]}") |"
echo "| curl GET object | $(median "${downs[@]}") |"
echo

export WS_SERVER__BLOBS__URL="s3://bench/ws" WS_SERVER__BLOBS__ENDPOINT="$S3"
export WS_SERVER__BLOBS__REGION=us-east-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench
SIZE_MIB=$SIZE_MIB ROUNDS=$ROUNDS bench/drive.sh
