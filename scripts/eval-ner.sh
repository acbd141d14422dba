#!/usr/bin/env bash
# Scores the name recognizer through the real CLI on the dev JSONL files:
# runs `article-summary batch` over each and scores with ner_eval.py, first over
# PER/ORG/LOC, then with MISC. Skips (exit 0) when ../shared is absent.
#   usage: scripts/eval-ner.sh [SHARED_DIR]     (default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-${SHARED:-../shared}}"
if [ ! -d "$shared/data/ner" ]; then
  echo "eval-ner: $shared/data/ner not found, skipping"
  exit 0
fi
cargo build --release --quiet --bin article-summary
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for set in conll2003 wikigold wnut17; do
  gold="$shared/data/ner/$set/dev.jsonl"
  [ -f "$gold" ] || continue
  ./target/release/article-summary batch < "$gold" > "$out/$set.jsonl"
  echo "== $set dev: PER/ORG/LOC"
  python3 "$shared/tools/ner_eval.py" "$gold" "$out/$set.jsonl" --labels PER,ORG,LOC
  echo "== $set dev: PER/ORG/LOC/MISC"
  python3 "$shared/tools/ner_eval.py" "$gold" "$out/$set.jsonl" --labels PER,ORG,LOC,MISC | grep -E '^(micro|span-only)'
done
