"""Faults in the reading state: lost tables and columns, held locks, failed writes, hostile imports."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import paperterm.state.db as db_module
from paperterm.cli import main
from paperterm.model.loader import load_issue
from paperterm.state.db import FILENAME
from paperterm.state.reading import ArticleRecord, IssueKey, ReadingState
from paperterm.state.session import ReadingSession
from tests.conftest import SAMPLE

pytestmark = pytest.mark.faults

KEY = IssueKey("sxrb", "2024-11-19")
ISSUE = load_issue(SAMPLE)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's state folder, with an article and an issue in it."""
    monkeypatch.setenv("PAPERTERM_STATE_DIR", str(tmp_path / "state"))
    state = ReadingState.open(tmp_path / "state")
    state.save_articles(KEY, [ArticleRecord("a", "read", 3, 40, 1.0)])
    state.opened_issue(
        KEY, paper="山西日报", path=None, total_articles=8, last_page=1, last_article="a", last_title="甲"
    )
    state.close()
    return tmp_path / "state"


def sql(folder: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(folder / FILENAME)) as raw:
        for statement in statements:
            raw.execute(statement)
        raw.commit()


@contextlib.contextmanager
def held(folder: Path) -> Iterator[None]:
    """Another process's write transaction on the state file."""
    other = sqlite3.connect(folder / FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.close()


@pytest.mark.parametrize("table", ["articles", "issues", "kept", "prefs", "schema_version"])
def test_a_lost_table_is_made_again_and_every_command_works(
    folder: Path, table: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(folder, f"DROP TABLE {table}")
    for argv in (["recent"], ["kept"], ["state", "export"], ["state", "reset", "--yes"], ["recent"]):
        assert main(argv) == 0, argv
    _out, err = capsys.readouterr()
    said = [line for line in err.splitlines() if line]
    if table == "schema_version":  # the tables are all there: only the version is written again
        assert said == []
    else:
        assert said == [f"paperterm: The reading-state file had lost {table}; made again, empty."]
    assert "Traceback" not in err and not list(folder.glob("*corrupt*"))
    state = ReadingState.open(folder)
    assert state.notice is None and state.recent() == [] and state.export()["articles"] == []


def test_a_table_without_its_columns_is_moved_aside_with_a_notice(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(
        folder,
        "DROP TABLE articles",
        "CREATE TABLE articles (paper_id TEXT, date TEXT, article_id TEXT)",
    )
    assert main(["state", "reset", "--yes"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "table articles has no column state" in err and "moved to" in err
    assert len(list(folder.glob(f"{FILENAME}.corrupt-*"))) == 1
    state = ReadingState.open(folder)
    assert state.notice is None
    state.save_articles(KEY, [ArticleRecord("b", "read")])
    assert state.articles(KEY)["b"].state == "read"


def test_a_newer_schema_is_left_where_it_is(folder: Path) -> None:
    sql(folder, "UPDATE schema_version SET version = 99")
    before = (folder / FILENAME).read_bytes()
    state = ReadingState.open(folder)
    assert state.path is None and "newer paperterm" in (state.notice or "")
    assert (folder / FILENAME).read_bytes() == before and not list(folder.glob("*corrupt*"))


def test_a_reset_without_a_file_to_reset_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way")
    monkeypatch.setenv("PAPERTERM_STATE_DIR", str(blocked / "state"))
    assert main(["state", "reset", "--yes"]) == 1


def test_positions_stay_pending_until_written(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    session = ReadingSession(ReadingState.open(folder), ISSUE)
    session.open(1, "lf-answer", "临汾")
    session.move("lf-answer", 4, 120, 0.5, at_end=False)
    with held(folder):
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            session.flush()
        assert session.pending(), "a write that failed is still to do"
        session.move("lf-answer", 5, 7, 0.6, at_end=False)  # the reader goes on meanwhile
        with pytest.raises(sqlite3.OperationalError):
            session.flush()
    assert session.pending()
    session.flush()
    assert not session.pending()
    session.state.close()
    state = ReadingState.open(folder)
    assert state.articles(KEY)["lf-answer"] == ArticleRecord("lf-answer", "opened", 5, 7, 0.6)
    left = state.issue(KEY)
    assert left is not None and (left.last_page, left.last_article) == (1, "lf-answer")
    assert state.last_issue() == {"paper_id": "sxrb", "date": "2024-11-19", "path": ISSUE.path}


def test_a_state_whose_rows_were_edited_out_of_range_reads_in_range(folder: Path) -> None:
    sql(folder, "UPDATE articles SET block = 1e30, offset = -5, progress = 1e308")
    state = ReadingState.open(folder)
    assert state.articles(KEY)["a"] == ArticleRecord("a", "read", 1_000_000, 0, 1.0)


GOOD = {
    "format": "paperterm-state/1",
    "issues": [
        {
            "paper_id": "sxrb",
            "date": "2024-11-19",
            "paper": "山西日报",
            "path": None,
            "total_articles": 8,
            "last_page": 1,
            "last_article": "a",
            "last_title": "甲",
            "opened_at": 1.7e9,
        }
    ],
    "articles": [
        {
            "paper_id": "sxrb",
            "date": "2024-11-19",
            "article_id": "a",
            "state": "read",
            "block": 3,
            "offset": 40,
            "progress": 1.0,
        }
    ],
    "prefs": {},
}


def edited(where: str, key: str, value: object) -> dict[str, object]:
    data = json.loads(json.dumps(GOOD))
    data[where][0][key] = value
    return data


BAD = [
    (edited("articles", "progress", 1e308), "articles[0].progress", "1e+308"),
    (edited("articles", "progress", -0.5), "articles[0].progress", "-0.5"),
    (edited("articles", "progress", "NaN"), "articles[0].progress", "'NaN'"),
    (edited("articles", "block", 10**30), "articles[0].block", "1000000000000000000000000000000"),
    (edited("articles", "block", -2), "articles[0].block", "-2"),
    (edited("articles", "offset", 2**63), "articles[0].offset", "9223372036854775808"),
    (edited("articles", "offset", 1.5), "articles[0].offset", "1.5"),
    (edited("articles", "offset", True), "articles[0].offset", "True"),
    (edited("articles", "state", "skimmed"), "articles[0].state", "'skimmed'"),
    (edited("articles", "article_id", ["a", "b"]), "articles[0].article_id", "['a', 'b']"),
    (edited("articles", "date", "2024-02-30"), "articles[0].date", "'2024-02-30'"),
    (edited("issues", "paper", {"x": 1}), "issues[0].paper", "{'x': 1}"),
    (edited("issues", "last_page", 2**63), "issues[0].last_page", "9223372036854775808"),
    (edited("issues", "opened_at", 1e400), "issues[0].opened_at", "inf"),
    (edited("issues", "total_articles", -1), "issues[0].total_articles", "-1"),
    (edited("issues", "last_title", "x" * 20_000), "issues[0].last_title", "'xxxx"),
    ({**GOOD, "articles": {"a": 1}}, "'articles' is not a list", ""),
    ({**GOOD, "articles": ["a"]}, "articles[0] is not an entry", ""),
    ({**GOOD, "prefs": []}, "'prefs' is not a table", ""),
]


@pytest.mark.parametrize(("data", "where", "shown"), BAD, ids=[b[1] for b in BAD])
def test_state_import_checks_every_value_and_changes_nothing(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], data: object, where: str, shown: str
) -> None:
    before = ReadingState.open(folder).export()
    file = tmp_path / "edited.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    assert main(["state", "import", str(file)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"paperterm: {file}: not a whole export: {where}"), err
    assert shown in err
    assert ReadingState.open(folder).export() == before


def test_state_import_cleans_text_of_terminal_controls(folder: Path, tmp_path: Path) -> None:
    hostile = "\x1b[2J\x1b]52;c;cHduZWQ=\x07标题\u202e反\u2028"
    file = tmp_path / "hostile.json"
    file.write_text(json.dumps(edited("issues", "last_title", hostile)), encoding="utf-8")
    assert main(["state", "import", str(file)]) == 0
    record = ReadingState.open(folder).issue(KEY)
    assert record is not None and record.last_title == "[2J]52;c;cHduZWQ=标题反"


def test_an_export_imports_back_whole(folder: Path, tmp_path: Path) -> None:
    file = tmp_path / "good.json"
    file.write_text(json.dumps(GOOD), encoding="utf-8")
    assert main(["state", "import", str(file)]) == 0
    exported = ReadingState.open(folder).export()
    assert exported["articles"] == GOOD["articles"] and exported["issues"] == GOOD["issues"]
