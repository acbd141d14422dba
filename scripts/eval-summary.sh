#!/usr/bin/env bash
# ROUGE of our summarizer and of lead-3 on the dev slices, side by side.
#   scripts/eval-summary.sh            (needs ../shared/data/summ and `pip install rouge-score`)
# CNN/DM: 3 sentences. BBC: max(1, round(0.4 x n)) with n = our count of prose sentences.
# Lead = the first k prose sentences as our segmenter splits them (same k as ours).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${SUMM_DATA:-../shared/data/summ}
OUT=${OUT:-target/eval-summary}
mkdir -p "$OUT"
python3 -c 'import rouge_score' 2>/dev/null || pip install -q rouge-score
cargo build --release --quiet --bin article-summary --bin train-summary
BIN=target/release

# Prefer the CLI's batch mode; fall back to the training tool's driver where batch is missing.
probe='{"id": "probe", "text": "The first sentence is here. The second one follows."}'
if echo "$probe" | "$BIN/article-summary" batch --sentences 1 2>/dev/null | grep -q '"summary"'; then
  have_batch=1
else
  have_batch=0
  echo "note: article-summary has no batch mode yet; using train-summary summarize" >&2
fi
run() { # run LENGTH_ARGS... < in > out
  if [ "$have_batch" = 1 ]; then
    "$BIN/article-summary" batch "$@"
  else
    "$BIN/train-summary" summarize "$@"
  fi
}

score() { # score DATASET SYSTEM -> "R1 R2 RLsum"
  python3 ../shared/tools/rouge_eval.py "$1" "$2" --json --bootstrap 0 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(" / ".join("%.1f" % d[k]["f1"] for k in ("rouge1", "rouge2", "rougeLsum")))'
}

printf '%-28s %-20s %-20s\n' slice "ours R1/R2/RLsum" "lead R1/R2/RLsum"
for slice in dev-cnndm-frank dev-cnndm-summeval dev-bbc-news-summary; do
  in="$DATA/$slice.jsonl"
  [ -f "$in" ] || { echo "skip $slice (no $in)"; continue; }
  case $slice in
    *bbc*) len=(--ratio 0.4) ;;
    *) len=(--sentences 3) ;;
  esac
  run "${len[@]}" <"$in" >"$OUT/$slice.ours.jsonl"
  "$BIN/train-summary" summarize "${len[@]}" --lead <"$in" >"$OUT/$slice.lead.jsonl"
  printf '%-28s %-20s %-20s\n' "$slice" "$(score "$in" "$OUT/$slice.ours.jsonl")" "$(score "$in" "$OUT/$slice.lead.jsonl")"
done
