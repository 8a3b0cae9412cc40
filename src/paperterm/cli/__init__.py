"""The `paperterm` command. Only `open` imports Textual; everything else stays light."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import SimpleNamespace

from paperterm.cli.fetch import cmd_fetch
from paperterm.cli.grammar import UsageError
from paperterm.cli.issues import cmd_cat, cmd_check, cmd_import, cmd_list, cmd_search
from paperterm.cli.quick_parse import quick_parse
from paperterm.cli.reader import cmd_kept, cmd_open, cmd_recent, cmd_state
from paperterm.model.problems import IssueFileError


def _completion(args: SimpleNamespace) -> int:
    """`completion SHELL`, imported only when asked for: no other command needs the scripts."""
    from paperterm.cli.completion import cmd_completion

    return cmd_completion(args)


_COMMANDS = {
    "open": cmd_open,
    "list": cmd_list,
    "check": cmd_check,
    "cat": cmd_cat,
    "search": cmd_search,
    "import": cmd_import,
    "fetch": cmd_fetch,
    "recent": cmd_recent,
    "kept": cmd_kept,
    "state": cmd_state,
    "completion": _completion,
}


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
        return _COMMANDS[args.command](args)
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
