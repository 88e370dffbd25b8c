"""`hypnic SUBCOMMAND --help` explains every option and argument, not only names it."""

from __future__ import annotations

import argparse

from hypnic.cli.main import build_parser


def test_every_argument_of_every_command_says_what_it_is_for() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    silent = [
        f"{name} {action.dest}"
        for name, sub in {"hypnic": parser, **commands}.items()
        for action in sub._actions
        if not isinstance(action, (argparse._HelpAction, argparse._SubParsersAction))
        and not (action.help or "").strip()
    ]
    assert silent == []
    assert set(commands) >= {"log", "dose", "export", "import", "report", "nights", "check"}
