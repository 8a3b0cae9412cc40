"""The archive index against a brute-force scan, on a small corpus that looks like news.

The corpus comes from bench/realistic_corpus.py with a fixed seed and a small built-in
word list (no download): words drawn by frequency, rare names and places, numbers, in
both scripts (煤矿 and 煤礦, 临汾 and 臨汾 are different words of the list). Every
answer of the index (hits and --count) must be what folding and scanning every article
of every file gives, also after files are added, changed, removed and edited in place.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.realistic_corpus import make_corpus, vocabulary
from paperterm.cache.fold_table import opencc_fold
from paperterm.cache.search_index import SearchIndex
from paperterm.cli import main
from paperterm.model.loader import load_issue
from paperterm.model.query import Query, article_text, parse_query

FOLD = opencc_fold(None)
WORDS = """
的 90000 uj 了 40000 ul 在 30000 p 是 30000 v 和 25000 c 我们 8000 r 发展 6000 v 工作 5000 vn 安全 400 an
生产 350 vn 经济 300 n 經濟 60 n 国际 200 n 國際 30 n 合作 250 vn 人民 300 n 政府 300 n 建设 250 vn
企业 250 n 市场 200 n 项目 200 n 技术 150 n 创新 120 vn 煤矿 100 n 煤礦 25 n 煤炭 60 n 矿山 40 n
高质量 30 n 隐患 15 n 排查 15 v 事故 20 n 群众 120 n 干部 100 n 农村 80 n 乡村振兴 20 n 一带一路 8 n
张三丰 1 nr 王小明 1 nr 李华 1 nr 临汾 1 ns 臨汾 1 ns 太原 1 ns 晋城 1 ns 莱比锡 1 ns 山西焦煤集团 1 nt
"""
QUERIES = [
    "煤", "礦", "經", "的", "锡",  # one character
    "煤矿", "煤礦", "经济", "經濟", "臨汾", "合作", "万元",  # two
    "煤矿安全", "高质量发展", "山西焦煤集团", "隐患排查", "國際合作", "乡村振兴",  # longer
    "煤矿 安全", "煤礦 -臨汾", "安全 OR 隐患", "煤矿 安全 OR 事故 -太原", "隐患 OR 莱比锡 OR 晋城",
    "，", "。 煤", "不存在的词",
]  # fmt: skip
Hit = tuple[str, str, str]


def brute_force(root: Path, query: Query) -> set[Hit]:
    """Every (date, paper, article) whose folded text matches: every article of every file, folded."""
    found = set()
    for path in sorted(root.rglob("*.yaml")):
        issue = load_issue(path)
        for _, article in issue.articles():
            if query.matches(FOLD(article_text(article))):
                found.add((issue.date.isoformat(), issue.paper_id, article.id))
    return found


def hit_keys(index: SearchIndex, query: Query) -> set[Hit]:
    return {(h.date.isoformat(), h.paper_id, h.article_id) for h in index.hits(query)}


def settle(root: Path) -> None:
    """Age every folder's mtime past the racy window, so the index trusts them (as it would after 2 s)."""
    old = time.time_ns() - 60 * 10**9
    for folder in [root, *(p for p in root.iterdir() if p.is_dir())]:
        os.utime(folder, ns=(old, old))


@pytest.fixture(scope="module")
def vocab():  # type: ignore[no-untyped-def]
    words = WORDS.split()
    lines = [" ".join(words[i : i + 3]) for i in range(0, len(words), 3)]
    given = ("一鸣", "晓东", "建国", "丽华", "志强", "海燕", "春生", "秀英", "国庆", "玉兰")
    lines += [f"{family}{name} 1 nr" for family in "赵钱孙周吴郑冯陈" for name in given]  # a long tail
    return vocabulary("\n".join(lines))


@pytest.fixture
def corpus(tmp_path: Path, vocab) -> Path:  # type: ignore[no-untyped-def]
    root = tmp_path / "news"
    make_corpus(root, days=4, papers=2, seed=18, vocab=vocab)
    settle(root)
    return root


@pytest.fixture
def index(corpus: Path, tmp_path: Path) -> Iterator[SearchIndex]:
    built = SearchIndex(tmp_path / "index.sqlite", corpus, FOLD)
    built.sync()
    yield built
    built.close()


def check_all(index: SearchIndex, root: Path) -> None:
    for text in QUERIES:
        query = parse_query(text, FOLD)
        expected = brute_force(root, query)
        assert hit_keys(index, query) == expected, text
        assert index.count(query) == len(expected), text


def test_the_corpus_has_the_long_tail_and_both_scripts(corpus: Path) -> None:
    counts = {
        text: len(brute_force(corpus, parse_query(text, FOLD))) for text in ("的", "煤矿", "山西焦煤集团")
    }
    articles = len(brute_force(corpus, parse_query("。", FOLD)))
    assert counts["的"] > 0.9 * articles > 100
    assert 0 < counts["山西焦煤集团"] < articles / 3 and 0 < counts["煤矿"] < articles / 3
    texts = "".join(path.read_text(encoding="utf-8") for path in corpus.rglob("*.yaml"))
    assert "煤礦" in texts and "煤矿" in texts


def test_every_query_answers_as_a_scan_of_the_files(index: SearchIndex, corpus: Path) -> None:
    check_all(index, corpus)


@pytest.mark.parametrize("limit", [1, 5, 40, 300])
def test_the_first_hits_are_the_newest_of_every_hit_in_order(index: SearchIndex, limit: int) -> None:
    """However a search reads (articles newest first for a common character, the index for a
    rare one, batches sized by what answered), a limit gives the start of the full answer."""
    for text in QUERIES:
        query = parse_query(text, FOLD)
        every = [(h.date, h.paper_id, h.article_id) for h in index.hits(query)]
        first = [(h.date, h.paper_id, h.article_id) for h in index.search(query, limit=limit)]
        assert first == every[:limit], text
        assert every == sorted(every, key=lambda key: key[0], reverse=True), text


def test_count_needs_no_text_where_the_tokens_decide(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    import paperterm.cache.search_index as search_index

    query = parse_query("煤礦 -臨汾", FOLD)
    assert query.exact_in_index and not parse_query("煤矿安全", FOLD).exact_in_index
    hits = list(index.hits(query))
    papers = {hit.paper_id for hit in hits}
    monkeypatch.setattr(search_index, "_decoded", lambda blob: pytest.fail("count read an article's text"))
    assert index.count(query) == len(hits) > 0 and len(papers) == 2
    for paper in papers:
        assert index.count(query, paper=paper) == sum(hit.paper_id == paper for hit in hits)
    day = hits[0].date
    assert index.count(query, start=day, end=day) == sum(hit.date == day for hit in hits)


def test_after_add_change_delete_and_an_edit_in_place(index: SearchIndex, corpus: Path) -> None:
    papers = sorted(p for p in corpus.iterdir() if p.is_dir())
    first, second = papers
    days = sorted(first.glob("*.yaml"))
    # added and changed as scrapers and editors that rename do it; removed
    arrived = first / "2015-01-09.yaml"
    staged = corpus.parent / "staged.yaml"
    staged.write_text(
        days[0].read_text(encoding="utf-8").replace("2015-01-01", "2015-01-09"), encoding="utf-8"
    )
    os.rename(staged, arrived)
    changed = days[1].read_text(encoding="utf-8").replace("煤矿", "莱比锡")
    staged.write_text(changed, encoding="utf-8")
    os.rename(staged, days[1])
    (second / days[2].name).unlink()
    report = index.sync()
    assert (report.added, report.changed, report.removed) == (1, 1, 1)
    check_all(index, corpus)
    # edited in place: the folder's mtime does not move, and stays trusted
    settle(corpus)
    index.sync()
    target = days[3]
    before = target.read_text(encoding="utf-8")
    assert "发展" in before
    with open(target, "r+", encoding="utf-8") as file:  # the same inode, rewritten
        file.write(before.replace("发展", "溃败"))
        file.truncate()
    assert index.sync() == type(report)(), "no folder moved: the sync saw nothing"
    for text in ("发展", "发展 OR 不存在的词", "经济 -发展"):
        query = parse_query(text, FOLD)
        assert hit_keys(index, query) == brute_force(corpus, query), "never the old text"
        assert index.count(query) == len(brute_force(corpus, query))
    check_all(index, corpus)  # the file answered, was indexed again: its new words are found too


def test_with_folders_unchanged_a_sync_stats_the_folders_only(
    index: SearchIndex, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = sorted([str(corpus), *(str(p) for p in corpus.iterdir() if p.is_dir())])
    stats: list[str] = []
    real = os.stat
    monkeypatch.setattr(os, "stat", lambda path, *a, **k: stats.append(str(path)) or real(path, *a, **k))
    listing = os.scandir

    def scandir(path: str) -> object:
        assert not str(path).startswith(str(corpus)), "a folder that did not change was listed"
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = index.sync()
    assert (report.added, report.changed, report.removed) == (0, 0, 0)
    assert sorted(p for p in stats if p.startswith(str(corpus))) == folders, "the folders, no file"


def test_a_young_folder_is_listed_again(index: SearchIndex, corpus: Path) -> None:
    folder = next(p for p in sorted(corpus.iterdir()) if p.is_dir())
    os.utime(folder)  # now: a file may still arrive within the same tick
    index.sync()
    staged = corpus.parent / "late.yaml"
    source = sorted(folder.glob("*.yaml"))[0]
    staged.write_text(
        source.read_text(encoding="utf-8").replace("2015-01-01", "2015-01-08"), encoding="utf-8"
    )
    os.rename(staged, folder / "2015-01-08.yaml")
    mtime = folder.stat().st_mtime_ns
    os.utime(folder, ns=(mtime, mtime))
    assert index.sync().added == 1


def test_relevance_order_and_limits(index: SearchIndex, corpus: Path) -> None:
    query = parse_query("煤矿 OR 煤炭", FOLD)
    ranked = index.search(query, order="relevance", limit=10)
    scores = [h.score for h in ranked]
    assert scores == sorted(scores, reverse=True) and len(ranked) == 10
    best = max(index.hits(query), key=lambda h: h.score)
    assert scores[0] == best.score
    newest = index.search(query, limit=5)
    assert len(newest) == 5 and [h.date for h in newest] == sorted((h.date for h in newest), reverse=True)
    assert index.search(query, start=dt.date(2015, 1, 2), end=dt.date(2015, 1, 2)) == [
        h for h in index.hits(query) if h.date == dt.date(2015, 1, 2)
    ]


def test_the_command_counts_sorts_and_streams(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "煤礦", "--count", "--library", str(corpus)]) == 0
    assert int(capsys.readouterr().out) == len(brute_force(corpus, parse_query("煤矿", FOLD)))
    assert (
        main(["search", "煤矿 OR 煤炭", "--sort", "relevance", "--limit", "3", "--library", str(corpus)]) == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 9 and lines[0][:4] == "2015"  # each hit under its own issue line
    assert main(["search", "的", "--limit", "0", "--library", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n  第") == len(brute_force(corpus, parse_query("的", FOLD)))
    assert main(["search", "不存在的词", "--count", "--library", str(corpus)]) == 1
    assert capsys.readouterr().out == "0\n"


def test_completion_offers_the_orders_and_the_count(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["__complete", "bash", "search", "--sort", ""]) == 0
    assert capsys.readouterr().out.split() == ["date", "relevance"]
    assert main(["__complete", "bash", "search", "--co"]) == 0
    assert capsys.readouterr().out.split() == ["--count"]


def test_an_index_opened_for_a_session_looks_at_every_file_once(corpus: Path, tmp_path: Path) -> None:
    location = tmp_path / "index.sqlite"
    first = SearchIndex(location, corpus, FOLD)
    first.sync()
    first.close()
    target = sorted(next(p for p in sorted(corpus.iterdir()) if p.is_dir()).glob("*.yaml"))[0]
    text = target.read_text(encoding="utf-8")
    with open(target, "r+", encoding="utf-8") as file:  # in place, while no index is open
        file.write(text.replace("    body:\n", "    body:\n    - 闭馆期间的改动\n", 1))
    query = parse_query("闭馆期间的改动", FOLD)
    command = SearchIndex(location, corpus, FOLD)
    assert hit_keys(command, query) == set(), "a command looks at folders only (README says so)"
    command.close()
    reader = SearchIndex(location, corpus, FOLD, every_file_first=True)
    assert reader.sync().changed == 1 and hit_keys(reader, query) == brute_force(corpus, query) != set()
    reader.close()


def test_the_index_takes_issues_from_the_parse_cache_and_keeps_it(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import paperterm.model.loader as loader
    from paperterm.cache.parse_cache import load_cached

    parsed = tmp_path / "parsed"
    opened = sorted(corpus.rglob("*.yaml"))[:3]
    for path in opened:  # as the reader leaves them
        load_cached(path, path.parent.name, parsed)
    entries = sorted(parsed.iterdir())
    read: list[Path] = []
    real = loader.load_issue
    monkeypatch.setattr(loader, "load_issue", lambda path, *a: read.append(path) or real(path, *a))
    index = SearchIndex(tmp_path / "index.sqlite", corpus, FOLD, parsed=parsed)
    index.sync()
    assert set(read) == set(corpus.rglob("*.yaml")) - set(opened), "the cached three were not read"
    assert sorted(parsed.iterdir()) == entries, "nothing written or evicted"
    query = parse_query("煤矿", FOLD)
    assert hit_keys(index, query) == brute_force(corpus, query)
    index.close()
