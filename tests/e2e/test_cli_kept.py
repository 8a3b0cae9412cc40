"""`paperterm kept`: the kept articles (收藏), newest first, in any script, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paperterm.cli import main
from paperterm.cli.completion import answer
from paperterm.state.kept import KeptArticle
from paperterm.state.reading import ReadingState

TITLE = "特种车辆走俏国内外市场"
SXRB = KeptArticle("sxrb", "2024-11-19", "a01", "山西日报", 1, TITLE, "zh-Hans", None, 1.7e9)
OLDER = KeptArticle("sxrb", "2024-11-18", "b07", "山西日报", 2, "“绿电”制氢发布会", "zh-Hans", None, 1.8e9)
HK = KeptArticle("mpw", "2024-11-18", "c01", "明報", 3, "綠色發展", "zh-HK", None, 1.6e9)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReadingState:
    monkeypatch.setenv("PAPERTERM_STATE_DIR", str(tmp_path / "state"))
    state = ReadingState.open(tmp_path / "state")
    for article in (OLDER, HK, SXRB):
        state.keep(article)
    return state


def test_kept_prints_one_line_each_newest_issue_first(
    capsys: pytest.CaptureFixture[str], kept: ReadingState
) -> None:
    status, out, err = run(capsys, "kept")
    assert status == 0 and err == ""
    assert out.splitlines() == [
        "2024-11-19 山西日报 第1版 特种车辆走俏国内外市场",
        "2024-11-18 山西日报 第2版 “绿电”制氢发布会",  # kept after 明報's, the same day
        "2024-11-18 明報 第3版 綠色發展",
    ]


def test_kept_script_converts_each_from_the_script_it_was_printed_in(
    capsys: pytest.CaptureFixture[str], kept: ReadingState
) -> None:
    status, out, _ = run(capsys, "kept", "--script", "taiwan")
    assert status == 0
    assert out.splitlines() == [
        "2024-11-19 山西日報 第1版 特種車輛走俏國內外市場",
        "2024-11-18 山西日報 第2版 「綠電」製氫發布會",  # 臺灣: 「」 and the news forms
        "2024-11-18 明報 第3版 綠色發展",  # printed in Traditional: as it was
    ]
    status, out, _ = run(capsys, "kept", "--script", "simplified")
    assert out.splitlines()[2] == "2024-11-18 明报 第3版 绿色发展"
    assert out.splitlines()[0] == "2024-11-19 山西日报 第1版 特种车辆走俏国内外市场"


def test_kept_json_keeps_machine_forms(capsys: pytest.CaptureFixture[str], kept: ReadingState) -> None:
    status, out, _ = run(capsys, "kept", "--json")
    assert status == 0
    rows = json.loads(out)
    assert rows[0] == {
        "paper_id": "sxrb",
        "date": "2024-11-19",
        "article_id": "a01",
        "paper": "山西日报",
        "page": 1,
        "title": "特种车辆走俏国内外市场",
        "language": "zh-Hans",
        "path": None,
        "kept_at": 1.7e9,
    }
    assert [r["article_id"] for r in rows] == ["a01", "b07", "c01"]


def test_nothing_kept_prints_nothing_and_succeeds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAPERTERM_STATE_DIR", str(tmp_path / "state"))
    assert run(capsys, "kept") == (0, "", "")
    assert run(capsys, "kept", "--json") == (0, "[]\n", "")


def test_kept_usage_errors_and_help(capsys: pytest.CaptureFixture[str], kept: ReadingState) -> None:
    status, _, err = run(capsys, "kept", "--script", "klingon")
    assert status == 2 and err.startswith("paperterm: argument --script: invalid choice")
    status, _, err = run(capsys, "kept", "extra")
    assert status == 2 and err.count("\n") == 1
    status, out, _ = run(capsys, "kept", "--help")
    assert status == 0 and out.startswith("usage: paperterm kept") and "exit status:" in out
    status, out, _ = run(capsys, "--help")
    assert "kept" in out and "收藏" in out


def test_kept_completes(capsys: pytest.CaptureFixture[str]) -> None:
    assert answer(["bash", "ke"]) == 0
    assert "kept" in capsys.readouterr().out.split()
    assert answer(["bash", "kept", "--"]) == 0
    assert {"--script", "--json"} <= set(capsys.readouterr().out.split())
    assert answer(["bash", "kept", "--script", "hong"]) == 0
    assert capsys.readouterr().out.split() == ["hongkong"]
