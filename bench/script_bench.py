"""简/繁 and keywords: toggle latency, fold throughput, search over one issue."""

from __future__ import annotations

import asyncio

from bench.generate import big_issue
from bench.paths import SAMPLE
from bench.result import Result, median_seconds, median_seconds_async
from paperterm.app import make_app
from paperterm.cache.fold_table import opencc_fold
from paperterm.model.highlight import Keyword
from paperterm.model.issue import Issue
from paperterm.model.layout import article_sources
from paperterm.model.loader import load_issue
from paperterm.model.search import search_issue
from paperterm.state.options import ReaderOptions

KEYWORDS = tuple(
    Keyword(w) for w in ("煤矿", "临汾", "晋城", "山西", "发展", "企业", "进出口", "科普", "文物", "技术")
)


async def _toggle(issue: Issue, repeat: int, keywords: tuple[Keyword, ...]) -> tuple[float, float]:
    """Median seconds for `t` (toggle and repaint) and for an unbound key (the event loop's floor)."""
    app = make_app(issue, ReaderOptions(keywords=keywords))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await pilot.pause()

        async def press(key: str) -> None:
            await pilot.press(key)
            await pilot.pause()

        floor = await median_seconds_async(lambda: press("x"), repeat)
        toggle = await median_seconds_async(lambda: press("t"), repeat)
    return toggle, floor


def toggle_results(articles: int = 100, repeat: int = 15) -> list[Result]:
    """Toggle latency on the sample and on a generated issue with 10 keywords."""
    results = []
    for name, issue, keywords in (
        ("toggle 简/繁, sample", load_issue(SAMPLE), ()),
        (f"toggle 简/繁, {articles} articles, 10 keywords", big_issue(articles), KEYWORDS),
    ):
        toggle, floor = asyncio.run(_toggle(issue, repeat, keywords))
        results.append(Result(name, toggle * 1000, floor * 1000, "ms", 3.0, "unbound key press"))
    return results


def fold_result(copies: int = 50, repeat: int = 5) -> Result:
    """Fold throughput in characters per second, against str.lower on the same text."""
    fold = opencc_fold(None)
    issue = load_issue(SAMPLE)
    text = "".join(t for _, a in issue.articles() for t in article_sources(a).values()) * copies
    folded = median_seconds(lambda: fold(text), repeat)
    lowered = median_seconds(text.lower, repeat)
    return Result(
        "fold throughput",
        len(text) / folded / 1e6,
        len(text) / lowered / 1e6,
        "M chars/s",
        None,
        "str.lower",
        higher_is_better=True,
    )


def search_result(articles: int = 100, repeat: int = 9) -> Result:
    """Searching a generated issue for a two-character word, against str.count over its raw text."""
    fold = opencc_fold(None)
    issue = big_issue(articles)
    raw = "\n".join(t for _, a in issue.articles() for t in article_sources(a).values())
    searched = median_seconds(lambda: search_issue(issue, "煤礦", fold), repeat)
    counted = median_seconds(lambda: raw.count("煤矿"), repeat)
    return Result(
        f"search one issue ({articles} articles), 2 chars",
        searched * 1000,
        counted * 1000,
        "ms",
        None,
        "str.count (no fold)",
    )


def run(quick: bool = False) -> list[Result]:
    """Every benchmark of this module; `quick` uses tiny sizes (the smoke test)."""
    if quick:
        return [*toggle_results(articles=10, repeat=2), fold_result(copies=1, repeat=1), search_result(10, 1)]
    return [*toggle_results(), fold_result(), search_result()]
