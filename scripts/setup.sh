#!/usr/bin/env bash
# Installs what building and testing need, only where it is missing (idempotent).
# Called by `make serve` and `make test`; safe to run by hand.
#   - Rust target wasm32-unknown-unknown
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock
#   - wasm-pack
#   - npm dev packages (binaryen for wasm-opt, playwright-core and puppeteer-core for page tests,
#     typescript to check the shipped declarations)
#   - Debian chromium + chromium-driver, and firefox-esr for the Firefox page test (only with --browser)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*" >&2; }

want_browser=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
  esac
done

if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  say "installing Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the crate byte for byte, so read the version from Cargo.lock.
if [ ! -f Cargo.lock ]; then cargo generate-lockfile; fi
wb_version=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wb_version}$"; then
  say "installing wasm-bindgen-cli ${wb_version} (builds from source, a few minutes)"
  cargo install wasm-bindgen-cli --version "=${wb_version}" --locked --force \
    || cargo install wasm-bindgen-cli --version "=${wb_version}" --force
fi

if ! command -v wasm-pack >/dev/null 2>&1; then
  say "installing wasm-pack (builds from source, a few minutes)"
  cargo install wasm-pack --locked || cargo install wasm-pack
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/puppeteer-core ] \
  || [ ! -x node_modules/.bin/tsc ] || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev packages (binaryen's wasm-opt, playwright-core, ...)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

if [ "$want_browser" = 1 ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
    || ! command -v firefox-esr >/dev/null 2>&1; then
    say "installing Debian chromium, chromium-driver and firefox-esr"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver firefox-esr
  fi
fi
