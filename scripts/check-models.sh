#!/usr/bin/env bash
# Checks that both compiled-in models are what their documented rebuild commands give at
# the current code: the summary trees (src/summary/model.rs, models/summary.md) and the
# entity model (models/ner.bin, models/ner.md). The summary features read the entity
# spans, the segmentation and the tokens, so a change there silently moves the fitted
# trees away from what the code computes; this catches it. About 30 seconds.
#   scripts/check-models.sh        (needs ../shared/data; `make check-models`)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${SHARED:-../shared}/data
if [ ! -d "$DATA/summ" ] || [ ! -d "$DATA/ner" ]; then
  echo "check-models: $DATA not found, skipped"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo build --release --quiet --bin train-summary --bin train-ner
status=0

xz -dc "$DATA/summ/train-cnndm-val1k.jsonl.xz" "$DATA/summ/train-inshorts.jsonl.xz" |
  target/release/train-summary fit --out "$tmp/model.rs" >"$tmp/summary.log" 2>&1 ||
  { cat "$tmp/summary.log"; exit 1; }
rustfmt --edition 2021 "$tmp/model.rs"
if cmp -s "$tmp/model.rs" src/summary/model.rs; then
  echo "check-models: src/summary/model.rs is what train-summary fits"
else
  echo "check-models: src/summary/model.rs differs from a refit at this code; rebuild it as"
  echo "  models/summary.md says and re-measure (make eval-summary, make eval-summary-cv)"
  status=1
fi

target/release/train-ner "$DATA/ner/conll2003/train.txt" --out "$tmp/ner.bin" >"$tmp/ner.log" 2>&1 ||
  { cat "$tmp/ner.log"; exit 1; }
if cmp -s "$tmp/ner.bin" models/ner.bin; then
  echo "check-models: models/ner.bin is what train-ner builds"
else
  echo "check-models: models/ner.bin differs from a rebuild at this code; rebuild it as"
  echo "  models/ner.md says and re-measure (make eval-ner)"
  status=1
fi
exit $status
