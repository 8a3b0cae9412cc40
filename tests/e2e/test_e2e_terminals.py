"""The real command in real terminals (tmux): sizes, resizes, TERM and NO_COLOR, typing Chinese,
leaving the terminal sane, and no control byte from an issue file reaching the terminal."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest
from rich.cells import cell_len

from paperterm.model.loader import load_issue
from tests.conftest import ROOT, SAMPLE
from tests.tmux_harness import tmux_available

pytestmark = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed (.ci/run installs it)")
HEADER = "山西日报 · 2024年11月19日"


@pytest.mark.parametrize(("width", "height"), [(80, 24), (41, 20), (23, 12), (200, 60)])
def test_sizes(terminal, width: int, height: int) -> None:
    t = terminal("open", "2024-11-19", width=width, height=height)
    ready = (lambda s: HEADER in s and "Next" in s) if width >= 41 else (lambda s: "临汾经开区" in s)
    screen = t.wait_for(ready, f"the reader at {width}x{height}")
    lines = screen.splitlines()
    assert len(lines) <= height
    assert all(cell_len(line) <= width for line in lines)
    t.send("q")
    assert t.exit_status() == 0


ITEM_2 = [
    block if isinstance(block, str) else block[0] for block in load_issue(SAMPLE).pages[0].articles[1].body
]


def settled_paragraph(screen: str) -> int | None:
    """The ¶ the label shows, once the frame is settled: the paragraph holding the first line of
    text under the header is the one the label names (a frame drawn mid-move may disagree)."""
    label = re.search(r"¶ (\d+)/13", screen)
    rows = [row.strip(" ▇▁▔▊▎│") for row in screen.splitlines()[1:]]
    top = next((row for row in rows if row), "")
    holding = [n for n, block in enumerate(ITEM_2, 1) if top[:10] and top[:10] in block]
    if label is None or not holding:
        return None
    return int(label.group(1)) if int(label.group(1)) in holding else None


def test_resize_while_reading_keeps_the_paragraph(terminal) -> None:
    t = terminal("open", "2024-11-19", width=100, height=30)
    t.wait_for(lambda s: HEADER in s, "the reader")
    t.send("n")
    t.wait_for(lambda s: "/13 ·" in s, "item 2 in the article pane")
    t.send("z")
    t.wait_for(lambda s: "临汾经开区" not in s, "the article alone")
    t.send("Space")
    screen = t.wait_for(lambda s: settled_paragraph(s) not in (None, 1), "a page into item 2")
    paragraph = settled_paragraph(screen)
    t.resize(50, 20)  # one pane at a time now
    t.wait_for(
        lambda s: all(cell_len(x) <= 50 for x in s.splitlines()) and settled_paragraph(s) == paragraph,
        f"the narrow layout still at ¶ {paragraph}",
    )
    t.resize(120, 30)
    t.wait_for(
        lambda s: all(cell_len(x) <= 120 for x in s.splitlines()) and settled_paragraph(s) == paragraph,
        f"the wide layout still at ¶ {paragraph}",
    )


@pytest.mark.parametrize(
    "env",
    [{"TERM": "xterm-256color"}, {"TERM": "screen"}, {"TERM": "linux"}, {"NO_COLOR": "1"}],
    ids=["xterm-256color", "screen", "linux", "NO_COLOR"],
)
def test_terms_and_no_color_keep_highlights_distinguishable(terminal, env: dict[str, str]) -> None:
    t = terminal("open", "2024-11-19", "--highlight", "煤矿", width=100, height=30, **env)
    t.wait_for(lambda s: HEADER in s, "the reader")
    t.send("j", "j")
    t.wait_for(lambda s: "为切实加强煤矿水害防治工作" in s, "item 3's text")
    styled = t.screen(escapes=True)
    row = next(line for line in styled.splitlines() if "为切实加强" in line)
    run = re.search(r"((?:\x1b\[[0-9;]*m)+)煤矿", row)
    assert run is not None, "the match is styled apart from the text before it"
    params = [p.split(";") for p in re.findall(r"\x1b\[([0-9;]*)m", run.group(1))]
    assert any(p[0] in ("1", "4") for p in params), f"the match is bold or underlined: {params}"


def test_typing_chinese_into_search_finds_the_hits(terminal) -> None:
    t = terminal("open", "2024-11-19", width=100, height=30)
    t.wait_for(lambda s: HEADER in s, "the reader")
    t.send("/")
    t.wait_for(lambda s: "search this issue" in s, "the search box")
    t.type_text("煤矿")
    screen = t.wait_for(lambda s: re.search(r"\d+ hits", s) is not None, "the hit count")
    assert int(re.search(r"(\d+) hits", screen).group(1)) > 10  # type: ignore[union-attr]
    assert "省安委办安排部署加强煤矿水害防治工作" in screen


@pytest.mark.parametrize("how", ["q", "C-c", "SIGHUP"])
def test_leaving_leaves_the_terminal_sane_and_the_place_saved(
    terminal, isolated_user: Path, how: str
) -> None:
    t = terminal("open", "2024-11-19")
    t.wait_for(lambda s: HEADER in s, "the reader")
    assert t.flags()["alternate"] == "1"
    t.send("n")
    t.wait_for(lambda s: "/13 ·" in s, "item 2 in the article pane (13 paragraphs)")
    if how == "SIGHUP":
        os.kill(t.pid(), signal.SIGHUP)
    else:
        t.send(how)
    assert t.exit_status() == 0
    assert t.flags() == {"alternate": "0", "mouse": "0", "sgr": "0"}
    state = isolated_user / ".local" / "state" / "paperterm" / "state.sqlite3"
    rows = sqlite3.connect(state).execute("SELECT last_article FROM issues").fetchall()
    assert rows == [("lf-answer",)]


def test_no_control_byte_from_an_issue_reaches_the_terminal(
    terminal, isolated_user: Path, library: Path
) -> None:
    shutil.copy(ROOT / "tests" / "data" / "bad" / "controls.yaml", library / "2024-11-19.yaml")
    raw = isolated_user / "terminal.bytes"
    t = terminal("open", "2024-11-19", width=100, height=30)
    t.record_output(raw)
    t.wait_for(lambda s: "CLEAR" in s, "the hostile title, drawn")
    t.send("Enter")
    t.wait_for(lambda s: "RED" in s and "EVIL" in s, "the hostile paragraph, drawn")
    t.send("q")
    t.exit_status()
    data = raw.read_bytes()
    assert b"CLEAR" in data, "the recording holds the screen"
    for sequence in (
        b"\x1b[2JCLEAR",
        b"\x1b]52",
        b"\x07OSC",
        b"\x07BEL",
        b"\xc2\x9b",
        "\u202e".encode(),
        "\u2066".encode(),
    ):
        assert sequence not in data, sequence
