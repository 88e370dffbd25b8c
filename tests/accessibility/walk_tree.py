"""Walk Hypnic's accessibility tree as a screen reader meets it (AT-SPI, through pyatspi).

Run by tests/accessibility/test_accessibility_tree.py inside ``dbus-run-session``, with the
system's Python (pyatspi is a Debian package: python3-pyatspi), never imported by pytest:

    dbus-run-session -- /usr/bin/python3 walk_tree.py OUT.json DISPLAY HYPNIC_COMMAND...

It starts the app on DISPLAY with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, opens each daytime
window with its shortcut (the keys typed with xdotool, as a person types them) or its button
(pressed through AT-SPI), and writes one JSON object into OUT.json: every window it walked with
the role, name, description and identifier of each thing on screen, and the sentences the
bedside announced after a tap. Exit status 3 means the
accessibility bus could not be reached (the test skips with that reason), anything else non-zero
a failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

try:
    import pyatspi
except ImportError as exc:  # pragma: no cover - the test checks for pyatspi first
    sys.exit(f"pyatspi cannot be imported: {exc}")

# The windows, by the shortcut that opens each from the bedside (main_window.py).
WINDOWS = (
    ("review", "ctrl+r"),
    ("history", "ctrl+h"),
    ("summary", "ctrl+p"),
    ("settings", "ctrl+comma"),
    ("backups", "ctrl+shift+b"),
)
# Opened by pressing a bedside button through AT-SPI, as a screen reader user would.
BUTTONS = (
    (
        "diary",
        (
            "Answer or change the sleep diary for this night",
            "Answer the sleep diary for last night",
        ),
    ),
)
TIMEOUT_S = 60.0


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return done.stdout


def application(pid: int) -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:  # an application that went away while we looked
            continue
    return None


def states(acc: object) -> set[str]:
    return {pyatspi.stateToString(s) for s in acc.getState().getStates()}


def walk(acc: object, path: list[str], out: list[dict[str, object]]) -> None:
    try:
        role = acc.getRoleName()
        name = acc.name or ""
        description = acc.description or ""
        showing = "showing" in states(acc)
    except Exception:  # a widget deleted while walking (a window closing)
        return
    here = [*path, f"{role}:{name}"]
    if showing:
        try:
            identifier = acc.get_accessible_id() or ""
        except Exception:
            identifier = ""
        out.append(
            {
                "role": role,
                "name": name,
                "description": description,
                "id": identifier,
                "path": " > ".join(here[-4:]),
            }
        )
        for i in range(acc.childCount):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:
                continue
            if child is not None:
                walk(child, here, out)


def find(acc: object, role: str, name: str | None = None) -> list[object]:
    """The showing descendants of ``acc`` with ``role`` (and ``name``)."""
    found = []
    try:
        children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
    except Exception:
        return found
    for child in children:
        if child is None:
            continue
        try:
            if "showing" not in states(child):
                continue
            if child.getRoleName() == role and (name is None or child.name == name):
                found.append(child)
        except Exception:
            continue
        found.extend(find(child, role, name))
    return found


def press(acc: object) -> None:
    """Do the first action of ``acc`` (press a button, switch to a tab) through AT-SPI."""
    action = acc.queryAction()
    if action.nActions:
        action.doAction(0)


def windows_of(app: object) -> list[object]:
    return [app.getChildAtIndex(i) for i in range(app.childCount)]


def wait_for(what: str, condition: object, timeout_s: float = TIMEOUT_S) -> object:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = condition()  # type: ignore[operator]
        if found:
            return found
        time.sleep(0.2)
    raise SystemExit(f"timed out after {timeout_s:.0f} s waiting for {what}")


def main() -> int:
    out, display, command = sys.argv[1], sys.argv[2], sys.argv[3:]
    try:
        pyatspi.Registry.getDesktop(0).childCount  # noqa: B018  (reaches the registry)
    except Exception as exc:
        with open(out, "w", encoding="utf-8") as file:
            json.dump({"bus": f"the AT-SPI registry cannot be reached: {exc}"}, file)
        return 3
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("LC_")},
        # The button the walk presses is found by its English name.
        "LANG": "en_US.UTF-8",
        "LANGUAGE": "en",
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
    }
    app_proc = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL)
    report: dict[str, object] = {"windows": {}, "announcements": []}
    try:
        app = wait_for("Hypnic on the accessibility bus", lambda: application(app_proc.pid))
        wait_for("the bedside window in the tree", lambda: windows_of(app))
        bedside_wid = wait_for(
            "the bedside window on screen",
            lambda: xdotool(
                display, "search", "--onlyvisible", "--pid", str(app_proc.pid), "--name", "Hypnic"
            ).split(),
        )[0]
        time.sleep(1.0)
        windows: dict[str, list[dict[str, object]]] = {}
        report["windows"] = windows

        def walk_all(label: str) -> None:
            """Walk each window on screen not walked yet (all of them again for "bedside");
            each tab of a tabbed window is walked in turn."""
            for window in windows_of(app):
                if window is None or "showing" not in states(window):
                    continue
                key = str(window.name)
                if key in windows and label != "bedside":
                    continue
                found: list[dict[str, object]] = []
                walk(window, [], found)
                windows[f"{key} [{label}]" if key in windows else key] = found
                for tab in find(window, "page tab"):
                    press(tab)
                    time.sleep(0.6)
                    found = []
                    walk(window, [], found)
                    windows[f"{window.name} / {tab.name}"] = found

        def on_screen() -> list[str]:
            found = xdotool(
                display, "search", "--onlyvisible", "--pid", str(app_proc.pid), "--name", "."
            )
            return found.split()

        walk_all("bedside")
        # A tap at the bedside: the screen reader is told it was saved.
        announced: list[str] = []

        def on_announcement(event: object) -> None:
            announced.append(str(getattr(event, "any_data", "") or ""))

        pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
        xdotool(display, "windowfocus", "--sync", bedside_wid, "key", "j")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not announced:
            pyatspi.Registry.pumpQueuedEvents()
            time.sleep(0.1)
        report["announcements"] = announced
        walk_all("bedside")

        for label, keys in WINDOWS:
            before = len(on_screen())
            xdotool(display, "windowfocus", "--sync", bedside_wid, "key", keys)
            wait_for(f"the {label} window", lambda before=before: len(on_screen()) > before, 30)
            time.sleep(1.5)
            walk_all(label)
        for label, names in BUTTONS:
            buttons = [b for w in windows_of(app) for n in names for b in find(w, "push button", n)]
            if not buttons:
                report.setdefault("missing", []).append(f"{label}: no button of {names}")
                continue
            before = len(on_screen())
            press(buttons[0])
            wait_for(f"the {label} window", lambda before=before: len(on_screen()) > before, 30)
            time.sleep(1.5)
            walk_all(label)
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            app_proc.kill()
    with open(out, "w", encoding="utf-8") as file:
        json.dump(report, file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
