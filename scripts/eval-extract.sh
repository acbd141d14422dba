#!/usr/bin/env bash
# Article finding on ../shared/data/pages/readability/: shingle F1/precision/recall of
# `article-summary extract`, and `article-summary --html` on every page (see eval-extract.py).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
exec python3 scripts/eval-extract.py "$@"
