#!/bin/sh
# Build the one-folder PyInstaller bundle: icons from the SVG, then packaging/hypnic.spec.
#
#   sh packaging/build_bundle.sh [DIST_DIR]        default: dist  ->  dist/hypnic/hypnic
#
# Needs the `package` extra (pip install -e '.[package]'). PYTHON picks the interpreter
# (default .venv/bin/python); HYPNIC_BUILD_DIR the scratch folder (default build).
# On Linux the bundle also gets share/ with the .desktop entry, metainfo and hicolor icons,
# so `sh packaging/install_desktop.sh dist/hypnic/hypnic` can put it in the menu.
set -eu

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
DIST=${1:-dist}
WORK=${HYPNIC_BUILD_DIR:-build}
APP_ID=$("$PYTHON" -c 'import sys; sys.path.insert(0, "src"); from hypnic import APP_ID; print(APP_ID)')

"$PYTHON" packaging/make_icons.py "$WORK/icons" >/dev/null
HYPNIC_ICON_DIR="$WORK/icons" "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller" packaging/hypnic.spec

if [ "$(uname -s)" = Linux ]; then
    share="$DIST/hypnic/share"
    mkdir -p "$share/applications" "$share/metainfo" "$share/icons"
    cp "packaging/$APP_ID.desktop" "$share/applications/"
    cp "packaging/$APP_ID.metainfo.xml" "$share/metainfo/"
    cp -R "$WORK/icons/hicolor" "$share/icons/"
fi
echo "build_bundle.sh: built $DIST/hypnic ($(du -sh "$DIST/hypnic" | cut -f1))"
