"""The README's promises stay true: two quick-start commands, and CI runs the second verbatim."""

from __future__ import annotations

import re

from paperterm.screens.reader import ReaderScreen
from tests.conftest import ROOT


def quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.DOTALL)]


def test_quick_start_has_exactly_two_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2 and all("\n" not in c for c in commands)
    assert commands[0].endswith("paperterm open 2024-11-19")
    assert "[test]" in commands[1] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_commands()[1] in ci.splitlines()


def test_readme_lists_every_reader_key() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for binding in ReaderScreen.BINDINGS:
        shown = binding.key_display or binding.key  # type: ignore[union-attr]
        assert f"`{shown}`" in readme, shown
