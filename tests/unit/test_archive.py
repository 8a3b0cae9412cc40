"""The archive without the UI: library listing, open by date, list, and search against a brute-force scan."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

from paperterm.cache.fold_table import opencc_fold
from paperterm.cache.search_index import SearchIndex, index_location
from paperterm.cli import main
from paperterm.model.library import ANY, Library
from paperterm.model.loader import load_issue
from paperterm.model.query import QueryError, article_text, parse_query, split_terms
from tests.conftest import SAMPLE

FOLD = opencc_fold(None)
QUERIES = [
    "煤", "礦", "，", "煤矿", "煤礦", "臨汾", "高质量", "高質量", "隐蔽致灾因", "隱蔽致災因",
    "煤矿 临汾", "煤礦 -臨汾", '"通知 明确"', "90.5%", "不存在的词",
]  # fmt: skip


def brute_force(root: Path, text: str) -> set[tuple[str, str, str]]:
    """Every (date, paper, article) whose folded text holds the words: a plain scan of the files."""
    groups, unwanted = split_terms(text)
    found = set()
    for path in sorted(root.rglob("*.yaml")):
        issue = load_issue(path)
        for _, article in issue.articles():
            folded = FOLD(article_text(article))
            wanted = all(any(FOLD(w) in folded for w in group) for group in groups)
            if wanted and not any(FOLD(w) in folded for w in unwanted):
                found.add((issue.date.isoformat(), issue.paper_id, article.id))
    return found


def indexed(index: SearchIndex, text: str) -> set[tuple[str, str, str]]:
    return {(h.date.isoformat(), h.paper_id, h.article_id) for h in index.search(parse_query(text, FOLD))}


@pytest.fixture
def index(archive: Path, tmp_path: Path):
    built = SearchIndex(tmp_path / "index.sqlite", archive, FOLD)
    built.sync()
    yield built
    built.close()


def test_listing_reads_file_names_only(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import paperterm.model.loader as loader

    parsed: list[str] = []
    real = loader.parse_issue
    monkeypatch.setattr(loader, "parse_issue", lambda *a, **k: parsed.append(a[1]) or real(*a, **k))
    library = Library.scan(archive)
    assert library.papers == ["sxrb", "tyrb"]
    assert len(library.refs) == 2 * (40 - 40 // 7)
    assert main(["list", "--library", str(archive)]) == 0
    assert parsed == [], "neither scanning nor `list` may parse an issue"


def test_nearest_dates_and_steps(archive: Path) -> None:
    library = Library.scan(archive)
    missing = dt.date(2015, 1, 7)  # every 7th day has no issue
    assert library.on(missing) == []
    before, after = library.nearest(missing, "sxrb")
    assert (before and before.date, after and after.date) == (dt.date(2015, 1, 6), dt.date(2015, 1, 8))
    assert library.nearest_message(missing, ANY) == (
        "no issue for 2015-01-07; nearest: 2015-01-06 (earlier), 2015-01-08 (later)"
    )
    first = library.issues("tyrb")[0]
    assert library.step(first, -1) is None
    step = library.step(first, 1)
    assert step is not None and (step.paper_id, step.date) == ("tyrb", dt.date(2015, 1, 2))


def test_open_by_date_with_several_papers(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cat", "2015-01-03", "--library", str(archive)]) == 2
    assert "several papers have an issue on 2015-01-03 (sxrb, tyrb); choose one with --paper" in (
        capsys.readouterr().err
    )
    assert main(["cat", "2015-01-03", "p1a0", "--paper", "tyrb", "--library", str(archive)]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["open", "2015-01-07", "--library", str(archive)]) == 2
    err = capsys.readouterr().err
    assert err == "paperterm: no issue for 2015-01-07; nearest: 2015-01-06 (earlier), 2015-01-08 (later)\n"
    assert main(["cat", "2015-01-03", "--paper", "nope", "--library", str(archive)]) == 2
    assert "no paper 'nope'" in capsys.readouterr().err


def test_list_filters_and_shows_read_progress(
    archive: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from paperterm.state.reading import ArticleRecord, IssueKey, ReadingState

    monkeypatch.setenv("PAPERTERM_STATE_DIR", str(tmp_path / "state"))
    state = ReadingState.open(tmp_path / "state")
    key = IssueKey("tyrb", "2015-01-02")
    state.opened_issue(
        key, paper="太原日报", path=None, total_articles=9, last_page=1, last_article="p1a0", last_title=None
    )
    state.save_articles(key, [ArticleRecord("p1a0", "read"), ArticleRecord("p1a1", "read")])
    state.close()
    argv = ["list", "--paper", "tyrb", "--from", "2015-01-02", "--to", "20150104", "--library", str(archive)]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2015年1月2日 星期五    tyrb     太原日报  2/9 read",
        "2015年1月3日 星期六    tyrb     太原日报  not opened",
        "2015年1月4日 星期日    tyrb     太原日报  not opened",
    ]
    assert main(["list", "--from", "2015-13-01", "--library", str(archive)]) == 2
    assert "not a date" in capsys.readouterr().err


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_exactly_what_a_scan_of_the_files_finds(
    archive: Path, index: SearchIndex, query: str
) -> None:
    assert indexed(index, query) == brute_force(archive, query)


def test_one_and_two_character_queries_are_not_empty(archive: Path, index: SearchIndex) -> None:
    # The trap the issue names: a trigram index answers nothing for these; ours must find them.
    for query in ("煤", "礦", "煤矿", "煤礦"):
        assert len(indexed(index, query)) > 10, query


def test_results_are_newest_first_grouped_by_issue_with_snippets(index: SearchIndex) -> None:
    hits = index.search(parse_query("煤礦", FOLD))
    keys = [(h.date, h.paper_id) for h in hits]
    assert keys == sorted(keys, key=lambda k: (-k[0].toordinal(), k[1]))
    for hit in hits[:20]:
        (start, end), *_ = hit.spans
        assert hit.snippet[start:end] == "煤矿"
    limited = index.search(parse_query("煤礦", FOLD), limit=3, paper="tyrb", start=dt.date(2015, 1, 10))
    assert [h.paper_id for h in limited] == ["tyrb"] * 3 and limited == [
        h for h in hits if h.paper_id == "tyrb"
    ][:3]


def test_incremental_update_after_add_change_and_delete(
    archive: Path, index: SearchIndex, tmp_path: Path
) -> None:
    word = "独一无二的检索词"
    changed = archive / "sxrb" / "2015-01-02.yaml"
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("    body:\n", f"    body:\n    - {word}\n", 1), encoding="utf-8")
    added = archive / "tyrb" / "2015-01-07.yaml"
    shutil.copy(SAMPLE, added)
    added.write_text(SAMPLE.read_text(encoding="utf-8").replace("2024-11-19", "2015-01-07"), encoding="utf-8")
    removed = archive / "sxrb" / "2015-01-03.yaml"
    removed.unlink()
    report = index.sync()
    assert (report.added, report.changed, report.removed) == (1, 1, 1)
    assert {(h.date.isoformat(), h.paper_id) for h in index.search(parse_query(word, FOLD))} == {
        ("2015-01-02", "sxrb")
    }
    for query in ("煤矿", "临汾", word):
        assert indexed(index, query) == brute_force(archive, query)
    touched = archive / "sxrb" / "2015-01-04.yaml"
    os.utime(touched, ns=(1, 1))  # new mtime, same bytes: the hash says nothing changed
    assert index.sync().changed == 0
    assert index.sync() == type(report)()


def test_a_file_changed_between_searches_never_answers_from_its_old_text(
    archive: Path, tmp_path: Path
) -> None:
    location = tmp_path / "index.sqlite"
    target = archive / "tyrb" / "2015-01-05.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace("    body:\n", "    body:\n    - 旧词\n", 1))
    first = SearchIndex(location, archive, FOLD)
    first.sync()
    assert indexed(first, "旧词") == {("2015-01-05", "tyrb", "p1a0")}
    first.close()
    target.write_text(target.read_text(encoding="utf-8").replace("旧词", "新词"), encoding="utf-8")
    again = SearchIndex(location, archive, FOLD)
    again.sync()
    assert indexed(again, "旧词") == set() and indexed(again, "新词") == {("2015-01-05", "tyrb", "p1a0")}
    again.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong-schema"])
def test_a_corrupt_index_is_rebuilt(archive: Path, tmp_path: Path, damage: str) -> None:
    location = tmp_path / "index.sqlite"
    built = SearchIndex(location, archive, FOLD)
    built.sync()
    expected = indexed(built, "煤矿")
    built.close()
    if damage == "garbage":
        location.write_bytes(b"this is not a database" * 100)
    elif damage == "truncated":
        location.write_bytes(location.read_bytes()[:5000])
    else:
        import sqlite3

        with sqlite3.connect(location) as db:
            db.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    again = SearchIndex(location, archive, FOLD)
    again.sync()
    assert again.rebuilt and indexed(again, "煤矿") == expected
    again.close()


def test_query_words_phrases_and_exclusions() -> None:
    assert split_terms('煤矿 "安全 生产" -事故 -"a b"') == ([["煤矿"], ["安全 生产"]], ["事故", "a b"])
    assert split_terms('煤矿 安全 OR 事故 OR "OR" -OR') == ([["煤矿"], ["安全", "事故", "OR"]], ["OR"])
    assert split_terms("OR 煤矿 OR") == ([["煤矿"]], [])
    with pytest.raises(QueryError):
        parse_query("-煤矿", FOLD)
    with pytest.raises(QueryError):
        parse_query("   ", FOLD)


def test_search_command_prints_grouped_hits_and_json(
    archive: Path, capsys: pytest.CaptureFixture[str], isolated_user: Path
) -> None:
    argv = [
        "search",
        "煤礦",
        "--library",
        str(archive),
        "--paper",
        "sxrb",
        "--to",
        "2015-01-03",
        "--limit",
        "2",
    ]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == "2015-01-03  sxrb  山西日报"
    assert lines[1].startswith("  第") and "[p" in lines[1] and "煤矿" in lines[2]
    assert "first 2 hits" in err
    assert index_location(isolated_user / ".cache" / "paperterm", archive).exists()
    assert main([*argv, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    start, end = rows[0]["matches"][0]
    assert rows[0]["snippet"][start:end] == "煤矿" and Path(rows[0]["path"]).is_file()
    assert main(["search", "不存在的词", "--library", str(archive)]) == 1
    assert main(["search", "--library", str(archive), "--", "-煤矿"]) == 2
    assert "no word to find" in capsys.readouterr().err


def test_an_opened_issue_is_parsed_once_until_its_file_changes(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import paperterm.cache.parse_cache as parse_cache
    import paperterm.model.loader as loader
    from paperterm.cache.parse_cache import load_cached

    parsed: list[str] = []
    real = loader.parse_issue
    monkeypatch.setattr(loader, "parse_issue", lambda *a, **k: parsed.append(a[1]) or real(*a, **k))
    path, cache = archive / "sxrb" / "2015-01-02.yaml", tmp_path / "parsed"
    first = load_cached(path, "sxrb", cache)
    assert load_cached(path, "sxrb", cache) == first and len(parsed) == 1
    path.write_text(path.read_text(encoding="utf-8").replace("版1", "版一"), encoding="utf-8")
    changed = load_cached(path, "sxrb", cache)
    assert len(parsed) == 2 and changed.pages[0].name == "版一"
    for entry in cache.iterdir():
        entry.write_bytes(b"\x80\x04 not a pickle")
    assert load_cached(path, "sxrb", cache) == changed and len(parsed) == 3
    monkeypatch.setattr(parse_cache, "SHAPE", (("paper", "date"),))  # the model's fields changed
    assert load_cached(path, "sxrb", cache) == changed and len(parsed) == 4


def test_the_library_is_listed_again_only_when_a_folder_changed(archive: Path) -> None:
    library = Library.scan(archive)
    assert library.rescanned() is library
    shutil.copy(archive / "tyrb" / "2015-01-01.yaml", archive / "tyrb" / "2015-01-07.yaml")
    again = library.rescanned()
    assert again is not library and len(again.refs) == len(library.refs) + 1
    (archive / "sxrb" / "2015-01-01.yaml").unlink()
    assert len(again.rescanned().refs) == len(library.refs)


def test_building_reports_progress_file_by_file(archive: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    index = SearchIndex(tmp_path / "fresh.sqlite", archive, FOLD)
    index.sync(lambda done, total: seen.append((done, total)))
    total = len(Library.scan(archive).refs)
    assert seen == [(n, total) for n in range(1, total + 1)]
    seen.clear()
    index.sync(lambda done, total: seen.append((done, total)))
    assert seen == [], "an index that is up to date has nothing to report"
    index.close()


def test_an_unwritable_cache_still_searches_and_says_so(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "cache-is-a-file"
    not_a_folder.write_text("x")
    monkeypatch.setenv("PAPERTERM_CACHE_DIR", str(not_a_folder))
    assert main(["search", "煤礦", "--library", str(archive), "--limit", "1"]) == 0
    out, err = capsys.readouterr()
    assert "煤矿" in out and "the search index cannot be kept" in err and err.count("paperterm:") == 1
    assert not_a_folder.read_text() == "x"


def test_a_broken_file_is_left_out_of_the_search_and_named(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = archive / "tyrb" / "2015-01-02.yaml"
    broken.write_text("format: paperterm/1\npaper: [\n", encoding="utf-8")
    assert main(["search", "煤矿", "--library", str(archive), "--limit", "1"]) == 0
    err = capsys.readouterr().err
    assert f"paperterm: {broken}:" in err and "(left out of the search)" in err


def test_the_parse_cache_keeps_the_most_recent_issues_only(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import paperterm.cache.parse_cache as parse_cache

    monkeypatch.setattr(parse_cache, "MAX_ENTRIES", 3)
    cache = tmp_path / "parsed"
    paths = sorted((archive / "sxrb").glob("*.yaml"))[:5]
    for n, path in enumerate(paths):
        parse_cache.load_cached(path, "sxrb", cache)
        for entry in cache.glob("*.pickle"):  # mtimes one second apart, oldest first
            if entry.stem.startswith(path.stem):
                os.utime(entry, ns=(n * 10**9, n * 10**9))
    assert sorted(e.name.split("-")[:3] for e in cache.glob("*.pickle")) == sorted(
        p.stem.split("-") for p in paths[2:]
    )
