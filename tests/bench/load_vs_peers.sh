#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runbench's HTTP load generator side by side with wrk and hey against one nginx on loopback, plus the
# open-loop rate check and the resident memory of a 10-million-request run. One command:
#
#   tests/bench/load_vs_peers.sh            # ROUNDS=5 DURATION=5 MEM_REQUESTS=10000000 by default
#
# Builds the Release CLI into build/rel if needed, writes the raw outputs to a temp dir (printed) and the
# table into docs/performance.md, section "Load generator" (only that section is replaced).
# Not a ctest: numbers depend on the machine and its load. Rounds are interleaved (tool order rotates each
# round) and the table reports medians of the per-round ratios, which survive a noisy shared machine better
# than absolute numbers.
set -euo pipefail

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-5}
CONNS=${CONNS:-10}
MEM_REQUESTS=${MEM_REQUESTS:-10000000}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-$SRC/build/rel}
CLI=$BUILD/bin/runbench-cli
DOC=${DOC:-$SRC/docs/performance.md}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || ! need hey || ! need nginx; then
    echo "installing wrk, hey and nginx from Debian" >&2
    apt-get install -y wrk hey nginx >&2
fi
if [ ! -x "$CLI" ]; then
    cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRUNBENCH_BUILD_GUI=OFF \
        -DRUNBENCH_BUILD_TESTS=OFF >&2
    cmake --build "$BUILD" --target runbench-cli >&2
fi

WORK=$(mktemp -d /tmp/rb-load-bench.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
URL="http://127.0.0.1:$PORT/"
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 100000000;   # every tool keeps its connections: no reconnect noise
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;
    server {
        listen 127.0.0.1:$PORT;
        location / { return 200 "hello from nginx\n"; }
    }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
trap 'kill $NGINX_PID 2>/dev/null || true; wait $NGINX_PID 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    curl -fs "$URL" >/dev/null 2>&1 && break
    sleep 0.1
done
echo "nginx $(nginx -v 2>&1 | sed 's/.*\///') on $URL, raw outputs in $WORK" >&2

# --- closed loop, interleaved rounds -------------------------------------------------------------------
run_tool() { # tool round
    local T=(/usr/bin/time -f "%U %S" -o "$WORK/$1.$2.cpu")
    case $1 in
    runbench) "${T[@]}" "$CLI" load "$URL" -d "$DURATION" -c "$CONNS" -t 1 --json >"$WORK/runbench.$2.json" ;;
    wrk) "${T[@]}" wrk -t1 -c"$CONNS" -d"${DURATION}s" --latency "$URL" >"$WORK/wrk.$2.txt" ;;
    hey) "${T[@]}" hey -z "${DURATION}s" -c "$CONNS" -cpus 1 "$URL" >"$WORK/hey.$2.txt" ;;
    esac
}
TOOLS=(runbench wrk hey)
for r in $(seq "$ROUNDS"); do
    for i in 0 1 2; do
        t=${TOOLS[$(((i + r) % 3))]}
        echo "round $r/$ROUNDS: $t" >&2
        run_tool "$t" "$r"
        sleep 0.5
    done
done

# --- open loop at 50% of the capacity measured above ----------------------------------------------------
CAPACITY=$(python3 - "$WORK" "$ROUNDS" <<'PY'
import json, statistics, sys
w, n = sys.argv[1], int(sys.argv[2])
print(statistics.median(json.load(open(f"{w}/runbench.{r}.json"))["rps"] for r in range(1, n + 1)))
PY
)
RATE=$(python3 -c "print(round($CAPACITY * 0.5))")
OPEN_ROUNDS=${OPEN_ROUNDS:-3}
for r in $(seq "$OPEN_ROUNDS"); do
    echo "open loop $r/$OPEN_ROUNDS at $RATE req/s" >&2
    "$CLI" load "$URL" -d "$DURATION" -c "$CONNS" -t 1 --rate "$RATE" --json --raw "$WORK/open.$r.csv" \
        >"$WORK/open.$r.json"
done
WRK2=none
if need wrk2; then
    WRK2=$(command -v wrk2)
    wrk2 -t1 -c"$CONNS" -d"${DURATION}s" -R"$RATE" --latency "$URL" >"$WORK/wrk2.txt"
fi

# --- resident memory of a long run ----------------------------------------------------------------------
echo "memory: $MEM_REQUESTS requests" >&2
/usr/bin/time -v "$CLI" load "$URL" -n "$MEM_REQUESTS" -c "$CONNS" -t 1 --json >"$WORK/mem.json" 2>"$WORK/mem.time"

python3 "$SRC/tests/bench/load_report.py" "$WORK" "$ROUNDS" "$OPEN_ROUNDS" "$RATE" "$MEM_REQUESTS" "$DURATION" \
    "$CONNS" "$WRK2" "$DOC"
