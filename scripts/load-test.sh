#!/usr/bin/env bash
# Load test of the server: builds redline in release, fills a synthetic store of 10,000 documents
# (100,000 events) unless it exists, serves it on a loopback port, and runs wrk against
# /api/redlines. Not a test: it prints wrk's latency distribution (p99 is the figure to watch).
#
#   scripts/load-test.sh [STORE] [PORT] [DURATION]
#   scripts/load-test.sh /tmp/redline-load.sqlite 18080 20s
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-/tmp/redline-load.sqlite}
port=${2:-18080}
duration=${3:-20s}
scratch=${REDLINE_SCRATCH:-.build-server-rel}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
swift build -c release --scratch-path "$scratch" --product redline
redline="$scratch/release/redline"

if [ ! -f "$store" ]; then
    "$redline" synthetic-store --db "$store" --documents 10000 --events-per-document 10
fi

"$redline" serve --db "$store" --host 127.0.0.1 --port "$port" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/healthz"; echo

# Warm the read model, then measure.
curl -fsS "http://127.0.0.1:$port/api/redlines" >/dev/null
wrk -t2 -c100 -d"$duration" --latency "http://127.0.0.1:$port/api/redlines"
