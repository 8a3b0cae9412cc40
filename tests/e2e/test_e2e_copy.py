"""`y` and `Y` copy through the terminal (OSC 52): exactly one sequence, holding exactly the text."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from tests.tmux_harness import tmux_available

pytestmark = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed (.ci/run installs it)")
OSC52 = re.compile(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)")


def test_Y_writes_one_osc52_sequence_with_the_citation(terminal, isolated_user: Path) -> None:
    raw = isolated_user / "terminal.bytes"
    term = terminal("open", "2024-11-19", width=100, height=30)
    term.record_output(raw)
    term.wait_for(lambda s: "山西日报" in s and "Quit" in s, "the reader")
    term.send("Y")  # the first article, where the reader opens
    term.wait_for(lambda s: "Copied" in s, "the notice")
    term.send("q")
    assert term.exit_status() == 0
    found = OSC52.findall(raw.read_bytes())
    assert len(found) == 1, found
    assert (
        base64.b64decode(found[0]).decode("utf-8")
        == "《山西日报》2024年11月19日第1版《特种车辆走俏国内外市场》"
    )
