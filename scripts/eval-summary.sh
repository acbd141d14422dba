#!/usr/bin/env bash
# ROUGE of our summarizer and of lead-3 on the dev slices, side by side.
#   scripts/eval-summary.sh            (needs ../shared/data/summ and `pip install rouge-score`)
# CNN/DM: 3 sentences. BBC: max(1, round(0.4 x n)) with n = our count of prose sentences.
# Lead = the first k prose sentences as our segmenter splits them (same k as ours).
# Titles (BBC lines have one) are removed so every slice runs with the same settings;
# WITH_TITLE=1 keeps them (the CLI then steers selection by the title).
# SENTENCES=5 scores longer CNN/DM digests (lead = the first 5 prose sentences then);
# their references stay the 3-4 line highlights, so only compare runs with each other.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${SUMM_DATA:-../shared/data/summ}
OUT=${OUT:-target/eval-summary}
mkdir -p "$OUT"
python3 -c 'import rouge_score' 2>/dev/null || pip install -q rouge-score
cargo build --release --quiet --bin article-summary --bin train-summary
BIN=target/release

# Ours: the CLI's batch mode. Lead: the training tool's driver (first k prose sentences).
run() { "$BIN/article-summary" batch "$@"; }

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
    *) len=(--sentences "${SENTENCES:-3}") ;;
  esac
  if [ "${WITH_TITLE:-0}" = 1 ]; then
    cp "$in" "$OUT/$slice.in.jsonl"
  else
    python3 -c 'import json, sys
for line in sys.stdin:
    if line.strip():
        d = json.loads(line); d.pop("title", None); print(json.dumps(d))' <"$in" >"$OUT/$slice.in.jsonl"
  fi
  run "${len[@]}" <"$OUT/$slice.in.jsonl" >"$OUT/$slice.ours.jsonl"
  "$BIN/train-summary" summarize "${len[@]}" --lead <"$in" >"$OUT/$slice.lead.jsonl"
  printf '%-28s %-20s %-20s\n' "$slice" "$(score "$in" "$OUT/$slice.ours.jsonl")" "$(score "$in" "$OUT/$slice.lead.jsonl")"
done
