#!/usr/bin/env bash
# Ours against lead-3 on the training articles, each summarised by a model that never saw
# it (two-fold cross-validation of `train-summary fit`, the shipped settings), scored by
# the official ROUGE tool: ~1,000 CNN/DM and ~4,000 other articles instead of a 25-document
# dev slice, so differences of a few tenths are visible. Paired bootstrap intervals.
#   scripts/eval-summary-cv.sh   (needs ../shared/data/summ and `pip install rouge-score`;
#                                 about a minute for the fits, a few for the scoring)
# Arguments go to `train-summary fit`: `--cv-seed N` (N > 0) holds out another half of
# the articles; a difference of 0.1-0.2 between two variants is worth checking over a
# few seeds (make eval-summary-cv ARGS="--cv-seed 1").
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${SUMM_DATA:-../shared/data/summ}
OUT=${OUT:-target/eval-summary-cv}
mkdir -p "$OUT"
python3 -c 'import rouge_score' 2>/dev/null || pip install -q rouge-score
cargo build --release --quiet --bin train-summary
xz -dc "$DATA/train-cnndm-val1k.jsonl.xz" >"$OUT/cnndm.jsonl"
xz -dc "$DATA/train-inshorts.jsonl.xz" >"$OUT/other.jsonl"
# The fitted model goes to $OUT, not src/: this only measures.
cat "$OUT/cnndm.jsonl" "$OUT/other.jsonl" |
  target/release/train-summary fit "$@" --cv-out "$OUT" --out "$OUT/model.rs"
for source in cnndm other; do
  echo "== $source: A = lead-3, B = ours"
  python3 scripts/paired_rouge.py "$OUT/$source.jsonl" "$OUT/cv-$source.lead.jsonl" "$OUT/cv-$source.ours.jsonl"
done
