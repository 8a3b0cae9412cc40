"""argparse, built from the grammar: --help, --version, and the wording of every usage error."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from types import SimpleNamespace
from typing import NoReturn

from paperterm import __version__
from paperterm.cli.grammar import COMMANDS, DESCRIPTION, EXIT_STATUS, PROG, Command, UsageError

EPILOG = "exit status:\n" + "\n".join(f"  {code:<5}{meaning}" for code, meaning in EXIT_STATUS)


class _Version(argparse.Action):
    """`--version` names the OpenCC engine too: two packages install as `opencc`."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from paperterm.model.script import engine

        print(f"paperterm {__version__}\nscript engine: {engine()}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """argparse, but errors read `paperterm: message` like every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


class _Formatter(argparse.HelpFormatter):
    """argparse's wrapping, line by line: a row of the exit status table wraps under its own text."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        rows = []
        for line in text.splitlines():
            hang = re.match(r" +\S+ +", line)  # a row: "  code  meaning"
            under = indent + " " * (hang.end() if hang else 0)
            rows.append(textwrap.fill(line, width, initial_indent=indent, subsequent_indent=under))
        return "\n".join(rows)


def build_parser() -> argparse.ArgumentParser:
    """The whole grammar, for command lines the quick parser leaves to argparse."""
    parser = _Parser(prog=PROG, description=DESCRIPTION, epilog=EPILOG, formatter_class=_Formatter)
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show the version and the OpenCC engine, then exit"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, command in COMMANDS.items():
        sub = subparsers.add_parser(
            name,
            help=command.help,
            description=command.description,
            epilog=EPILOG,
            formatter_class=_Formatter,
        )
        _add_command(sub, command)
    return parser


def _add_command(parser: argparse.ArgumentParser, command: Command) -> None:
    groups: dict[str, argparse._MutuallyExclusiveGroup] = {}
    for spec in command.args:
        target: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup = parser
        if spec.exclusive:
            if spec.exclusive not in groups:
                groups[spec.exclusive] = parser.add_mutually_exclusive_group()
            target = groups[spec.exclusive]
        target.add_argument(*spec.names, **spec.settings)


def parse(argv: Sequence[str]) -> SimpleNamespace:
    """What argparse makes of a command line; --help, --version and a missing command exit."""
    parser = build_parser()
    args = parser.parse_args(argv, namespace=SimpleNamespace())
    if args.command is None:
        parser.print_help()
        parser.exit(2)
    return args
