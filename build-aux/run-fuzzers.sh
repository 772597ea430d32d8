#!/bin/sh
# run-fuzzers.sh BUILD_DIR SECONDS: a short bounded run of each libFuzzer
# harness, seeded from the project's own fixtures. Fails when a harness
# finds a crash, a leak, a timeout or an out-of-memory.
#
# Copyright 2026 The Phaseline developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

build=$1
seconds=${2:-20}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT


status=0
for kind in text html feed briefing; do
  corpus="$work/$kind"
  mkdir -p "$corpus"
  case "$kind" in
    text) cp tests/data/articles/*.txt "$corpus/" ;;
    html) cp tests/data/html/*.html "$corpus/" 2>/dev/null || true ;;
    feed) cp tests/data/feeds/* "$corpus/" 2>/dev/null || true ;;
    briefing) cp tests/data/*.phaseline tests/data/timeline/*.phaseline resources/builtin.phaseline "$corpus/" ;;
  esac
  echo "== fuzz-$kind for ${seconds}s ($(ls "$corpus" | wc -l) seeds)"
  if ! "$build/tests/fuzz/fuzz-$kind" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -max_len=262144 -print_final_stats=1 -artifact_prefix="$work/crash-$kind-" "$corpus" \
       > "$work/$kind.log" 2>&1; then
    echo "fuzz-$kind FAILED:"
    tail -n 40 "$work/$kind.log"
    mkdir -p "$build/fuzz-artifacts"
    cp "$work"/crash-"$kind"-* "$build/fuzz-artifacts/" 2>/dev/null || true
    status=1
  else
    grep -E "stat::number_of_executed_units|Done" "$work/$kind.log" | tail -n 2
  fi
done
exit "$status"
