# Two commands do everything on a fresh machine:
#   make serve   build the wasm package and serve the page (prints the URL)
#   make test    run every test: fmt, clippy, native, wasm in headless Chromium, page tests,
#                the TypeScript declarations
# Both first run scripts/setup.sh, which installs only what is missing.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8000
SHARED ?= ../shared

.PHONY: serve test setup setup-browser wasm test-native test-wasm test-page test-types lint \
        eval-summary eval-summary-cv eval-ner eval-extract bench bench-browser bench-longtasks bench-compare size fuzz wasm-no-model \
        check-models

setup:
	@./scripts/setup.sh

setup-browser:
	@./scripts/setup.sh --browser

# The page and the embeddable element load the package from www/pkg.
wasm: setup
	wasm-pack build --release --target web --out-dir www/pkg
	@rm -f www/pkg/.gitignore www/pkg/package.json www/pkg/README.md

# The same package without the compiled-in entity model (names from rules only), to
# show what the model costs in transfer size (scripts/size.sh, make bench-browser). Built
# with the size-first profile release-small (opt-level "z", see Cargo.toml): a page that
# does without the model wants the smallest download.
wasm-no-model: setup
	CARGO_TARGET_DIR=target/no-model wasm-pack build --profile release-small --target web --out-dir target/pkg-no-model -- --no-default-features
	@rm -f target/pkg-no-model/.gitignore target/pkg-no-model/package.json target/pkg-no-model/README.md

serve: wasm
	@echo "Serving www/ at http://localhost:$(PORT)/  (embed demo: http://localhost:$(PORT)/embed-demo.html)"
	@node scripts/serve.mjs www $(PORT)

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings

test-native:
	cargo test --release

test-wasm: setup-browser
	wasm-pack test --headless --chrome

test-page: wasm setup-browser
	node --test tests/page/

# The shipped TypeScript declarations (www/pkg, www/element): tests/types/usage.ts, a page
# that uses every part of them, type-checks under --strict.
test-types: wasm
	node_modules/.bin/tsc -p tests/types/tsconfig.json

test: setup-browser lint test-native test-wasm test-page test-types

eval-summary:
	./scripts/eval-summary.sh

# Ours against lead-3 on ~5,000 training articles held out by cross-validation
# (ARGS="--model linear" for the other model).
eval-summary-cv:
	./scripts/eval-summary-cv.sh $(ARGS)

eval-ner:
	./scripts/eval-ner.sh

eval-extract:
	./scripts/eval-extract.sh

bench:
	cargo bench

bench-browser: wasm wasm-no-model setup-browser
	node benches/browser/run.mjs

# Only the responsiveness part: the longest main-thread task of the page and the element
# with the 5,000-word article, RUNS runs each (a Chrome trace per run).
RUNS ?= 5
bench-longtasks: wasm setup-browser
	node benches/browser/responsiveness.mjs $(RUNS)

# Builds of the wasm package timed against each other, interleaved in one page, or one
# build's CPU profile: ARGS="www/pkg target/variants/NAME", ARGS="--profile DIR"
# (benches/browser/compare.mjs; docs/performance.md says how to build a variant).
bench-compare: setup-browser
	node benches/browser/compare.mjs $(ARGS)

size: wasm wasm-no-model
	@./scripts/size.sh

fuzz:
	./scripts/fuzz.sh

# Both compiled-in models are what their rebuild commands give at this code.
check-models:
	./scripts/check-models.sh
