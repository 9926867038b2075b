#!/usr/bin/env bash
# Checks that the server answers as /openapi.json says: ingests Samples/ into a throwaway SQLite
# store, serves it on a free loopback port with a token, and runs schemathesis (pip install
# schemathesis; version 4) with every check against the document. Exit status is schemathesis's.
#
# One worker: with more, hypothesis's lambda descriptions race ("AST constructor recursion depth
# mismatch"). Answers may take up to 30 s (a store relinked by a debug build on a busy machine).
#
#   scripts/schemathesis.sh                    # 100 cases per operation, seed 1
#   scripts/schemathesis.sh -n 20 --seed 7     # more schemathesis options
#   REDLINE=.build/release/redline scripts/schemathesis.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
command -v schemathesis >/dev/null || { echo "schemathesis.sh: schemathesis is not installed (pip install schemathesis)" >&2; exit 2; }

if [ -z "${REDLINE:-}" ]; then
    nice -n 10 swift build --product redline >&2
    REDLINE="$(swift build --show-bin-path)/redline"
fi
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$REDLINE" ingest --db "$work/samples.sqlite" --today 2025-01-01 Samples/ >&2
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
token=schemathesis-$(date +%s)-token
"$REDLINE" serve --db "$work/samples.sqlite" --today 2025-01-01 --host 127.0.0.1 --port "$port" --token "$token" 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break
    sleep 0.2
done

nice -n 10 schemathesis --config-file scripts/schemathesis.toml run "http://127.0.0.1:$port/openapi.json" --checks all --seed 1 --max-examples 100 \
    --header "Authorization: Bearer $token" --workers 1 --no-color --request-timeout 60 --max-response-time 30 \
    --suppress-health-check too_slow,filter_too_much "$@"
