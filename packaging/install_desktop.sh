#!/bin/sh
# Put Hypnic in the desktop menu for the current user: the .desktop entry, the hicolor icons
# and the AppStream metainfo, under $XDG_DATA_HOME (default ~/.local/share).
#
#   sh packaging/install_desktop.sh [HYPNIC]        HYPNIC: the command to launch
#                                                   (default .venv/bin/hypnic)
#   sh packaging/install_desktop.sh --uninstall
#
# The entry's Exec= becomes HYPNIC's absolute path, so it works from a venv or a bundle that
# is not on PATH. Icons are rendered from the SVG with .venv's Qt (PYTHON overrides).
set -eu

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
APP_ID=org.hypnic.Hypnic
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
SIZES="16 22 24 32 48 64 128 256 512"

refresh() {
    # Both are optional: menus notice new files on their own, these only make it quicker.
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    touch "$DATA/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
        "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh
    echo "install_desktop.sh: removed Hypnic's menu entry, icons and metainfo from $DATA"
    exit 0
fi

hypnic=${1:-.venv/bin/hypnic}
[ -x "$hypnic" ] || { echo "install_desktop.sh: $hypnic is not an executable (install Hypnic first)" >&2; exit 1; }
hypnic=$(cd "$(dirname "$hypnic")" && pwd)/$(basename "$hypnic")
case $hypnic in
    *[\"\`\$\\]*) echo "install_desktop.sh: cannot quote $hypnic in a .desktop file" >&2; exit 1 ;;
esac

# A bundle brings its own rendered icons; otherwise render them now.
icons=$(dirname "$hypnic")/share/icons
if [ ! -d "$icons/hicolor" ]; then
    icons=$(mktemp -d)
    trap 'rm -rf "$icons"' EXIT
    "$PYTHON" packaging/make_icons.py "$icons" >/dev/null
fi

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons"
cp -R "$icons/hicolor" "$DATA/icons/"
sed -e "s|^Exec=hypnic|Exec=\"$hypnic\"|" "packaging/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
cp "packaging/$APP_ID.metainfo.xml" "$DATA/metainfo/"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$DATA/applications/$APP_ID.desktop"
fi
refresh
echo "install_desktop.sh: Hypnic is in the menu ($DATA/applications/$APP_ID.desktop -> $hypnic)"
