"""The page map's benchmark still runs (once each, at its sizes). Timing is never asserted here."""

from __future__ import annotations

from bench import page_map_bench
from bench.__main__ import MODULES


def test_the_page_map_benchmark_runs_and_is_in_the_suite() -> None:
    assert page_map_bench in MODULES
    results = page_map_bench.run(quick=True)
    assert len(results) == 2 + 2 * len(page_map_bench.PANES)
    for result in results:
        assert result.value > 0 and result.baseline > 0
    assert [r.passed is None for r in results].count(True) == len(page_map_bench.PANES)
