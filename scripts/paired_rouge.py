#!/usr/bin/env python3
"""Paired comparison of two systems' summaries with ../shared/tools/rouge_eval.py.

    scripts/paired_rouge.py DATASET.jsonl A.jsonl B.jsonl

Prints, per metric (ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1), the mean of A, of B, and of the
per-document difference B - A with a 95% bootstrap interval (1,000 resamples of the
documents, seed 0). Paired, so it is far tighter than comparing two unpaired intervals.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

ROUGE_EVAL = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools", "rouge_eval.py")
METRICS = ("rouge1", "rouge2", "rougeLsum")


def per_doc(dataset, system):
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as out:
        subprocess.run(
            [sys.executable, os.environ.get("ROUGE_EVAL", ROUGE_EVAL), dataset, system,
             "--bootstrap", "0", "--per-doc", out.name],
            check=True, capture_output=True)
        with open(out.name) as f:
            return {row["id"]: row for row in map(json.loads, f)}


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    dataset, a_path, b_path = sys.argv[1:]
    a, b = per_doc(dataset, a_path), per_doc(dataset, b_path)
    ids = sorted(a)
    rng = random.Random(0)
    print(f"{len(ids)} documents; A = {a_path}, B = {b_path}")
    for m in METRICS:
        diff = [b[i][m] - a[i][m] for i in ids]
        n = len(diff)
        boot = sorted(sum(diff[rng.randrange(n)] for _ in range(n)) / n for _ in range(1000))
        mean_a = sum(a[i][m] for i in ids) / n
        mean_b = sum(b[i][m] for i in ids) / n
        print(f"  {m:10s} A {mean_a:6.2f}  B {mean_b:6.2f}  B-A {sum(diff) / n:+.2f} "
              f"[{boot[25]:+.2f}, {boot[974]:+.2f}]")


if __name__ == "__main__":
    main()
