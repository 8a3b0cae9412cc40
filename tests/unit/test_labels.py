"""paperterm's own words around issue text (【图】, （下转第2版）) follow the script the text is shown in."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperterm.cli import main
from paperterm.model.layout import layout_article
from paperterm.model.loader import load_issue
from paperterm.model.script import MODES, Script
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)
CONTINUED = next(a for _, a in ISSUE.articles() if a.continued_on)


@pytest.mark.parametrize(
    ("mode", "language", "photo", "marker"),
    [
        ("original", "zh-Hans", "【图】", "（下转第2版）"),
        ("taiwan", "zh-Hans", "【圖】", "（下轉第2版）"),
        ("hongkong", "zh-Hans", "【圖】", "（下轉第2版）"),
        ("original", "zh-Hant", "【圖】", "（下轉第2版）"),
        ("simplified", "zh-Hant", "【图】", "（下转第2版）"),
    ],
)
def test_labels_in_each_script(mode: str, language: str, photo: str, marker: str) -> None:
    labels = Script(MODES[mode], language).labels
    assert labels.photo == photo
    assert labels.continued_on.format(2) == marker


def test_the_article_pane_draws_the_marker_in_the_script_shown() -> None:
    script = Script(MODES["taiwan"], ISSUE.language)
    lines = layout_article(script.article(CONTINUED), 60, script.labels)
    assert lines[-1].text == f"（下轉第{CONTINUED.continued_on}版）"


def test_cat_in_traditional_prints_the_marker_in_traditional(
    capsys: pytest.CaptureFixture[str], library: Path
) -> None:
    assert main(["cat", "2024-11-19", CONTINUED.id, "--script", "taiwan", "--library", str(library)]) == 0
    out = capsys.readouterr().out
    assert f"（下轉第{CONTINUED.continued_on}版）" in out and "下转" not in out
