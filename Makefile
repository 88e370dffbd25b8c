# Everyday commands. `make test` runs exactly what CI runs (scripts/check.sh).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.make-installed
SHOTS := artifacts/screenshots
DISPLAY_NUM ?= 93

PACKAGE_STAMP := $(VENV)/.make-package-installed
# The hypnic command the menu entry launches (e.g. HYPNIC=dist/hypnic/hypnic for the bundle).
HYPNIC ?= $(BIN)/hypnic

.PHONY: run demo test bench screenshots clean install-desktop uninstall-desktop wheel bundle \
	package-test readme-screenshots translations translations-todo

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

run: $(STAMP)
	$(BIN)/hypnic

demo: $(STAMP)
	$(BIN)/hypnic --demo

test:
	sh scripts/check.sh

bench: $(STAMP)
	@if [ -f benchmarks/run.py ]; then $(BIN)/python benchmarks/run.py; \
	else echo "benchmarks/run.py does not exist yet"; fi

# The demo window on a virtual screen at a desktop and a small laptop size (needs Xvfb,
# xdotool and imagemagick; see .ci/run). PNGs land in artifacts/screenshots/. Xvfb picks a
# free display itself (-displayfd), so this never collides with another X server.
screenshots: $(STAMP)
	@mkdir -p $(SHOTS)
	@for size in 1280x800 1024x600; do \
		w=$${size%x*}; h=$${size#*x}; fifo=$$(mktemp -u); mkfifo $$fifo; \
		Xvfb -displayfd 3 -screen 0 $${size}x24 -nolisten tcp -noreset 3>$$fifo 2>/dev/null & xvfb=$$!; \
		read -r num < $$fifo; rm -f $$fifo; d=:$$num; \
		DISPLAY=$$d QT_QPA_PLATFORM=xcb $(BIN)/hypnic --demo & app=$$!; \
		wid=$$(DISPLAY=$$d timeout 40 xdotool search --sync --onlyvisible --name Hypnic | head -1); \
		if [ -n "$$wid" ]; then \
			DISPLAY=$$d xdotool windowmove $$wid 0 0 windowsize --sync $$wid $$w $$h; \
			sleep 1; \
			DISPLAY=$$d import -window root $(SHOTS)/bedside-demo-$$size.png; \
			echo "wrote $(SHOTS)/bedside-demo-$$size.png"; \
		else echo "no Hypnic window appeared at $$size" >&2; fi; \
		kill $$app 2>/dev/null; wait $$app 2>/dev/null; \
		kill $$xvfb 2>/dev/null; wait $$xvfb 2>/dev/null; \
		[ -n "$$wid" ] || exit 1; \
	done

# Put Hypnic in your desktop menu (.desktop entry, hicolor icons, AppStream metainfo under
# ~/.local/share), launching $(HYPNIC). Run after `.venv/bin/pip install .` or `make bundle`.
install-desktop:
	sh packaging/install_desktop.sh $(HYPNIC)

uninstall-desktop:
	sh packaging/install_desktop.sh --uninstall

$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,package]'
	touch $@

# The sdist and wheel, into dist/.
wheel: $(PACKAGE_STAMP)
	$(BIN)/python -m build --outdir dist .

# The one-folder PyInstaller bundle, into dist/hypnic/.
bundle: $(PACKAGE_STAMP)
	sh packaging/build_bundle.sh dist

# Build the wheel and the bundle in a temporary folder, install and start each (as CI does).
package-test: $(PACKAGE_STAMP)
	HYPNIC_PACKAGING_TESTS=1 $(BIN)/python -m pytest tests/packaging

# The README and AppStream screenshots, from the demo data, into packaging/screenshots/ (and
# the German ones into packaging/screenshots/de/).
readme-screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py
	$(BIN)/python scripts/screenshots.py --language de --out packaging/screenshots/de \
		bedside-night night-view history-view

# The translations (DESIGN section 10): every string of the code into the .ts files
# (pyside6-lupdate), the .qm files rebuilt (pyside6-lrelease), and what is left to translate
# listed. tests/test_translations.py fails until nothing is. See README "Translations".
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update
	$(BIN)/python scripts/translations.py release
	$(BIN)/python scripts/translations.py missing

# The untranslated strings as JSON to fill in (then: scripts/translations.py fill FILE and
# make translations again).
translations-todo: $(STAMP)
	$(BIN)/python scripts/translations.py update
	$(BIN)/python scripts/translations.py missing --json translations-todo.json

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache .import_linter_cache artifacts
