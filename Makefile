# Two commands: `make run` and `make test`. Both install what is missing (apt packages, npm packages,
# tauri-driver), build, then run. Nothing has to be installed by hand beyond Rust and Node.
SHELL := /bin/bash
CARGO ?= cargo
FEATURES := --features kinerja-app/custom-protocol
TARGET_DIR := $(shell $(CARGO) metadata --format-version 1 --no-deps 2>/dev/null | python3 -c 'import json,sys;print(json.load(sys.stdin)["target_directory"])' 2>/dev/null || echo target)
APP := $(TARGET_DIR)/debug/kinerja-app
TAURI_DRIVER := $(shell command -v tauri-driver 2>/dev/null || echo $(HOME)/.cargo/bin/tauri-driver)

.PHONY: run test lint setup deps ui app bindings bench clean-data

run: setup ui app
	$(APP)

test: setup ui lint app
	$(CARGO) test --locked --workspace $(FEATURES)
	npm --prefix ui test
	APP=$(abspath $(APP)) TAURI_DRIVER=$(TAURI_DRIVER) xvfb-run -a -s "-screen 0 1366x768x24" npm --prefix e2e test

# Formatting, clippy with warnings as errors, and svelte-check: run first by `make test`.
lint: setup ui
	@command -v rustfmt >/dev/null && $(CARGO) clippy --version >/dev/null 2>&1 || rustup component add rustfmt clippy
	$(CARGO) fmt --all --check
	$(CARGO) clippy --locked --workspace --all-targets $(FEATURES) -- -D warnings
	npm --prefix ui run check

setup: deps ui/node_modules/.stamp e2e/node_modules/.stamp $(TAURI_DRIVER)

deps:
	@bash scripts/system-deps.sh

ui/node_modules/.stamp: ui/package-lock.json
	npm ci --prefix ui --no-audit --no-fund --loglevel=error
	@touch $@

e2e/node_modules/.stamp: e2e/package-lock.json
	npm ci --prefix e2e --no-audit --no-fund --loglevel=error
	@touch $@

$(TAURI_DRIVER):
	$(CARGO) install tauri-driver --version ^2 --locked

ui:
	npm --prefix ui run build --silent

app:
	$(CARGO) build --locked -p kinerja-app -p kinerja $(FEATURES)

# Regenerates ui/src/lib/bindings from the Rust types (tests fail while they are stale).
bindings:
	KINERJA_TULIS_BINDINGS=1 $(CARGO) test --locked -p kinerja --test bindings

bench:
	$(CARGO) run --release -p kinerja -- bench skor
