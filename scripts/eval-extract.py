#!/usr/bin/env python3
"""Article finding against ../shared/data/pages/readability/ (130 saved pages).

Runs `article-summary extract PAGE` on every page, scores the bodies with
../shared/tools/extract_eval.py, and checks that `article-summary --html PAGE` succeeds on
every page too.

usage: scripts/eval-extract.py [--bin target/release/article-summary] [--out preds.json]
Build first: cargo build --release
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
PAGES = os.path.join(SHARED, "data", "pages", "readability")
TRUTH = os.path.join(SHARED, "data", "pages", "readability-ground-truth.json")
SCORER = os.path.join(SHARED, "tools", "extract_eval.py")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "article-summary"))
    ap.add_argument("--out", default=os.path.join(ROOT, "target", "extract-predictions.json"))
    ap.add_argument("--no-html", action="store_true", help="skip the --html run")
    args = ap.parse_args()
    if not os.path.isdir(PAGES):
        print(f"skipped: {PAGES} not found")
        return 0
    truth = json.load(open(TRUTH, encoding="utf-8"))
    preds, failures = {}, []
    slowest = (0.0, "")
    for name in sorted(truth):
        page = os.path.join(PAGES, name, "source.html")
        t0 = time.monotonic()
        run = subprocess.run([args.bin, "extract", page], capture_output=True, timeout=60)
        slowest = max(slowest, (time.monotonic() - t0, name))
        if run.returncode != 0:
            failures.append(f"extract {name}: {run.stderr.decode(errors='replace')[:300]}")
        preds[name] = {"articleBody": run.stdout.decode("utf-8", errors="replace")}
        if not args.no_html:
            run = subprocess.run([args.bin, "--html", page], capture_output=True, timeout=60)
            if run.returncode != 0:
                failures.append(f"--html {name}: {run.stderr.decode(errors='replace')[:300]}")
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    json.dump(preds, open(args.out, "w", encoding="utf-8"), ensure_ascii=False)
    print(f"pages {len(truth)}  failures {len(failures)}  slowest extract {slowest[0]:.2f}s ({slowest[1]})")
    for f in failures:
        print("FAIL", f)
    sys.stdout.flush()
    subprocess.run([sys.executable, SCORER, TRUTH, args.out], check=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
