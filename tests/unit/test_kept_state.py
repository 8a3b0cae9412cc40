"""收藏 in the reading state: keeping, listing, the schema upgrade, export and import."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from pathlib import Path

import pytest

from paperterm.state import db as db_module
from paperterm.state.db import FILENAME, schema_version
from paperterm.state.kept import KeptArticle
from paperterm.state.reading import IssueKey, ReadingState

KEY = IssueKey("sxrb", "2024-11-19")
FIRST = KeptArticle(
    "sxrb", "2024-11-19", "a01", "山西日报", 1, "特种车辆走俏国内外市场", "zh-Hans", "x.yaml", 1.7e9
)
LATER = KeptArticle("sxrb", "2024-11-20", "b02", "山西日报", 2, "乙", "zh-Hans", None, 1.6e9)
OTHER = KeptArticle("tyrb", "2024-11-19", "c03", "太原日报", 3, "丙", "zh-Hant", None, 1.8e9)


def test_kept_articles_list_newest_issue_first_and_unkeep(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path)
    for article in (FIRST, LATER, OTHER):
        state.keep(article)
    assert state.kept() == [LATER, OTHER, FIRST]  # by date; within a day, kept last first
    assert state.kept(KEY) == [FIRST]
    state.unkeep(KEY, "a01")
    assert state.kept(KEY) == [] and ReadingState.open(tmp_path).kept() == [LATER, OTHER]
    assert FIRST.line() == "2024-11-19 山西日报 第1版 特种车辆走俏国内外市场"


def test_keeping_again_updates_and_never_doubles(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path)
    state.keep(FIRST)
    state.keep(FIRST._replace(title="新标题", kept_at=1.9e9))
    assert state.kept() == [FIRST._replace(title="新标题", kept_at=1.9e9)]


def test_a_state_file_from_before_kept_is_upgraded_and_keeps_its_rows(tmp_path: Path) -> None:
    with contextlib.closing(sqlite3.connect(tmp_path / FILENAME)) as raw:
        raw.executescript(db_module.MIGRATIONS[0])
        raw.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        raw.execute("INSERT INTO schema_version VALUES (1)")
        raw.execute("INSERT INTO prefs VALUES ('x', '1')")
        raw.commit()
    state = ReadingState.open(tmp_path)
    assert state.notice is None and state.get_pref("x") == 1
    state.keep(FIRST)
    assert state.kept() == [FIRST]
    with contextlib.closing(sqlite3.connect(tmp_path / FILENAME)) as raw:
        assert schema_version(raw) == 2


def test_export_and_import_carry_kept_articles(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path / "one")
    state.keep(FIRST)
    state.keep(OTHER)
    exported = json.loads(json.dumps(state.export()))
    assert [k["title"] for k in exported["kept"]] == ["丙", "特种车辆走俏国内外市场"]
    other = ReadingState.open(tmp_path / "two")
    other.keep(LATER)  # replaced by the import
    other.import_(exported)
    assert other.kept() == [OTHER, FIRST]
    other.reset()
    assert other.kept() == []


def test_an_export_from_before_kept_imports(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path)
    state.keep(FIRST)
    state.import_({"format": "paperterm-state/1", "issues": [], "articles": [], "prefs": {}})
    assert state.kept() == []


def _with_kept(**changes: object) -> dict[str, object]:
    return {"format": "paperterm-state/1", "kept": [{**FIRST.as_json(), **changes}]}


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (_with_kept(page=2**63), "kept[0].page"),
        (_with_kept(page=-1), "kept[0].page"),
        (_with_kept(date="2024-02-30"), "kept[0].date"),
        (_with_kept(title=["a"]), "kept[0].title"),
        (_with_kept(kept_at=float("inf")), "kept[0].kept_at"),
        (_with_kept(article_id=None), "kept[0].article_id"),
        ({"format": "paperterm-state/1", "kept": {"a": 1}}, "'kept' is not a list"),
    ],
)
def test_import_checks_kept_entries_and_changes_nothing(tmp_path: Path, data: object, where: str) -> None:
    state = ReadingState.open(tmp_path)
    state.keep(OTHER)
    with pytest.raises(ValueError, match=re.escape(f"not a whole export: {where}")):
        state.import_(data)
    assert state.kept() == [OTHER]


def test_imported_kept_text_is_cleaned_of_terminal_controls(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path)
    state.import_(_with_kept(title="\x1b]52;c;cHduZWQ=\x07标题\u202e"))
    assert state.kept()[0].title == "]52;c;cHduZWQ=标题"
