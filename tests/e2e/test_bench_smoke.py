"""Every benchmark still runs (at tiny sizes). Timing is never asserted here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import import_bench
from bench.__main__ import table
from bench.generate import big_issue
from bench.script_bench import run


def test_generated_issue_has_the_asked_shape() -> None:
    issue = big_issue(articles=20, pages=4)
    assert [len(p.articles) for p in issue.pages] == [5, 5, 5, 5]
    assert len({a.id for _, a in issue.articles()}) == 20


def test_every_benchmark_runs_and_reports_a_ratio() -> None:
    results = run(quick=True)
    assert len(results) == 4
    for result in results:
        assert result.value > 0 and result.baseline > 0 and result.ratio > 0
    rows = table(results).splitlines()
    assert len(rows) == 2 + len(results)


def test_import_benchmark_runs() -> None:
    (result,) = import_bench.run(quick=True)
    assert result.value > 0 and result.ratio > 0


def test_keystroke_benchmark_runs() -> None:
    from bench import keys_bench

    results = keys_bench.run(quick=True)
    names = {r.name.split(",")[0] for r in results}
    assert names >= {"key n (next article) → frame", "key t (script toggle) → settled"}
    assert all(r.value > 0 and r.baseline > 0 for r in results)
    assert all((r.target is None) == ("settled" in r.name) for r in results), (
        "frames are judged, settling is not"
    )


def test_pdf_import_benchmark_runs() -> None:
    pytest.importorskip("paperterm.importer.pdf")
    from bench import pdf_bench

    results = pdf_bench.run(quick=True)
    assert [r.unit for r in results] == ["ms", "s", "MiB"]
    assert all(r.value > 0 and r.baseline > 0 and r.target for r in results)


def test_startup_and_memory_benchmarks_run() -> None:
    from bench import first_frame, memory_bench

    assert all(r.value > 0 and r.baseline > 0 for r in first_frame.run(quick=True))
    assert all(r.value > 0 and r.baseline > 0 for r in memory_bench.run(quick=True))


def test_archive_benchmark_runs_and_the_generator_is_deterministic(tmp_path: Path) -> None:
    from bench import archive_bench
    from bench.make_archive import make_archive

    first = make_archive(tmp_path / "a", days=3, papers=2, pages=2, articles=2, seed=7)
    second = make_archive(tmp_path / "b", days=3, papers=2, pages=2, articles=2, seed=7)
    assert [p.relative_to(tmp_path / "a") for p in first] == [p.relative_to(tmp_path / "b") for p in second]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, second, strict=True))
    _dictionary_or_skip()
    results = archive_bench.run(quick=True)
    names = " | ".join(r.name for r in results)
    assert "index build" in names and "1-character" in names and "open" in names
    assert "peak RSS, paperterm search 煤矿 (index built)" in names and "building the index" in names
    assert "--count, whole command" in names and "first hit printed" in names and "ms CPU a file" in names
    whole = [r for r in results if "煤矿, whole command" in r.name]
    labels = [r.name.split(" (")[0] for r in whole]
    assert labels == ["archive, 1 year", "archive, 3 years", "archive, 10 years"]
    assert all("alternating" in r.baseline_name for r in whole)
    assert all(r.value > 0 and r.baseline > 0 for r in results)


def _dictionary_or_skip() -> str:
    from bench.realistic_corpus import dictionary_text

    try:
        return dictionary_text()
    except RuntimeError as exc:  # no registry to download jieba from
        pytest.skip(str(exc))


def test_realistic_corpus_is_deterministic_valid_and_has_a_long_tail(tmp_path: Path) -> None:
    from bench.realistic_corpus import make_corpus, vocabulary
    from paperterm.model.loader import load_issue

    vocab = vocabulary(_dictionary_or_skip())
    assert len(vocab.words) > 100_000 and len(vocab.names) > 50_000
    first = make_corpus(tmp_path / "a", days=3, papers=2, seed=7, vocab=vocab)
    second = make_corpus(tmp_path / "b", days=3, papers=2, seed=7, vocab=vocab)
    assert [p.relative_to(tmp_path / "a") for p in first] == [p.relative_to(tmp_path / "b") for p in second]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, second, strict=True))
    assert first[0].read_bytes() != make_corpus(tmp_path / "c", days=1, seed=8, vocab=vocab)[0].read_bytes()
    issues = [load_issue(path) for path in first]
    assert all(8 <= len(issue.pages) <= 16 for issue in issues)
    articles = [a for issue in issues for _, a in issue.articles()]
    lengths = sorted(sum(map(len, a.paragraphs)) for a in articles)
    assert 300 < lengths[len(lengths) // 2] < 2000, "a news article's length"
    texts = ["".join(a.paragraphs) for a in articles]
    names = [n for n in vocab.names if len(n) >= 3][::50]
    in_articles = [sum(n in text for text in texts) for n in names]
    assert sum(in_articles) / len(names) < 0.5, "a proper name is rare: most are in no article"
    assert sum("发展" in text for text in texts) > len(texts) / 5, "a common word is in many"


def test_big_issue_benchmark_runs() -> None:
    from bench import big_issue_bench

    results = big_issue_bench.run(quick=True)
    assert results[0].target is not None and "budget" in results[0].name
    assert all(r.value > 0 and r.baseline > 0 for r in results)
