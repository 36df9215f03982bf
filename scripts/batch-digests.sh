#!/usr/bin/env bash
# The digests of one labelled batch as a user's daily runs make them (docs/audits/2026-12-05-blind-review.md, Method):
# a fresh store, the batch ingested, then for every day an article is dated, in date order, `digest --style stories`
# into ONE out folder (earlier days' digests kept: they are what the told-before and follow-up rules read), each copied
# to OUTDIR with its `digest --check` report (`<day>.check`, last line `exit N`) and the command's stderr.
# Usage: scripts/batch-digests.sh REPO BATCHDIR OUTDIR   (REPO built: npm run build)
set -euo pipefail
REPO=$1 B=$2 OUT=$3
mkdir -p "$OUT"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
BIN=$REPO/bin/factbrief.js
node "$BIN" --data "$T/store" ingest "$B/articles" >/dev/null 2>&1 || { echo "ingest failed: $B" >&2; exit 1; }
for day in $(grep -ho "^date: *[\"']\?[0-9-]\{10\}" "$B"/articles/*.md | grep -o '[0-9-]\{10\}' | sort -u); do
  node "$BIN" --data "$T/store" --out "$T/o" digest --date "$day" --style stories >/dev/null 2>"$OUT/$day.err" || true
  if [ -f "$T/o/digests/$day.md" ]; then
    cp "$T/o/digests/$day.md" "$OUT/$day.md"
    set +e
    node "$BIN" --data "$T/store" digest --check "$OUT/$day.md" >"$OUT/$day.check" 2>&1
    echo "exit $?" >>"$OUT/$day.check"
    set -e
  fi
done
