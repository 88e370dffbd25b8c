# Everyday commands. `make test` runs exactly what CI runs (scripts/check.sh).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.make-installed
SHOTS := artifacts/screenshots
DISPLAY_NUM ?= 93

.PHONY: run demo test bench screenshots clean

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
# xdotool and imagemagick; see .ci/run). PNGs land in artifacts/screenshots/.
screenshots: $(STAMP)
	@mkdir -p $(SHOTS)
	@for size in 1280x800 1024x600; do \
		w=$${size%x*}; h=$${size#*x}; \
		Xvfb :$(DISPLAY_NUM) -screen 0 $${size}x24 -nolisten tcp & xvfb=$$!; \
		sleep 1; \
		DISPLAY=:$(DISPLAY_NUM) QT_QPA_PLATFORM=xcb $(BIN)/hypnic --demo & app=$$!; \
		wid=$$(DISPLAY=:$(DISPLAY_NUM) timeout 30 xdotool search --sync --name Hypnic | head -1); \
		if [ -n "$$wid" ]; then \
			DISPLAY=:$(DISPLAY_NUM) xdotool windowmove $$wid 0 0 windowsize $$wid $$w $$h; \
			sleep 2; \
			DISPLAY=:$(DISPLAY_NUM) import -window root $(SHOTS)/bedside-$$size.png; \
			echo "wrote $(SHOTS)/bedside-$$size.png"; \
		else echo "no Hypnic window appeared at $$size" >&2; fi; \
		kill $$app 2>/dev/null; wait $$app 2>/dev/null; \
		kill $$xvfb 2>/dev/null; wait $$xvfb 2>/dev/null; \
		[ -n "$$wid" ] || exit 1; \
	done

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache .import_linter_cache artifacts
