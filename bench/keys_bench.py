"""Keystroke to painted frame, in process with Pilot: each key against an unbound key.

Pilot's press-and-pause has a floor of its own (the event loop, the refresh
and Pilot's waiting); an unbound key pays exactly that floor, so the
difference is what paperterm's own handling and repainting cost.
"""

from __future__ import annotations

import asyncio
import dataclasses
import statistics
import time
from collections.abc import Awaitable, Callable

from bench.generate import big_issue
from bench.paths import SAMPLE
from bench.result import Result
from bench.script_bench import KEYWORDS
from paperterm.app import make_app
from paperterm.model.highlight import Keyword
from paperterm.model.issue import Issue
from paperterm.model.loader import load_issue
from paperterm.options import ReaderOptions
from paperterm.screens.reader import ReaderScreen

BUDGET_SAMPLE_MS = 16
BUDGET_BIG_MS = 50


def long_article_issue(chars: int = 10_000) -> Issue:
    """The sample with its second article's text repeated to about `chars` characters."""
    issue = load_issue(SAMPLE)
    page = issue.pages[0]
    long = page.articles[1]
    body = tuple(long.body) * (chars // sum(len(str(b)) for b in long.body) + 1)
    articles = (page.articles[0], dataclasses.replace(long, body=body), *page.articles[2:])
    return dataclasses.replace(issue, pages=(dataclasses.replace(page, articles=articles),))


async def _measure(
    issue: Issue, keywords: tuple[Keyword, ...], repeat: int
) -> dict[str, tuple[float, float]]:
    app = make_app(issue, ReaderOptions(keywords=keywords))
    timings: dict[str, list[float]] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)

        async def timed(name: str, act: Callable[[], Awaitable[object]]) -> None:
            start = time.perf_counter()
            await act()
            await pilot.pause()
            timings.setdefault(name, []).append(time.perf_counter() - start)

        sizes = [(100, 30), (80, 24)]
        for n in range(repeat):
            await timed("floor", lambda: pilot.press("x"))
            await timed("n (next article)", lambda: pilot.press("n"))
            await timed("p (back)", lambda: pilot.press("p"))
            await pilot.press("enter")
            await timed("space (page down)", lambda: pilot.press("space"))
            await timed("t (script toggle)", lambda: pilot.press("t"))
            edited = (*keywords, Keyword(f"煤{n}"))

            async def edit(words: tuple[Keyword, ...] = edited) -> None:
                screen.set_keywords(words)

            await timed("highlight edit", edit)
            size = sizes[n % 2]
            await timed("resize re-wrap", lambda size=size: pilot.resize_terminal(*size))
            await pilot.press("g", "tab", "tab")
    floor = statistics.median(timings.pop("floor"))
    return {name: (statistics.median(values), floor) for name, values in timings.items()}


def results(repeat: int = 9) -> list[Result]:
    """Every key on a 10,000-character article, and on a 100-article issue with 10 keywords."""
    out = []
    cases = (
        ("10k-char article", long_article_issue(), (), BUDGET_SAMPLE_MS),
        ("100 articles, 10 keywords", big_issue(100), KEYWORDS, BUDGET_BIG_MS),
    )
    for label, issue, keywords, budget in cases:
        for name, (value, floor) in asyncio.run(_measure(issue, keywords, repeat)).items():
            floor_ms = floor * 1000
            out.append(
                Result(
                    f"key {name}, {label} (budget +{budget} ms)",
                    value * 1000,
                    floor_ms,
                    "ms",
                    (floor_ms + budget) / floor_ms,
                    "unbound key",
                )
            )
    return out


def run(quick: bool = False) -> list[Result]:
    """Keystroke benchmarks; `quick` measures each key once."""
    return results(repeat=1 if quick else 9)
