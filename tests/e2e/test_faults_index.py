"""Faults in the search index: parallel searches as issues arrive, damaged rows, a garbage file, a held lock.

Every answer is compared with a brute-force scan of the issue files. Issues arrive as a
scraper should deliver them, by a rename into the library, so no search sees half a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from paperterm.cache import index_files
from paperterm.cache.fold_table import opencc_fold
from paperterm.cache.search_index import SearchIndex, index_location
from paperterm.model.loader import load_issue
from paperterm.model.query import article_text, parse_query

pytestmark = pytest.mark.faults

FOLD = opencc_fold(None)
QUERIES = ("煤矿", "高质量", "隐患 -临汾", "太原")
Hit = tuple[str, str, str]


def hits_in(path: Path, query: str) -> set[Hit]:
    """The (date, paper, article) of one file whose folded text matches: the brute-force answer."""
    parsed = parse_query(query, FOLD)
    issue = load_issue(path)
    return {
        (issue.date.isoformat(), issue.paper_id, article.id)
        for _, article in issue.articles()
        if parsed.matches(FOLD(article_text(article)))
    }


class Arrivals:
    """Issue files made ahead in a staging folder and renamed into the library one by one."""

    def __init__(self, tmp_path: Path, days: int) -> None:
        from bench.make_archive import make_archive

        self.library = tmp_path / "library"
        self.library.mkdir()
        self.waiting = make_archive(tmp_path / "staging", days=days, papers=2, pages=2, articles=3)
        self.waiting.sort(key=lambda p: (p.stem, p.parent.name))
        self.answers = {path.relative_to(tmp_path / "staging"): {} for path in self.waiting}
        self.staging = tmp_path / "staging"
        self.arrived: list[Path] = []

    def arrive(self, count: int) -> None:
        for path in self.waiting[:count]:
            target = self.library / path.relative_to(self.staging)
            target.parent.mkdir(exist_ok=True)
            os.rename(path, target)
            self.arrived.append(target)
        del self.waiting[:count]

    def scan(self, query: str) -> set[Hit]:
        found: set[Hit] = set()
        for path in self.arrived:
            answers = self.answers[path.relative_to(self.library)]
            if query not in answers:
                answers[query] = hits_in(path, query)
            found |= answers[query]
        return found


def search(library: Path, query: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "paperterm",
            "search",
            "--library",
            str(library),
            "--json",
            "--limit",
            "100000",
            "--",
            query,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def answer(process: subprocess.Popen[str]) -> tuple[int, set[Hit], str]:
    out, err = process.communicate(timeout=60)
    rows = json.loads(out) if process.returncode in (0, 1) and out.strip() else []
    return process.returncode, {(r["date"], r["paper_id"], r["article_id"]) for r in rows}, err


@pytest.fixture
def env(isolated_user: Path) -> dict[str, str]:
    return {
        "HOME": str(isolated_user),
        "PATH": os.environ.get("PATH", ""),
        "LANG": "C.UTF-8",
        "PYTHONPATH": os.pathsep.join(sys.path),
        "PAPERTERM_CACHE_DIR": str(isolated_user / ".cache" / "paperterm"),
        "PAPERTERM_STATE_DIR": str(isolated_user / "state"),
    }


def index_file(isolated_user: Path, library: Path) -> Path:
    return index_location(isolated_user / ".cache" / "paperterm", library)


def current(base: Path) -> Path:
    number = index_files.newest(base)
    assert number is not None
    return index_files.generation_path(base, number)


def test_parallel_searches_while_issues_arrive_answer_what_a_scan_answers(
    tmp_path: Path, env: dict[str, str], isolated_user: Path
) -> None:
    """22 rounds: three issues arrive, four searches start together and one more issue arrives meanwhile.

    Each search answers exactly the scan of the library before or after that last
    arrival, with nothing on stderr and exit 0; no round takes the index for damaged.
    """
    rounds = 22
    files = Arrivals(tmp_path, days=2 * rounds + 2)
    files.arrive(2)
    for n in range(rounds):
        files.arrive(1)
        coming = files.waiting[0]
        query = next(q for q in QUERIES[n % 2 :] if hits_in(coming, q))  # one the arrival changes
        before = files.scan(query)
        running = [search(files.library, query, env) for _ in range(4)]
        files.arrive(1)
        after = files.scan(query)
        assert before and before < after, "each round must change the answer"
        for status, found, err in map(answer, running):
            assert (status, err) == (0, ""), f"round {n}: exit {status}: {err}"
            assert found in (before, after), (
                f"round {n}: {len(found)} hits, not {len(before)} or {len(after)}"
            )
    base = index_file(isolated_user, files.library)
    assert index_files.newest(base) == 0, "no search took a lost race for damage"
    with contextlib.closing(sqlite3.connect(base)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (count,) = db.execute("SELECT count(*) FROM files").fetchone()
    assert count == len(files.arrived)


@pytest.fixture
def built(tmp_path: Path, env: dict[str, str], isolated_user: Path) -> Iterator[tuple[Arrivals, Path]]:
    """A library of 12 issues and its index, built by one search; four more issues wait to arrive."""
    files = Arrivals(tmp_path, days=8)
    files.arrive(12)
    status, found, err = answer(search(files.library, "煤矿", env))
    assert (status, err) == (0, "") and found == files.scan("煤矿")
    yield files, index_file(isolated_user, files.library)


def test_damaged_rows_are_read_again_from_their_issue_files(
    built: tuple[Arrivals, Path], env: dict[str, str]
) -> None:
    files, base = built
    with contextlib.closing(sqlite3.connect(current(base))) as db:
        db.execute("UPDATE articles SET text = x'deadbeef' WHERE id % 3 = 0")  # not zlib
        db.execute("UPDATE articles SET text = ? WHERE id % 3 = 1", (b"x\x9c\x03\x00",))  # zlib, cut short
        db.execute("UPDATE files SET date = 'the 32nd of May' WHERE id % 4 = 0")
        db.commit()
    for query in QUERIES:
        status, found, err = answer(search(files.library, query, env))
        assert (status, err) == (0, ""), err
        assert found == files.scan(query)
    index = SearchIndex(base, files.library, FOLD)
    try:
        assert not index.rebuilt
        met: list[set[int]] = []
        real = index._refresh
        index._refresh = lambda changed, damaged: (met.append(damaged), real(changed, damaged))[1]  # type: ignore[method-assign]
        for query in QUERIES:
            hits = index.search(parse_query(query, FOLD))
            assert {(h.date.isoformat(), h.paper_id, h.article_id) for h in hits} == files.scan(query)
        assert not any(met), "every damaged row these queries meet was read again: no damage is left"
    finally:
        index.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "zeroed pages"])
def test_a_damaged_index_file_is_replaced_beside_it_and_the_query_runs_on_a_full_one(
    built: tuple[Arrivals, Path], env: dict[str, str], damage: str
) -> None:
    files, base = built
    data = base.read_bytes()
    if damage == "garbage":
        base.write_bytes(b"not a database, not at all " * 200)
    elif damage == "truncated":
        base.write_bytes(data[: len(data) // 3])
    else:  # the header intact, the pages after the first few zeroed
        base.write_bytes(data[:8192] + bytes(len(data) - 8192))
    for query in QUERIES:
        status, found, err = answer(search(files.library, query, env))
        assert (status, err, found) == (0, "", files.scan(query))
    assert index_files.newest(base) == 1
    assert not base.exists(), "nobody had the damaged generation open: it is swept"


def test_a_rebuild_leaves_a_generation_another_process_has_open(
    built: tuple[Arrivals, Path], env: dict[str, str]
) -> None:
    files, base = built
    holder = SearchIndex(base, files.library, FOLD)
    try:
        with contextlib.closing(sqlite3.connect(base)) as db:  # as an older paperterm left it, say
            db.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
            db.commit()
        status, found, err = answer(search(files.library, "高质量", env))
        assert (status, err, found) == (0, "", files.scan("高质量"))
        assert index_files.newest(base) == 1 and base.exists(), "the holder's file is still there"
        holder.sync()
        held = {
            (h.date.isoformat(), h.paper_id, h.article_id) for h in holder.search(parse_query("隐患", FOLD))
        }
        assert held == files.scan("隐患")
    finally:
        holder.close()
    files.arrive(2)
    status, found, err = answer(search(files.library, "隐患", env))
    assert (status, err, found) == (0, "", files.scan("隐患"))
    assert not base.exists() and not Path(f"{base}-wal").exists(), "swept once nobody holds it"


def test_a_lock_held_past_the_busy_timeout_says_so_and_exits_2(
    built: tuple[Arrivals, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import paperterm.cache.search_index as search_index
    from paperterm.cli import main

    files, base = built
    files.arrive(1)  # something to write
    monkeypatch.setattr(search_index, "BUSY_SECONDS", 0.3)
    writer = sqlite3.connect(current(base), isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        assert main(["search", "煤矿", "--library", str(files.library)]) == 2
    finally:
        writer.close()
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("paperterm: the search index failed (database is locked)")
    assert err.count("\n") == 1 and index_files.newest(base) == 0, "a lock is not damage"
