"""NO_COLOR on the command line: search hits keep their reverse video (not a colour) on a terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from paperterm.cli import main


@pytest.mark.parametrize("value", [None, "1"])
def test_search_marks_hits_in_reverse_video_with_or_without_no_color(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, library: Path, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", value)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["search", "煤矿", "--library", str(library)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[7m煤矿\x1b[27m" in out
    assert "\x1b[3" not in out and "\x1b[4" not in out.replace("\x1b[7m", ""), "no colour codes"
