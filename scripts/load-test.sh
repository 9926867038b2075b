#!/usr/bin/env bash
# Load test of the server (issue #16's target: API p99 under 50 ms at 100 connections on the
# 100,000-event store, and /events with three facets under 100 ms). Builds redline in release,
# fills a synthetic store of 10,000 documents (100,000 events) unless it exists, serves it on a
# loopback port, and runs wrk against each main endpoint in turn. Each endpoint is asked for a
# spread of filters and pages (scripts/wrk-paths.lua), so a run measures queries and not only the
# read model's cache. Not a test: it prints two lines per endpoint (p50, p90, p99, requests/s at
# CONNECTIONS connections, then on one connection, which is measured first).
#
#   scripts/load-test.sh [STORE] [PORT] [DURATION] [CONNECTIONS]
#   scripts/load-test.sh /tmp/redline-load.sqlite 18080 20s 100
#   REDLINE_BIN=.build-server-rel/release/redline scripts/load-test.sh   # skip the build
#   ONLY=events scripts/load-test.sh                                    # endpoints whose name has "events"
#   MODES=warm scripts/load-test.sh                                     # only as deployed (default: cold warm)
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-/tmp/redline-load.sqlite}
port=${2:-18080}
duration=${3:-20s}
connections=${4:-100}
scratch=${REDLINE_SCRATCH:-.build-server-rel}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
if [ -n "${REDLINE_BIN:-}" ]; then
    redline=$REDLINE_BIN
else
    swift build -c release --scratch-path "$scratch" --product redline
    redline="$scratch/release/redline"
fi

if [ ! -f "$store" ]; then
    "$redline" synthetic-store --db "$store" --documents 10000 --events-per-document 10
fi

# The synthetic store's actors, types and days (see StoreBenchmark.syntheticDocuments).
actors=(RUS USA UKR CHN GBR FRA DEU IRN ISR TUR POL IND PAK JPN KOR TWN SAU SYR IRQ BLR)
types=(THREATEN ASSAULT PROTEST SANCTION COERCE ACCUSE)
months=(2022-01-01:2022-01-31 2022-03-01:2022-03-31 2022-05-01:2022-05-31 2022-08-01:2022-08-31 2022-11-01:2022-11-30)
words=("legitimate targets" "long-range weapons" "ministry respond" "crossed" "deliveries" "latest moves" "officials said" "convoys")

lines=() events=() three=() facets=() search=() page=()
for i in $(seq 0 39); do
    a=${actors[$((i % 20))]} r=${actors[$(((i * 7 + 3) % 20))]} t=${types[$((i % 6))]} m=${months[$((i % 5))]}
    lines+=("/api/redlines?offset=$((i * 20))&limit=20" "/api/redlines?declarer=$a" "/api/redlines?declarer=$a&status=crossed")
    events+=("/api/events?actor=$a&limit=50" "/api/events?type=$t&offset=$((i * 50))&limit=50" "/api/events?since=${m%:*}&until=${m#*:}&limit=50")
    three+=("/api/events?actor=$a&recipient=$r&type=$t&limit=50" "/api/events?actor=$a&type=$t&since=${m%:*}&until=${m#*:}&limit=50")
    facets+=("/api/events/facets?actor=$a&recipient=$r&type=$t" "/api/events/facets?actor=$a&type=$t&since=${m%:*}&until=${m#*:}")
    page+=("/events?actor=$a&recipient=$r&type=$t" "/events?actor=$a&type=$t&since=${m%:*}&until=${m#*:}")
    w=${words[$((i % 8))]}
    search+=("/api/search?q=${w// /+}&offset=$(((i / 8) * 20))")
done

server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true' EXIT
serve() {
    "$redline" serve --db "$store" --host 127.0.0.1 --port "$port" "$@" 2>/dev/null &
    server=$!
    for _ in $(seq 1 100); do
        curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
        sleep 0.2
    done
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }

run() {
    local name=$1; shift
    if [ -n "${ONLY:-}" ] && [[ "$name" != *"$ONLY"* ]]; then return; fi
    # Warm: each path once, as a reader who has been browsing would have.
    for p in "$@"; do curl -fsS -o /dev/null "http://127.0.0.1:$port$p" || echo "warm-up failed: $p" >&2; done
    local line one
    # One connection first: what a single reader waits, without a queue (the server goes on
    # answering what wrk's 100 connections left queued after they close).
    one=$(wrk -t1 -c1 -d5s --latency -s scripts/wrk-paths.lua "http://127.0.0.1:$port" -- "$@" | grep '^RESULT')
    line=$(wrk -t2 -c"$connections" -d"$duration" --latency -s scripts/wrk-paths.lua "http://127.0.0.1:$port" -- "$@" | grep '^RESULT')
    printf '%-44s %s (%d paths)\n' "$name" "${line#RESULT }" "$#"
    printf '%-44s %s\n' "  ... on one connection" "${one#RESULT }"
}

all() {
    run "GET /healthz" /healthz
    run "GET /api/redlines (filters, pages)" "${lines[@]}"
    run "GET /api/actors" /api/actors
    run "GET /api/events (one filter)" "${events[@]}"
    run "GET /api/events (three facets)" "${three[@]}"
    run "GET /api/events/facets (three facets)" "${facets[@]}"
    run "GET /api/search" "${search[@]}"
    run "GET /events page (three facets)" "${page[@]}"
}

# MODES: "cold" serves with --no-answer-cache (every events, facets, search and explorer answer
# read from the store, as before those answers were kept), "warm" as deployed.
for mode in ${MODES:-cold warm}; do
    if [ "$mode" = cold ]; then serve --no-answer-cache; else serve; fi
    echo "== $mode: wrk -t2 -c$connections -d$duration, store $store ($(curl -fsS "http://127.0.0.1:$port/healthz"))"
    all
    stop
done
