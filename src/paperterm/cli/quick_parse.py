"""Reading a plain command line from the grammar, without argparse.

Importing and building argparse cost `paperterm cat` about 6 ms, a sixth of
its run. Most command lines are plain: a command, its positionals in one run,
options spelled out in full with good values. Those are read here; for any
other line (help, --version, an abbreviation, `--`, a value that starts with
-, a bad or missing value, a conflict) `quick_parse` returns None and argparse
reads it, with its usual help and errors. tests/unit/test_quick_parse.py checks
that the two agree on every line this one accepts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from types import SimpleNamespace
from typing import Any

from paperterm.cli.grammar import COMMANDS, Arg

_PATTERN = {None: "(A)", "?": "(A?)", "+": "(A+)"}
"""Each positional's share of the words, as argparse matches them."""
_ACTIONS = (None, "store_true", "append")
"""The argparse actions read here; a command with any other (or another nargs) goes to argparse."""
_REFUSED = object()


def quick_parse(argv: Sequence[str]) -> SimpleNamespace | None:
    """The arguments argparse would make of `argv`, or None if argparse should read it."""
    if not argv or argv[0] not in COMMANDS:
        return None
    specs = COMMANDS[argv[0]].args
    if not all(_known(spec) for spec in specs):
        return None
    options = {name: spec for spec in specs for name in spec.names if name.startswith("-")}
    positionals = [spec for spec in specs if not spec.names[0].startswith("-")]
    # What the top-level parser adds: its --version (never on a line read here), the command.
    values: dict[str, Any] = {"version": None, "command": argv[0]}
    values.update((_dest(spec), _default(spec)) for spec in specs)
    given: list[Arg] = []
    words: list[str] = []
    split = False  # an option came between positionals: argparse would read the runs apart
    tokens = iter(argv[1:])
    for token in tokens:
        if not token.startswith("-"):
            if split:
                return None
            words.append(token)
            continue
        split = bool(words)
        name, equals, value = token.partition("=")
        spec = options.get(name)
        if spec is None or not _read_option(spec, equals, value, tokens, values):
            return None
        given.append(spec)
    return _finish(positionals, words, specs, given, values)


def _known(spec: Arg) -> bool:
    """Whether this reader knows every setting that changes how argparse reads the argument."""
    return spec.settings.get("action") in _ACTIONS and spec.settings.get("nargs") in _PATTERN


def _read_option(spec: Arg, equals: str, value: str, tokens: Iterator[str], values: dict[str, Any]) -> bool:
    action = spec.settings.get("action")
    if action == "store_true":
        values[_dest(spec)] = True
        return not equals
    if not equals:
        value = next(tokens, "-")  # a missing value is refused like one that starts with -
    if value.startswith("-"):
        return False
    converted = _convert(spec, value)
    if converted is _REFUSED:
        return False
    values[_dest(spec)] = [*values[_dest(spec)], converted] if action == "append" else converted
    return True


def _finish(
    positionals: list[Arg], words: list[str], specs: Sequence[Arg], given: list[Arg], values: dict[str, Any]
) -> SimpleNamespace | None:
    pattern = "".join(_PATTERN[spec.settings.get("nargs")] for spec in positionals)
    match = re.fullmatch(pattern, "A" * len(words))
    if match is None:
        return None
    start = 0
    for spec, share in zip(positionals, match.groups(), strict=True):
        taken = [_convert(spec, word) for word in words[start : start + len(share)]]
        start += len(share)
        if _REFUSED in taken:
            return None
        if spec.settings.get("nargs") == "+":
            values[_dest(spec)] = taken
        elif taken:
            values[_dest(spec)] = taken[0]
    names = {spec.names for spec in given}
    if any(spec.settings.get("required") and spec.names not in names for spec in specs):
        return None
    groups = [spec.exclusive for spec in specs if spec.exclusive and spec.names in names]
    if len(groups) != len(set(groups)):
        return None
    return SimpleNamespace(**values)


def _convert(spec: Arg, word: str) -> Any:
    """The value as argparse would store it; _REFUSED for one argparse would refuse."""
    convert = spec.settings.get("type", str)
    try:
        value = convert(word)
    except Exception:  # argparse words the error
        return _REFUSED
    choices = spec.settings.get("choices")
    return _REFUSED if choices is not None and value not in choices else value


def _default(spec: Arg) -> Any:
    return spec.settings.get("default", False if spec.settings.get("action") == "store_true" else None)


def _dest(spec: Arg) -> str:
    """Where argparse keeps an argument: `dest`, else its first long name, else its name."""
    if "dest" in spec.settings:
        return str(spec.settings["dest"])
    long = next((n for n in spec.names if n.startswith("--")), spec.names[0])
    return long.lstrip("-").replace("-", "_")
