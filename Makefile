# Two commands do everything on a fresh machine:
#   make serve   build the wasm package and serve the page (prints the URL)
#   make test    run every test: fmt, clippy, native, wasm in headless Chromium, page tests
# Both first run scripts/setup.sh, which installs only what is missing.

SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8000
SHARED ?= ../shared

.PHONY: serve test setup setup-browser wasm test-native test-wasm test-page lint \
        eval-summary eval-ner eval-extract bench bench-browser size fuzz

setup:
	@./scripts/setup.sh

setup-browser:
	@./scripts/setup.sh --browser

# The page and the embeddable element load the package from www/pkg.
wasm: setup
	wasm-pack build --release --target web --out-dir www/pkg
	@rm -f www/pkg/.gitignore www/pkg/package.json www/pkg/README.md

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

test: setup-browser lint test-native test-wasm test-page

eval-summary:
	./scripts/eval-summary.sh

eval-ner:
	./scripts/eval-ner.sh

eval-extract:
	./scripts/eval-extract.sh

bench:
	cargo bench

bench-browser: wasm setup-browser
	node benches/browser/run.mjs

size: wasm
	@printf 'wasm: %s bytes, gzipped %s bytes\n' $$(wc -c < www/pkg/article_summary_bg.wasm) $$(gzip -9c www/pkg/article_summary_bg.wasm | wc -c)
	@printf 'js glue: %s bytes, gzipped %s bytes\n' $$(wc -c < www/pkg/article_summary.js) $$(gzip -9c www/pkg/article_summary.js | wc -c)

fuzz:
	./scripts/fuzz.sh
