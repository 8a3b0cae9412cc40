"""The `paperterm` command. Only `open` imports Textual; everything else stays light."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from types import SimpleNamespace

from paperterm.cli.grammar import UsageError
from paperterm.cli.quick_parse import quick_parse
from paperterm.model.problems import IssueFileError

_COMMANDS = {
    "open": "reader",
    "list": "issues",
    "check": "issues",
    "cat": "issues",
    "search": "issues",
    "import": "issues",
    "fetch": "fetch",
    "recent": "reader",
    "kept": "reader",
    "state": "reader",
    "completion": "completion",
}
"""Each command's module in paperterm.cli, imported when the command runs: a command pays for
its own imports only (`search` none of fetch's, reader's or the completion scripts')."""


def _command(name: str) -> Callable[[SimpleNamespace], int]:
    import importlib

    function: Callable[[SimpleNamespace], int] = getattr(
        importlib.import_module(f"paperterm.cli.{_COMMANDS[name]}"), f"cmd_{name}"
    )
    return function


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status instead of exiting, so tests can call it."""
    # No command is `open`: a reader, like `newsboat` or `epy` alone, opens where one left off.
    arguments = list(sys.argv[1:] if argv is None else argv) or ["open"]
    try:
        if arguments[0] == "__complete":  # the completion scripts asking, at a tab: not a command to type
            from paperterm.cli.completion import answer

            return answer(arguments[1:])
        args = quick_parse(arguments)
        if args is None:
            from paperterm.cli.parser import parse  # argparse: help, --version and usage errors

            args = parse(arguments)
        return _command(args.command)(args)
    except UsageError as exc:
        print(f"paperterm: {exc}", file=sys.stderr)
        return 2
    except IssueFileError as exc:
        for problem in exc.problems:
            print(f"paperterm: {problem}", file=sys.stderr)
        return 1
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
