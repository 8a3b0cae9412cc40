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
    results = archive_bench.run(quick=True)
    names = " | ".join(r.name for r in results)
    assert "index build" in names and "1-character" in names and "open" in names and "peak RSS" in names
    assert all(r.value > 0 and r.baseline > 0 for r in results)
