"""The reading-state store and session, without the UI."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest

from paperterm.model.loader import load_issue
from paperterm.state import db as db_module
from paperterm.state.db import FILENAME, schema_version
from paperterm.state.reading import ArticleRecord, IssueKey, ReadingState
from paperterm.state.session import ReadingSession, issue_key
from tests.conftest import SAMPLE

KEY = IssueKey("sxrb", "2024-11-19")
ISSUE = load_issue(SAMPLE)


def test_new_store_is_wal_with_a_schema_version(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path)
    assert state.path == tmp_path / FILENAME and state.notice is None
    raw = sqlite3.connect(tmp_path / FILENAME)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema_version(raw) == len(db_module.MIGRATIONS) == 2
    state.close()
    assert ReadingState.open(tmp_path).notice is None  # reopening migrates nothing and complains of nothing


def test_positions_and_issue_records(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path)
    state.save_articles(
        KEY, [ArticleRecord("a", "read", 3, 40, 1.0), ArticleRecord("b", "opened", 1, 7, 0.2)]
    )
    state.opened_issue(
        KEY, paper="山西日报", path="x.yaml", total_articles=8, last_page=1, last_article="b", last_title="乙"
    )
    other = IssueKey("sxrb", "2024-11-20")
    state.opened_issue(
        other, paper="山西日报", path=None, total_articles=3, last_page=2, last_article=None, last_title=None
    )
    assert state.articles(KEY)["b"] == ArticleRecord("b", "opened", 1, 7, 0.2)
    recent = state.recent()
    assert [r.date for r in recent] == ["2024-11-20", "2024-11-19"]
    assert (recent[1].read, recent[1].total_articles, recent[1].last_title) == (1, 8, "乙")
    assert state.last_issue() == {"paper_id": "sxrb", "date": "2024-11-20", "path": None}


def test_last_write_per_article_wins_across_connections(tmp_path: Path) -> None:
    one, two = ReadingState.open(tmp_path), ReadingState.open(tmp_path)
    one.save_articles(KEY, [ArticleRecord("a", "opened", 1, 1, 0.1)])
    two.save_articles(KEY, [ArticleRecord("a", "opened", 2, 2, 0.2), ArticleRecord("b", "read", 0, 0, 1.0)])
    one.save_articles(KEY, [ArticleRecord("a", "read", 3, 3, 1.0)])
    assert ReadingState.open(tmp_path).articles(KEY) == {
        "a": ArticleRecord("a", "read", 3, 3, 1.0),
        "b": ArticleRecord("b", "read", 0, 0, 1.0),
    }


def _writer(folder: str, name: str, seconds: float) -> None:
    state = ReadingState.open(Path(folder))
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        state.save_articles(KEY, [ArticleRecord(f"{name}-{n % 50}", "opened", n % 7, n, 0.5)])
        state.set_pref(f"last-{name}", n)
        n += 1


def test_two_processes_writing_at_once_never_corrupt_the_file(tmp_path: Path) -> None:
    ReadingState.open(tmp_path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(str(tmp_path), name, 2.0)) for name in ("ssh1", "ssh2")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
        assert worker.exitcode == 0
    raw = sqlite3.connect(tmp_path / FILENAME)
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ids = {row[0] for row in raw.execute("SELECT article_id FROM articles")}
    assert any(i.startswith("ssh1-") for i in ids) and any(i.startswith("ssh2-") for i in ids)


def test_random_bytes_are_moved_aside_and_a_fresh_store_started(tmp_path: Path) -> None:
    (tmp_path / FILENAME).write_bytes(bytes(range(256)) * 64)
    state = ReadingState.open(tmp_path)
    assert state.notice is not None and "moved to state.sqlite3.corrupt-" in state.notice
    aside = [p for p in tmp_path.iterdir() if p.name.startswith(f"{FILENAME}.corrupt-")]
    assert len(aside) == 1 and aside[0].read_bytes() == bytes(range(256)) * 64
    state.save_articles(KEY, [ArticleRecord("a", "read")])
    assert state.articles(KEY)["a"].state == "read"


def test_a_folder_that_cannot_be_written_means_memory_and_a_notice(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("in the way")
    state = ReadingState.open(blocked / "state")
    assert state.path is None and state.notice is not None and "cannot be saved" in state.notice
    state.save_articles(KEY, [ArticleRecord("a", "read")])  # still works, for this session
    assert state.articles(KEY)["a"].state == "read"


def test_a_read_only_database_means_memory_and_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = db_module._prepare

    def readonly(connection: sqlite3.Connection) -> None:
        if connection.execute("PRAGMA database_list").fetchone()[2]:  # a file, not :memory:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        real(connection)

    monkeypatch.setattr(db_module, "_prepare", readonly)
    state = ReadingState.open(tmp_path)
    assert state.path is None and "cannot be saved" in (state.notice or "")


def test_a_newer_schema_is_not_touched(tmp_path: Path) -> None:
    ReadingState.open(tmp_path).close()
    raw = sqlite3.connect(tmp_path / FILENAME)
    with raw:
        raw.execute("UPDATE schema_version SET version = 99")
    state = ReadingState.open(tmp_path)
    assert state.notice is not None and "newer paperterm" in state.notice


def test_export_import_round_trip(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path / "one")
    state.save_articles(KEY, [ArticleRecord("a", "read", 3, 40, 1.0)])
    state.opened_issue(
        KEY, paper="山西日报", path=None, total_articles=8, last_page=1, last_article="a", last_title="甲"
    )
    state.set_pref("settings", {"script_on": True})
    exported = state.export()
    other = ReadingState.open(tmp_path / "two")
    other.save_articles(KEY, [ArticleRecord("zzz", "read")])
    other.import_(exported)
    assert other.export() == exported
    with pytest.raises(ValueError, match="not a paperterm-state/1 export"):
        other.import_({"format": "something else"})
    with pytest.raises(ValueError, match="not a whole export"):
        other.import_({"format": "paperterm-state/1", "articles": [{"paper_id": "x"}]})
    assert other.export() == exported, "a failed import changes nothing"
    other.reset()
    assert other.export()["articles"] == [] and other.recent() == []


def test_session_states_and_navigation(tmp_path: Path) -> None:
    session = ReadingSession(ReadingState.open(tmp_path), ISSUE)
    order = [a.id for _, a in ISSUE.articles()]
    assert session.record("lf-answer").state == "unread"
    assert session.open(1, "lf-answer", "临汾")
    assert session.record("lf-answer").state == "opened"
    assert session.move("lf-answer", 4, 120, 0.5, at_end=False)
    assert session.record("lf-answer") == ArticleRecord("lf-answer", "opened", 4, 120, 0.5)
    session.move("lf-answer", 12, 0, 1.0, at_end=True)
    assert session.record("lf-answer").state == "read"
    session.move("lf-answer", 0, 0, 0.1, at_end=False)
    assert session.record("lf-answer").state == "read", "scrolling back up does not unread"
    session.toggle_read("lf-answer")
    assert session.record("lf-answer").state == "opened"
    session.mark_read(order[:3])
    assert session.next_unread(order, "special-vehicles") == "science-bases"
    assert session.next_unread(order, "trade-growth") == "science-bases"
    assert session.unread_count(order) == 5
    session.mark_read(order)
    assert session.next_unread(order, None) is None
    assert session.pending()
    session.flush()
    assert not session.pending()
    saved = ReadingState.open(tmp_path)
    assert all(r.state == "read" for r in saved.articles(issue_key(ISSUE)).values())
    assert saved.issue(issue_key(ISSUE)).last_article == "lf-answer"  # type: ignore[union-attr]
