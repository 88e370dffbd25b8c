#!/bin/sh
# Set up .venv (if missing) and run every check in order; stops at the first failure.
#
#   sh scripts/check.sh              all checks
#   sh scripts/check.sh -k night     extra arguments go to pytest
#
# The real-window tests need Xvfb and xdotool (see /work/shared/TESTING.md or .ci/run):
# without them they are skipped with a reason, except under CI=true, where they fail.
set -u

cd "$(dirname "$0")/.." || exit 1
PYTHON=${PYTHON:-python3}
VENV=.venv
BIN=$VENV/bin

fail() {
    echo "check.sh: FAILED at step: $1 (exit status $2)" >&2
    exit "$2"
}

step() {
    name=$1
    shift
    echo "==> $name"
    "$@"
    status=$?
    [ "$status" -eq 0 ] || fail "$name" "$status"
}

if [ ! -x "$BIN/python" ]; then
    echo "==> create $VENV with $PYTHON"
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || fail "python 3.11 or newer needed ($PYTHON is older; set PYTHON=...)" 1
    "$PYTHON" -m venv "$VENV" || fail "create $VENV (on Debian: apt-get install python3-venv)" 1
fi

# Reinstall when pyproject.toml changed since the last install (a stamp holds its hash), or
# when .venv holds a non-editable copy (from `pip install .`) that would hide the source tree.
stamp=$VENV/.hypnic-dev-installed
want=$("$BIN/python" -c 'import hashlib; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest())')
editable() {
    "$BIN/python" -c 'import os, sys, hypnic; sys.exit(not os.path.samefile(os.path.dirname(hypnic.__file__), "src/hypnic"))' 2>/dev/null
}
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x "$BIN/lint-imports" ] || ! editable; then
    step "pip install -e .[dev]" "$BIN/python" -m pip install --quiet --disable-pip-version-check -e '.[dev]'
    echo "$want" > "$stamp"
fi

# benchmarks/ may not exist yet on a fresh clone.
lint_paths="src tests"
[ -d benchmarks ] && lint_paths="$lint_paths benchmarks"

# shellcheck disable=SC2086  # word splitting of lint_paths is intended
step "ruff check" "$BIN/ruff" check $lint_paths
# shellcheck disable=SC2086
step "ruff format --check" "$BIN/ruff" format --check $lint_paths
step "mypy" "$BIN/mypy"
step "lint-imports" "$BIN/lint-imports"
step "pytest" "$BIN/python" -m pytest "$@"
echo "check.sh: all checks passed"
