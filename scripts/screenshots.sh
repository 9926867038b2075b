#!/usr/bin/env bash
# Screenshots of every dashboard page, for review by eye: on a store of the samples and on one of
# a slice of a news corpus in JSON Lines (the first N documents), each page at laptop and phone
# widths, with headless Chromium. Not a test; the PNGs go to OUT and are not kept in the repository.
#
#   scripts/screenshots.sh [OUT] [CORPUS.jsonl] [N]
#   scripts/screenshots.sh /tmp/ui16-shots ../shared/corpus/bench/reuters21578.jsonl 300
#   REDLINE_BIN=.build-server-rel/release/redline scripts/screenshots.sh   # skip the build
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/redline-shots}
corpus=${2:-}
count=${3:-300}
scratch=${REDLINE_SCRATCH:-.build-server-rel}
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chromium" ] || { echo "chromium is missing: apt-get install -y chromium" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is missing: apt-get install -y jq" >&2; exit 2; }
if [ -n "${REDLINE_BIN:-}" ]; then
    redline=$REDLINE_BIN
else
    swift build -c release --scratch-path "$scratch" --product redline
    redline="$scratch/release/redline"
fi
mkdir -p "$out"
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

shoot() { # name url
    local name=$1 url=$2
    for device in laptop:1366,1800 phone:390,1800; do
        local profile
        profile=$(mktemp -d)
        "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --user-data-dir="$profile" \
            --hide-scrollbars --virtual-time-budget=3000 --window-size="${device#*:}" --screenshot="$out/$name-${device%%:*}.png" "$url" \
            >/dev/null 2>&1 || echo "no screenshot of $url" >&2
        rm -rf "$profile"
    done
    echo "$out/$name-{laptop,phone}.png  $url"
}

pages() { # label store port
    local label=$1 db=$2 port=$3 base="http://127.0.0.1:$3"
    "$redline" serve --db "$db" --host 127.0.0.1 --port "$port" >/dev/null 2>&1 &
    server=$!
    for _ in $(seq 1 100); do curl -fsS "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
    local line actor doc week query
    line=$(curl -fsS "$base/api/redlines?order=newest&limit=200" | jq -r '[.items[] | select((.crossings | length) > 0)][0].id // .items[0].id')
    actor=$(curl -fsS "$base/api/actors" | jq -r '.items[0].code')
    doc=$(curl -fsS "$base/api/redlines/$line" | jq -r '.statements[0].document')
    week=$(curl -fsS "$base/api/events/facets" | jq -r '.days | max_by(.count) | .day')
    query=$(curl -fsS "$base/api/events/facets" | jq -r '"actor=" + .actors[0].value + "&type=" + .types[0].value')
    shoot "$label-overview" "$base/"
    shoot "$label-timeline" "$base/timeline"
    shoot "$label-events" "$base/events"
    shoot "$label-events-facets" "$base/events?$query&since=$week&until=$week"
    shoot "$label-actors" "$base/actors"
    shoot "$label-actor" "$base/actors/$actor"
    shoot "$label-line" "$base/lines/$line"
    shoot "$label-document" "$base/documents/$doc"
    shoot "$label-search" "$base/search?q=${SEARCH:-retaliate+against}"
    shoot "$label-review" "$base/review"
    shoot "$label-review-history" "$base/review/history"
    shoot "$label-analyze" "$base/analyze"
    kill "$server"; wait "$server" 2>/dev/null || true; server=
}

"$redline" ingest --db "$work/samples.sqlite" Samples/ >/dev/null
SEARCH=legitimate+targets pages samples "$work/samples.sqlite" 18181
if [ -n "$corpus" ]; then
    head -n "$count" "$corpus" > "$work/slice.jsonl"
    "$redline" ingest --db "$work/slice.sqlite" "$work/slice.jsonl" >/dev/null
    pages corpus "$work/slice.sqlite" 18182
fi
