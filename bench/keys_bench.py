"""Keystroke to painted frame, in process with Pilot and the compositor's own timing.

Each key is timed to the first frame the app paints after it (a hook on the
app's display call), against a key whose action only asks for a repaint: that
pays Textual's frame pacing and Pilot's dispatch, so the difference is what
paperterm's handling costs before the frame. How long until everything has
settled (later frames: the progress line, scrollbars) is reported too, against
an unbound key, which pays Pilot's own waiting.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

from textual.app import App

from bench.baseline_app import Baseline
from bench.generate import big_issue
from bench.paths import SAMPLE
from bench.result import Result
from bench.script_bench import KEYWORDS
from paperterm.app import make_app
from paperterm.model.highlight import Keyword
from paperterm.model.issue import Issue
from paperterm.model.loader import load_issue
from paperterm.screens.reader import ReaderScreen
from paperterm.state.options import ReaderOptions

BUDGET_SAMPLE_MS = 16
BUDGET_BIG_MS = 50


def long_article_issue(chars: int = 10_000) -> Issue:
    """The sample with its second article's text repeated to about `chars` characters."""
    issue = load_issue(SAMPLE)
    page = issue.pages[0]
    long = page.articles[1]
    body = tuple(long.body) * (chars // sum(len(str(b)) for b in long.body) + 1)
    articles = (page.articles[0], long._replace(body=body), *page.articles[2:])
    return issue._replace(pages=(page._replace(articles=articles),))


Timings = dict[str, tuple[float, float]]
"""Per key: (median seconds to the first frame painted after it, median seconds until all settled)."""


SIZES = [(100, 30), (80, 24)]
"""Resizes alternate between these: across the width where the sidebar folds away."""


def frame_clock(app: App[None]) -> list[float]:
    """The times at which the app paints a frame, from a hook on its display call."""
    frames: list[float] = []
    display = app._display

    def painted(*args: object, **kwargs: object) -> object:
        frames.append(time.perf_counter())
        return display(*args, **kwargs)  # type: ignore[arg-type]

    app._display = painted  # type: ignore[method-assign]
    return frames


def first_after(frames: list[float], start: float) -> float | None:
    """Seconds from `start` to the first frame painted after it."""
    return next((t - start for t in frames if t > start), None)


async def _baseline_resize(repeat: int) -> float:
    """A resize of the bare Textual app of the same shape, to its first frame: the floor of a resize."""
    app = Baseline()
    frames = frame_clock(app)
    times = []
    async with app.run_test(size=SIZES[0]) as pilot:
        await pilot.pause()
        for n in range(repeat):
            await asyncio.sleep(2 / 60)
            start = time.perf_counter()
            await pilot.resize_terminal(*SIZES[(n + 1) % 2])
            await pilot.pause()
            first = first_after(frames, start)
            if first is not None:
                times.append(first)
    return statistics.median(times)


async def _measure(issue: Issue, keywords: tuple[Keyword, ...], repeat: int) -> Timings:
    app = make_app(issue, ReaderOptions(keywords=keywords))
    frames = frame_clock(app)
    app.action_bench_repaint = lambda: app.screen.refresh()  # type: ignore[attr-defined]
    app.bind("f12", "bench_repaint")  # a key the reader leaves alone
    first: dict[str, list[float]] = {}
    settled: dict[str, list[float]] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)

        async def timed(name: str, act: Callable[[], Awaitable[object]]) -> None:
            # Two idle frames first: Textual paints at most 60 times a second, so a key pressed
            # just after a paint would wait out the frame interval whatever its own cost.
            await asyncio.sleep(2 / 60)
            start = time.perf_counter()
            await act()
            await pilot.pause()
            settled.setdefault(name, []).append(time.perf_counter() - start)
            painted = first_after(frames, start)
            if painted is not None:
                first.setdefault(name, []).append(painted)

        for n in range(repeat):
            await timed("unbound key", lambda: pilot.press("x"))
            await timed("repaint key", lambda: pilot.press("f12"))
            await timed("n (next article)", lambda: pilot.press("n"))
            await timed("p (back)", lambda: pilot.press("p"))
            await pilot.press("n", "enter")  # page down in the long article, not the short one
            await timed("space (page down)", lambda: pilot.press("space"))
            await timed("t (script toggle)", lambda: pilot.press("t"))
            edited = (*keywords, Keyword(f"煤{n}"))

            async def edit(words: tuple[Keyword, ...] = edited) -> None:
                screen.set_keywords(words)

            await timed("highlight edit", edit)
            size = SIZES[(n + 1) % 2]
            await timed("resize re-wrap", lambda size=size: pilot.resize_terminal(*size))
            await pilot.press("g", "tab", "tab")
    return {
        name: (statistics.median(first.get(name, [float("nan")])), statistics.median(values))
        for name, values in settled.items()
    }


def results(repeat: int = 9) -> list[Result]:
    """Every key on a 10,000-character article, and on a 100-article issue with 10 keywords.

    Judged: key to the first frame painted after it, against a key that only asks for a
    repaint (the frame pacing and Pilot's own dispatch); a resize, which repaints the
    whole screen whatever the app, against the same resize of the bare Textual app.
    Reported: key until everything has settled (trailing frames such as the progress
    line), against an unbound key.
    """
    bare_resize = asyncio.run(_baseline_resize(repeat)) * 1000
    out = []
    cases = (
        ("10k-char article", long_article_issue(), (), BUDGET_SAMPLE_MS),
        ("100 articles, 10 keywords", big_issue(100), KEYWORDS, BUDGET_BIG_MS),
    )
    for label, issue, keywords, budget in cases:
        timings = asyncio.run(_measure(issue, keywords, repeat))
        repaint = timings.pop("repaint key")[0] * 1000
        unbound = timings.pop("unbound key")[1] * 1000
        for name, (first, settled) in timings.items():
            floor, floor_name = (
                (bare_resize, "bare Textual app, same resize")
                if name == "resize re-wrap"
                else (repaint, "repaint-only key")
            )
            out.append(
                Result(
                    f"key {name} → frame, {label} (budget +{budget} ms)",
                    first * 1000,
                    floor,
                    "ms",
                    (floor + budget) / floor,
                    floor_name,
                )
            )
            out.append(
                Result(f"key {name} → settled, {label}", settled * 1000, unbound, "ms", None, "unbound key")
            )
    return out


def run(quick: bool = False) -> list[Result]:
    """Keystroke benchmarks; `quick` measures each key once."""
    return results(repeat=1 if quick else 9)
