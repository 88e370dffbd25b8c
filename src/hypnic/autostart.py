"""The XDG autostart entry (Linux desktops): offered in the settings, written and removed by
its checkbox, never made unasked."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from pathlib import Path

from hypnic import APP_ID, APP_NAME
from hypnic.paths import Paths, default_paths


def autostart_file() -> Path:
    """``$XDG_CONFIG_HOME/autostart/org.hypnic.Hypnic.desktop`` (``~/.config`` by default)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def autostart_supported() -> bool:
    """XDG autostart is a Linux (and BSD) desktop convention."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def autostart_enabled() -> bool:
    return autostart_file().is_file()


def launch_command(paths: Paths) -> list[str]:
    """How to start this Hypnic, with the data folder it uses now when that is not the usual."""
    script = shutil.which("hypnic")
    command = [script] if script else [sys.executable, "-m", "hypnic"]
    if paths != default_paths():
        command += ["--data-dir", str(paths.data_dir)]
    return command


def entry_text(paths: Paths) -> str:
    # The Exec key quotes per the Desktop Entry spec: double quotes around an argument with
    # spaces; shlex's single quotes are not understood there.
    exec_line = " ".join(_desktop_quote(arg) for arg in launch_command(paths))
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Log jerks, kicks and itches at bedtime (reminders in the tray)\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_autostart(on: bool, paths: Paths) -> Path:
    """Write (atomically) or remove the autostart entry; returns its path."""
    target = autostart_file()
    if not on:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        return target
    # A shared desktop folder: made if missing, its mode left as the desktop keeps it.
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.write_text(entry_text(paths), encoding="utf-8")
    os.replace(partial, target)
    return target


def _desktop_quote(arg: str) -> str:
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'
