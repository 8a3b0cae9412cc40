"""The quick parser reads a command line exactly as argparse does, or leaves it to argparse."""

from __future__ import annotations

import contextlib
import io
import random
from types import SimpleNamespace

import pytest

from paperterm.cli.grammar import COMMANDS, UsageError
from paperterm.cli.parser import parse
from paperterm.cli.quick_parse import quick_parse


def argparse_reading(argv: list[str]) -> SimpleNamespace | None:
    """argparse's namespace, or None where it prints help or a usage error."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return parse(argv)
    except (UsageError, SystemExit):
        return None


PLAIN = [
    ["cat", "2024-11-19"],
    ["cat", "2024-11-19", "a3", "--script", "taiwan"],
    ["cat", "--page", "1", "latest"],
    ["cat", "--page=2", "--library", "/lib", "--paper", "sxrb", "20241119"],
    ["open"],
    ["open", "2024-11-19", "--highlight", "煤矿", "--highlight=高质量", "--script", "hongkong"],
    ["list", "--from", "2024-01-01", "--to", "20241231", "--paper", "sxrb"],
    ["check", "a.yaml", "b.yaml"],
    ["search", "煤矿 安全", "--limit", "5", "--json", "--from", "2024-11-01"],
    ["import", "p1.txt", "p2.txt", "--date", "2024-11-19", "--paper", "山西日报", "-o", "out.yaml"],
    ["import", "p1.txt", "--date", "2024-11-19", "--paper", "x", "--into", "lib", "--force", "--report"],
    ["import", "p1.pdf", "p2.pdf", "--into", "lib", "--report"],
    ["fetch", "rmrb", "2025-10-20", "--into", "lib", "--delay", "0"],
    ["fetch", "--list"],
    ["fetch", "kjrb", "latest", "--pdf", "--force", "--report"],
    ["recent", "--limit", "3"],
    ["recent"],
    ["kept"],
    ["kept", "--script", "taiwan", "--json"],
    ["state", "export", "backup.json"],
    ["state", "reset", "--yes"],
    ["completion", "bash"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_plain_lines_are_read_quickly_and_alike(argv: list[str]) -> None:
    quick = quick_parse(argv)
    assert quick is not None
    assert quick == argparse_reading(argv)


LEFT_TO_ARGPARSE = [
    [],
    ["--version"],
    ["cat", "--help"],
    ["cat", "-h", "2024-11-19"],
    ["cat"],
    ["cat", "2024-11-19", "a3", "extra"],
    ["cat", "--pa", "1", "2024-11-19"],
    ["cat", "--page", "x", "2024-11-19"],
    ["cat", "--page", "-1", "2024-11-19"],
    ["cat", "--page"],
    ["cat", "2024-11-19", "--script", "klingon"],
    ["cat", "2024-11-19", "--page", "1", "a3"],
    ["search", "--", "-煤矿"],
    ["search", "煤矿", "--json=yes"],
    ["list", "--from", "2024-13-01"],
    ["import", "p1.txt", "--date"],
    ["import", "p1.txt", "--date", "d", "--paper", "x", "-o", "f", "--into", "lib"],
    ["import", "p1.txt", "--date", "d", "--paper", "x", "-of"],
    ["state", "bogus"],
    ["bogus"],
]


@pytest.mark.parametrize("argv", LEFT_TO_ARGPARSE, ids=lambda a: " ".join(a) or "(empty)")
def test_anything_unusual_is_left_to_argparse(argv: list[str]) -> None:
    assert quick_parse(argv) is None


def _words(command: str) -> list[str]:
    """Tokens a command line of `command` could be made of, good and bad."""
    words = ["2024-11-19", "a3", "x.txt", "煤矿", "", "-", "--", "-h", "--help", "-5", "7", "bad-date"]
    for spec in COMMANDS[command].args:
        words += [n for n in spec.names if n.startswith("-")]
        words += [str(c) for c in spec.settings.get("choices", [])[:2]]
        words += [f"{n}=2024-11-20" for n in spec.names if n.startswith("--")]
    return words


@pytest.mark.parametrize("command", list(COMMANDS))
def test_random_lines_are_read_alike_or_left_to_argparse(command: str) -> None:
    """Plain lines with tokens put in, taken out and moved: every line read quickly is read alike."""
    rng = random.Random(command)
    words = _words(command)
    plain = [argv[1:] for argv in PLAIN if argv[0] == command]
    accepted = 0
    for _ in range(400):
        tokens = list(rng.choice(plain))
        for _ in range(rng.randint(0, 3)):
            if tokens and rng.random() < 0.4:
                tokens.pop(rng.randrange(len(tokens)))
            else:
                tokens.insert(rng.randint(0, len(tokens)), rng.choice(words))
        argv = [command, *tokens]
        quick = quick_parse(argv)
        if quick is not None:
            accepted += 1
            assert quick == argparse_reading(argv), argv
    assert accepted > 40


@pytest.mark.parametrize(
    "settings", [{"nargs": "*"}, {"nargs": 2}, {"action": "count"}, {"action": "store_const", "const": 1}]
)
def test_a_setting_the_quick_reader_does_not_know_sends_the_line_to_argparse(
    monkeypatch: pytest.MonkeyPatch, settings: dict[str, object]
) -> None:
    """A grammar change must never make the quick path raise or guess: it declines instead."""
    from paperterm.cli.grammar import arg

    command = COMMANDS["list"]
    extra = arg("--odd", **settings) if "action" in settings else arg("odd", **settings)
    monkeypatch.setitem(COMMANDS, "list", command._replace(args=(*command.args, extra)))
    assert quick_parse(["list"]) is None
    assert quick_parse(["list", "a", "b"]) is None
