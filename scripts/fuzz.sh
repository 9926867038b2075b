#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer, Linux) of the readers (text, HTML, RSS/Atom/RDF and JSON
# feeds, JSON Lines) and the extraction pipeline: builds the target in Fuzz/ (its own package, so
# the main build never includes it) and runs it.
#
#   scripts/fuzz.sh [SECONDS] [more libFuzzer options]     # default 600 seconds
#   scripts/fuzz.sh 1800 -seed=1
#   Fuzz/.build/release/FuzzReaders Fuzz/.build/findings/crash-...   # replay one finding
#
# The growing corpus is kept in Fuzz/.build/corpus, crashes, time-outs (-timeout, seconds per input)
# and inputs over the memory limit (-rss_limit_mb) in Fuzz/.build/findings. An input's first byte
# picks the reader (0 told from content, 1 text, 2 HTML, 3 feed, 4 JSON Lines, modulo 5).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true

export PATH=/opt/swift/usr/bin:$PATH
nice -n 10 swift build --package-path Fuzz -c release --product FuzzReaders \
    -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
binary=Fuzz/.build/release/FuzzReaders

corpus=Fuzz/.build/corpus
seeds=Fuzz/.build/seeds
findings=Fuzz/.build/findings
mkdir -p "$corpus" "$seeds" "$findings"
# Seeds: every sample and reader fixture, once under each reader.
for file in Samples/* Tests/RedlineTextTests/Fixtures/*; do
    [ -f "$file" ] || continue
    for selector in 0 1 2 3 4; do
        { printf "\\x0$selector"; head -c 60000 "$file"; } > "$seeds/$selector-$(basename "$file")"
    done
done

nice -n 10 "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict=Fuzz/redline.dict -artifact_prefix="$findings/" -print_final_stats=1 "$@" "$corpus" "$seeds"
