#!/usr/bin/env bash
# Prints the transfer size of the wasm package: the .wasm and the JS glue, raw and
# gzipped (-9), with the entity model (www/pkg, `make wasm`) and without it
# (target/pkg-no-model, `make wasm-no-model`). A package not built yet is skipped.
#   usage: scripts/size.sh            (make size builds both first)
set -euo pipefail
cd "$(dirname "$0")/.."
gz() { gzip -9c "$1" | wc -c; }
for dir in www/pkg target/pkg-no-model; do
  wasm="$dir/article_summary_bg.wasm"
  js="$dir/article_summary.js"
  [ -f "$wasm" ] || { echo "$dir: not built, skipped"; continue; }
  case $dir in www/pkg) what="with the entity model" ;; *) what="without the entity model" ;; esac
  w=$(wc -c < "$wasm"); wz=$(gz "$wasm"); j=$(wc -c < "$js"); jz=$(gz "$js")
  printf '%-26s wasm %8d B (gz %7d)  js %6d B (gz %6d)  total gz %7d B = %6.1f KB\n' \
    "$what:" "$w" "$wz" "$j" "$jz" $((wz + jz)) "$(awk "BEGIN { print ($wz + $jz) / 1024 }")"
done
