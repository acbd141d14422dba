#!/usr/bin/env bash
# Runs the fuzz targets in fuzz/ (cargo-fuzz, libFuzzer) for a while each.
#   scripts/fuzz.sh                 60 s per target (FUZZ_SECONDS overrides)
#   scripts/fuzz.sh 600 analyze     10 minutes on one target
# Targets: `analyze` (arbitrary bytes and options: no panic, every span valid, the
# summary within its length) and `slow` (repeated fragments, long runs, deep nesting:
# time within a linear budget). Installs cargo-fuzz when it is missing. libFuzzer needs
# nightly-only flags: on a stable toolchain RUSTC_BOOTSTRAP=1 enables them. When the
# fuzzer cannot be built here it says why and exits 0, so CI is not broken by tooling;
# a finding (crash, timeout, over budget) exits 1 and leaves the input in
# fuzz/artifacts/<target>/ (replay: scripts/fuzz.sh replay fuzz/artifacts/<target>/<file>).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '[fuzz] %s\n' "$*" >&2; }

if [ "${1:-}" = replay ]; then
  replay=${2:?usage: scripts/fuzz.sh replay fuzz/artifacts/TARGET/FILE}
else
  replay=
  seconds=${1:-${FUZZ_SECONDS:-60}}
  shift || true
  targets=("$@")
  [ ${#targets[@]} -gt 0 ] || targets=(analyze slow)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz (builds from source, a few minutes)"
  if ! cargo install cargo-fuzz --locked >/tmp/cargo-fuzz-install.log 2>&1; then
    say "could not install cargo-fuzz (see /tmp/cargo-fuzz-install.log); skipping fuzzing"
    exit 0
  fi
fi

export RUSTC_BOOTSTRAP=1
# No sanitizer: the crate has no unsafe code, and Rust's own bounds checks catch what
# ASan would, at a fraction of the cost. Debug assertions catch integer overflow.
fuzz_args=(--release --debug-assertions --sanitizer none --fuzz-dir fuzz)

if [ -n "$replay" ]; then
  exec cargo fuzz run "${fuzz_args[@]}" "$(basename "$(dirname "$replay")")" "$replay"
fi

if ! cargo fuzz build "${fuzz_args[@]}" >/tmp/fuzz-build.log 2>&1; then
  say "the fuzz targets do not build with this toolchain (see /tmp/fuzz-build.log):"
  tail -5 /tmp/fuzz-build.log >&2
  say "skipping fuzzing"
  exit 0
fi

status=0
for target in "${targets[@]}"; do
  corpus=fuzz/corpus/$target
  mkdir -p "$corpus" "fuzz/artifacts/$target"
  # Start from the checked-in seeds (small made-up texts and shapes).
  [ -d "fuzz/seeds/$target" ] && cp -n fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null
  case $target in
    analyze) limits=(-max_len=16384 -timeout=20 -dict=fuzz/text.dict) ;;
    slow) limits=(-max_len=512 -timeout=60 -dict=fuzz/text.dict) ;;
    *) limits=() ;;
  esac
  log=fuzz/artifacts/$target.log
  say "$target: ${seconds} s"
  started=$(date +%s)
  cargo fuzz run "${fuzz_args[@]}" "$target" "$corpus" -- \
    -max_total_time="$seconds" -rss_limit_mb=4096 -print_final_stats=1 "${limits[@]}" \
    >"$log" 2>&1
  rc=$?
  elapsed=$(($(date +%s) - started))
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  if [ $rc -eq 0 ]; then
    say "$target: clean, ${runs:-?} executions in ${elapsed} s (log: $log)"
  else
    say "$target: FAILED after ${elapsed} s (log: $log); inputs in fuzz/artifacts/$target/"
    grep -m5 -E 'panicked|ERROR|SUMMARY|Test unit written' "$log" >&2
    status=1
  fi
done
exit $status
