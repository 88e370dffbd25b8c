"""Parse the command line and run one command; the window is the default."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from hypnic import __version__
from hypnic.domain.errors import HypnicError, InputError
from hypnic.paths import resolve_paths


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage as one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"hypnic: {message} (see hypnic --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hypnic", description="Log the jerks, kicks and itches of falling asleep."
    )
    parser.add_argument("--version", action="version", version=f"hypnic {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="use the store in DIR")
    parser.add_argument("--demo", action="store_true", help="open on a throw-away demo store")
    parser.add_argument("--smoke-test", action="store_true", help="exit after the first paint")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    log = sub.add_parser("log", help="log one event")
    log.add_argument("kind")
    log.add_argument("--at", metavar="TIME")
    log.add_argument("--by", choices=["self", "partner"], default="self")
    log.add_argument("--note", default="")

    export = sub.add_parser(
        "export", help="export events (CSV), everything (JSON) or a clinic's FHIR bundle"
    )
    export.add_argument("--format", choices=["csv", "json", "fhir"], default="csv")
    export.add_argument("--from", dest="first", metavar="DATE")
    export.add_argument("--to", dest="last", metavar="DATE")
    export.add_argument("-o", dest="output", metavar="FILE",
                        help="the file to write (default, or -: standard output)")  # fmt: skip

    imp = sub.add_parser("import", help="import a CSV or JSON file (all or nothing)")
    imp.add_argument("file")
    imp.add_argument(
        "--from", dest="source_format", choices=["hypnic", "sleep-as-android"], default="hypnic"
    )
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--add-kinds", action="store_true")

    report = sub.add_parser("report", help="write the doctor's summary as PDF")
    report.add_argument("--from", dest="first", metavar="DATE")
    report.add_argument("--to", dest="last", metavar="DATE")
    report.add_argument("--last", dest="last_n", type=int, metavar="N")
    report.add_argument("--patient", metavar="NAME")
    report.add_argument("--paper", choices=["a4", "letter"])
    report.add_argument("--language", choices=["en", "de", "fr", "es"], default="en")
    report.add_argument("-o", dest="output", metavar="FILE.pdf", required=True,
                        help="the PDF to write (- writes it to standard output)")  # fmt: skip

    dose = sub.add_parser("dose", help="log a dose of a medication")
    dose.add_argument("medication")
    dose.add_argument("--amount", type=float)
    dose.add_argument("--unit")
    dose.add_argument("--at", metavar="TIME")

    nights = sub.add_parser("nights", help="per-night figures")
    nights.add_argument("--from", dest="first", metavar="DATE")
    nights.add_argument("--to", dest="last", metavar="DATE")
    nights.add_argument("--json", action="store_true")

    sub.add_parser("check", help="integrity check of the store and its backups")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        # An empty --data-dir would silently mean the real store: refused before anything.
        resolve_paths(args.data_dir)
        if args.command is None:
            from hypnic.app import run_gui

            return run_gui(data_dir=args.data_dir, demo=args.demo, smoke_test=args.smoke_test)
        from hypnic.cli import commands

        _tolerant_stdout()
        return commands.run(args)
    except InputError as exc:
        print(f"hypnic: {_one_line(exc.describe())}", file=sys.stderr)
        return 2
    except HypnicError as exc:
        print(f"hypnic: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except OSError as exc:
        # Standard output on a full disk or a closed terminal: the machine, not a bug.
        _silence_stdout()
        where = f"{exc.filename}: " if exc.filename else "cannot write the output: "
        print(f"hypnic: {_one_line(where + str(exc.strerror or exc))}", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point standard output at the null device, so the interpreter's last flush of what
    could not be written does not end in a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _tolerant_stdout() -> None:
    """A name the console's encoding cannot show (cp1252, an ASCII locale) is printed escaped:
    a dose already logged must not end in a traceback and exit 1, inviting a second one."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")


def _one_line(message: str) -> str:
    """Control characters from a typed value or a file (a line break, a tab) shown escaped, and
    the line kept readable: whatever a file held, the message is cut at _MAX_MESSAGE."""
    line = "".join(
        f"\\x{ord(c):02x}" if ord(c) < 32 or 127 <= ord(c) < 160 or c in "\u2028\u2029" else c
        for c in message[: _MAX_MESSAGE * 4]
    )
    return line if len(line) <= _MAX_MESSAGE else line[: _MAX_MESSAGE - 20] + "… (shortened)"


_MAX_MESSAGE = 500
