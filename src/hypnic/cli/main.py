"""Parse the command line and run one command; the window is the default."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from hypnic import __version__
from hypnic.domain.errors import HypnicError, InputError, one_line
from hypnic.domain.limits import has_lone_surrogate
from hypnic.paths import resolve_paths

_TIME_HELP = (
    "when: RFC 3339 with an offset (2026-11-24T23:41:07+01:00), or HH:MM[:SS] for the most "
    "recent such local time"
)
_FROM_HELP = "the first night, YYYY-MM-DD (default: the first with a record)"
_TO_HELP = "the last night, YYYY-MM-DD (default: the latest)"


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

    log = sub.add_parser("log", help="log one event", description="Log one event (a tap).")
    log.add_argument("kind", help="the kind's key, like jerk, kick or deep_itch")
    log.add_argument("--at", metavar="TIME", help=_TIME_HELP + " (default: now)")
    log.add_argument("--by", choices=["self", "partner"], default="self",
                     help="who noticed it: self (default) or the bed partner")  # fmt: skip
    log.add_argument("--note", default="", help="a note kept with the event")

    export = sub.add_parser(
        "export", help="export events (CSV), everything (JSON) or a clinic's FHIR bundle"
    )
    export.add_argument("--format", choices=["csv", "json", "fhir"], default="csv",
                        help="csv: one event a row (default); json: everything, to import "
                        "elsewhere; fhir: an HL7 FHIR R4 bundle for a clinic")  # fmt: skip
    export.add_argument("--from", dest="first", metavar="DATE", help=_FROM_HELP)
    export.add_argument("--to", dest="last", metavar="DATE", help=_TO_HELP)
    export.add_argument("-o", dest="output", metavar="FILE",
                        help="the file to write (default, or -: standard output)")  # fmt: skip

    imp = sub.add_parser("import", help="import a CSV or JSON file (all or nothing)")
    imp.add_argument("file", help="the file to read (Hypnic CSV or JSON, or Sleep as Android CSV)")
    imp.add_argument(
        "--from", dest="source_format", choices=["hypnic", "sleep-as-android"], default="hypnic",
        help="what wrote the file: hypnic (default) or sleep-as-android",
    )  # fmt: skip
    imp.add_argument("--dry-run", action="store_true",
                     help="say what would be imported, and change nothing")  # fmt: skip
    imp.add_argument("--add-kinds", action="store_true",
                     help="add the kinds the file names that the store does not know")  # fmt: skip

    report = sub.add_parser("report", help="write the doctor's summary as PDF")
    report.add_argument("--from", dest="first", metavar="DATE", help=_FROM_HELP)
    report.add_argument("--to", dest="last", metavar="DATE", help=_TO_HELP)
    report.add_argument("--last", dest="last_n", type=int, metavar="N",
                        help="the last N nights (default: the 30 ending with the latest night "
                        "that has a record)")  # fmt: skip
    report.add_argument("--patient", metavar="NAME",
                        help="the patient's name on page 1 (default: the one in the settings, "
                        "or a blank line)")  # fmt: skip
    report.add_argument("--paper", choices=["a4", "letter"],
                        help="paper size (default: as the locale suggests)")  # fmt: skip
    report.add_argument("--language", choices=["en", "de", "fr", "es"], default="en",
                        help="the summary's language (default: en)")  # fmt: skip
    report.add_argument("-o", dest="output", metavar="FILE.pdf", required=True,
                        help="the PDF to write (- writes it to standard output)")  # fmt: skip

    dose = sub.add_parser("dose", help="log a dose of a medication")
    dose.add_argument("medication", help="the medication's name, like clonazepam")
    dose.add_argument("--amount", type=float,
                      help="how much (default: the medication's usual amount)")  # fmt: skip
    dose.add_argument("--unit", help="the amount's unit, like mg (default: the usual unit)")
    dose.add_argument("--at", metavar="TIME", help=_TIME_HELP + " (default: now)")

    night = sub.add_parser(
        "night",
        help="record lights-out, when the symptoms began, a quiet night, tags or a note",
        description="Record night-level facts for a night (default: tonight), as the window's "
        "L, N and T do. TIME is HH:MM[:SS] or RFC 3339 with an offset.",
    )
    night.add_argument(
        "date", nargs="?", metavar="DATE",
        help="the night, YYYY-MM-DD (the evening's date; default: tonight). With a DATE, HH:MM "
        "is that clock time within the night, from its day boundary to the next",
    )  # fmt: skip
    night.add_argument("--lights-out", metavar="TIME", help="when the lights went out")
    night.add_argument(
        "--symptoms-from", metavar="TIME",
        help="when the evening symptoms began (restless legs, sensations before bed)",
    )  # fmt: skip
    night.add_argument(
        "--quiet", action="store_true",
        help='mark the night quiet ("nothing tonight"): used, and without taps',
    )  # fmt: skip
    night.add_argument(
        "--tag", action="append", default=[], metavar="TAG",
        help="add a tag by its key or label, e.g. caffeine (repeat for more)",
    )  # fmt: skip
    night.add_argument("--note", metavar="TEXT", help="the night's note (replaces the one it has)")

    nights = sub.add_parser("nights", help="per-night figures")
    nights.add_argument("--from", dest="first", metavar="DATE", help=_FROM_HELP)
    nights.add_argument("--to", dest="last", metavar="DATE", help=_TO_HELP)
    nights.add_argument("--json", action="store_true",
                        help="a JSON array, one object a night, instead of a table")  # fmt: skip

    sub.add_parser("check", help="integrity check of the store and its backups")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        # An empty --data-dir would silently mean the real store: refused before anything.
        resolve_paths(args.data_dir)
        _check_text_arguments(parser, args)
        if args.command is None:
            from hypnic.window_run import run_gui

            return run_gui(data_dir=args.data_dir, demo=args.demo, smoke_test=args.smoke_test)
        from hypnic.cli import commands

        _tolerant_stdout()
        return commands.run(args)
    except InputError as exc:
        print(f"hypnic: {one_line(exc.describe())}", file=sys.stderr)
        return 2
    except HypnicError as exc:
        print(f"hypnic: {one_line(str(exc))}", file=sys.stderr)
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
        print(f"hypnic: {one_line(where + str(exc.strerror or exc))}", file=sys.stderr)
        return 1


# Arguments that name files: any bytes the file system takes are fine there.
_PATH_ARGUMENTS = frozenset({"data_dir", "file", "output"})


def _check_text_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse an argument whose bytes are not UTF-8 (a note typed in a Latin-1 terminal),
    naming it, before anything is opened: the store and the files cannot hold such text."""
    actions = list(parser._actions)  # argparse keeps no public list of them
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(args, "command", None) or "")
            if chosen is not None:
                actions += chosen._actions
    for action in actions:
        if action.dest in _PATH_ARGUMENTS:
            continue
        value = getattr(args, action.dest, None)
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and has_lone_surrogate(v) for v in values):
            field = action.option_strings[-1] if action.option_strings else None
            raise InputError(
                "holds bytes that are not UTF-8 text; type it again in a UTF-8 terminal",
                field=field or str(action.metavar or action.dest.upper()),
            )


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
