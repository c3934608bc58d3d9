# One entry point for set-up, tests, the demo and benchmarks.
# `make test` and `make demo` work on a fresh machine with nothing but Python 3.11+ and apt.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SIZE   ?= full

.PHONY: demo-replica test lint typecheck pytest demo bench env clean lock synapse-env package \
	workers-env bench-fleet \
	desktop translations lupdate screenshots bench-ui chaos

env: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,bench]'
	@touch $(STAMP)

# The suite ends by building the Linux packages and running the self-test of what they unpack.
test: $(STAMP) lint typecheck pytest package

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

# Synapse runs the e2e tests from its own venv (build/synapse-venv); made once, then a no-op.
synapse-env: $(STAMP)
	$(BIN)/python -m devkit.devserver ensure-venv

# Synapse with workers (devkit.devserver run --workers) also needs Redis and nginx, run as our children
# (no system service is started or left running).
workers-env: synapse-env
	tools/ensure-apt --no-start redis-server nginx

# Tests never touch the user's display, session bus or keyring.
pytest: $(STAMP) synapse-env workers-env
	QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=disabled: $(BIN)/python -m pytest

# The local intranet with the sample region, and the app signed in on it in a real window.
# Without a display it says how to run under Xvfb. `make demo-replica` is the offline core
# alone: the sample region in an encrypted replica, searched from the terminal.
demo: $(STAMP) synapse-env translations
	tools/ensure-apt libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
		libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-shape0 \
		libegl1 libgl1 libfontconfig1
	tools/with-keyring $(BIN)/python -m devkit.demo

demo-replica: $(STAMP)
	tools/with-keyring $(BIN)/python -m devkit demo-replica

# SIZE=small for a quick run. The sync figures need Synapse; its seeded server is kept in
# build/bench-server (seeding the full one takes several minutes, once).
bench: $(STAMP) synapse-env
	$(BIN)/python -m benchmarks.replica --size $(SIZE)
	$(BIN)/python -m benchmarks.ui_desktop --size $(SIZE)
	$(BIN)/python -m benchmarks.sync --size $(SIZE)
	$(BIN)/python -m benchmarks.documents --size $(SIZE)

# What a fleet of CLIENTS headless clients costs Synapse deployed with workers, against the same
# number of matrix-nio clients; about 25 minutes for 50 on two cores. Figures in
# build/bench/fleet.json. Not part of `make bench` (it needs Redis and nginx, and takes long).
CLIENTS ?= 50
bench-fleet: $(STAMP) workers-env
	$(BIN)/python -m benchmarks.fleet --clients $(CLIENTS)

# Hostile answers, SIGKILL and injected faults at full counts against a local Synapse
# (tests/chaos; about six minutes); figures in build/bench/chaos.json, non-zero exit when
# any failure count is not 0. `make test` runs a small fixed subset of it.
chaos: $(STAMP) synapse-env
	DBUS_SESSION_BUS_ADDRESS=disabled: $(BIN)/python -m tests.chaos --out build/bench/chaos.json

# The frozen build: PyInstaller bundle, self-test, .deb and .tar.gz, SHA256SUMS, signatures
# when TREFFPUNKT_GPG_KEY is set; figures in build/bench/package.json (packaging/release.py).
package: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[package]'
	tools/ensure-apt gnupg
	$(BIN)/python packaging/release.py build

# The desktop app. Without a display it says how to run it under Xvfb.
desktop: $(STAMP) translations
	$(BIN)/treffpunkt-desktop

# Compiled catalogues in build/i18n (the app also compiles a missing one when it starts).
TS := $(wildcard resources/i18n/treffpunkt_*.ts)
translations: $(STAMP) $(TS:resources/i18n/%.ts=build/i18n/%.qm)

build/i18n/%.qm: resources/i18n/%.ts
	@mkdir -p build/i18n
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing strings in ui/: re-extract them, then translate what is marked unfinished.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate ui/*.py ui/documents/*.py -ts $(TS)

# PNGs of the main views at 1280x800 on the sample region (Xvfb, not the user's display).
screenshots: $(STAMP) translations
	tools/ensure-apt xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
		libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0 \
		libxcb-shape0
	xvfb-run -a $(BIN)/python -m devkit.screenshots --out build/screenshots

# Frame by frame, scrolling a group of 100,000 posts (the figures of `make bench` are in
# build/bench/ui.json).
bench-ui: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.ui_stream

# Re-pin every dependency to what is installed now.
lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable --exclude treffpunkt > constraints.txt

clean:
	rm -rf build $(VENV) .mypy_cache .pytest_cache .ruff_cache
