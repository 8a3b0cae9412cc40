"""Hostile keywords from a config file, the command line and an imported state never reach the terminal raw.

The keywords hold a screen clear (ESC [2J), an OSC 52 clipboard write, a C1 CSI,
a bidi override and invisible format characters; the reader shows them, with the
issue, and every byte it writes to the terminal is recorded (tmux pipe-pane).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from paperterm.model.sanitize import clean_line
from paperterm.state.config import load_config
from paperterm.state.options import choose
from paperterm.state.settings import settings_from
from tests.e2e.test_e2e_reading import HEADER
from tests.tmux_harness import PAPERTERM, tmux_available, user_env

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(not tmux_available(), reason="tmux is not installed (.ci/run installs it)"),
]

FROM_CONFIG = "KWA\x1b]52;c;cHduZWQ=\x07煤矿"
FROM_ARGV = "KWB\x1b[2J\u202e临汾\ufeff"
FROM_IMPORT = "KWC\x9b31m\u2066高质量\u00ad\U000e0041"
RAW = (b"\x1b]52", b"KWB\x1b[2J", b"\x1b[2J\xe2", "\u202e".encode(), b"\xc2\x9b", "\u2066".encode(), b"=\x07")
RAW_INVISIBLE = ("\ufeff".encode(), "\u00ad".encode(), "\U000e0041".encode())


def config_text(word: str) -> str:
    return f"highlight = [{json.dumps(word)}]\n"  # a JSON string is a TOML basic string (\\u escapes)


@pytest.mark.parametrize("source", ["config", "import"])
def test_hostile_keywords_are_cleaned_before_the_screen(
    terminal, isolated_user: Path, library: Path, source: str
) -> None:
    if source == "config":
        config = isolated_user / ".config" / "paperterm" / "config.toml"
        config.parent.mkdir(parents=True, exist_ok=True)  # conftest wrote one: this one replaces it
        config.write_text(config_text(FROM_CONFIG), encoding="utf-8")
        shown = ("KWA]52;c;cHduZWQ=煤矿", "KWB[2J临汾")
    else:
        export = isolated_user / "state.json"
        keywords = [{"word": FROM_IMPORT, "enabled": True}]
        data = {"format": "paperterm-state/1", "prefs": {"settings": {"keywords": keywords}}}
        export.write_text(json.dumps(data), encoding="utf-8")
        imported = subprocess.run(
            [PAPERTERM, "state", "import", str(export)],
            env=user_env(isolated_user, library),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert imported.returncode == 0, imported.stderr
        shown = ("KWC31m高质量", "KWB[2J临汾")
    raw = isolated_user / "terminal.bytes"
    t = terminal("open", "2024-11-19", "--highlight", FROM_ARGV, width=100, height=30)
    t.record_output(raw)
    t.wait_for(lambda s: HEADER in s, "the reader")
    t.send("h")
    t.wait_for(lambda s: all(word in s for word in shown), f"the keywords, drawn: {shown}")
    t.send("C-c")  # quits from the dialog too
    assert t.exit_status() == 0
    data = raw.read_bytes()
    assert "KWB[2J临汾".encode() in data, "the recording holds the keywords"
    for sequence in (*RAW, *RAW_INVISIBLE):
        at = data.find(sequence)
        assert at < 0, (sequence, data[max(at - 60, 0) : at + 40])


def test_every_source_of_keywords_goes_through_the_cleaner(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    bad_phrase, bad_key = json.dumps("發\x1b"), json.dumps("unknown\u202e")
    config.write_text(
        f'{bad_key} = 1\n{config_text(FROM_CONFIG)}[phrases]\n"发布" = {bad_phrase}\n', encoding="utf-8"
    )
    loaded = load_config(config)
    assert loaded.highlight == ("KWA]52;c;cHduZWQ=煤矿",) and loaded.phrases == ()
    assert all(clean_line(problem) == problem for problem in loaded.problems) and len(loaded.problems) == 2
    chosen = choose(None, loaded, None, [FROM_ARGV, "\x1b\x07 "])
    assert [k.word for k in chosen.keywords] == ["KWA]52;c;cHduZWQ=煤矿", "KWB[2J临汾"]
    imported = settings_from({"keywords": [{"word": FROM_IMPORT}, {"word": "\u202e"}]})
    assert [k.word for k in choose(imported, loaded).keywords] == ["KWC31m高质量"]
