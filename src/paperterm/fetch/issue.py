"""A paper's issue of one date (or the latest) from its site, through the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from paperterm.fetch.store import Store
from paperterm.importer.html.blocks import with_blocks
from paperterm.importer.html.crawl import Crawled, Paper, Progress, read_issue
from paperterm.importer.html.frames import with_frames
from paperterm.importer.html.generic import discover
from paperterm.importer.html.profile import GENERIC, Profiles, System
from paperterm.importer.html.profile import Paper as PaperProfile
from paperterm.importer.text import ImportProblem

CHINA = dt.timezone(dt.timedelta(hours=8))
LOOK_BACK = 7
"""Days `latest` looks back for an issue: a paper may skip Sundays and holidays."""


def china_today() -> dt.date:
    """Today where the papers are printed (UTC+8): a morning run in Europe still gets today's."""
    return dt.datetime.now(CHINA).date()


def _pages_of(system: System, first: str) -> Callable[[str], bool]:
    """Which URLs are 版面 pages, asked for again on every run (a page may be added late); on a
    site read by structure, the first page (whose page list names the others)."""
    if system.id == GENERIC:
        return lambda url: url == first
    return lambda url: system.matches("page", url)


def fetch_issue(
    paper: PaperProfile,
    profiles: Profiles,
    date: dt.date,
    store: Store,
    progress: Progress | None = None,
) -> Crawled:
    """The paper's issue of the date: its site's first 版面 page for that date, by each system the
    paper used then in turn, and everything it links to. Raises ImportProblem (no issue that
    day, a profile that no longer fits) or FetchError (the site failing)."""
    candidates = paper.candidates(date, profiles.systems)
    if not candidates:
        raise ImportProblem(f"{paper.path}: no edition of {paper.id} covers {date.isoformat()}")
    tried = []
    for system, first in candidates:
        store.revalidate = _pages_of(system, first)
        if store.get(first) is None:
            tried.append(first)
            continue
        who = Paper(paper.name, paper.id, paper.language, f"Fetched by paperterm from {first}")
        if system.id == GENERIC:
            return _by_structure(first, store, who, date, progress)
        return read_issue([first], system, with_frames(store.get), who, date=date, progress=progress)
    raise ImportProblem(f"{tried[0]}: no such page: {paper.name} has no issue on {date.isoformat()}?")


def _by_structure(first: str, store: Store, who: Paper, date: dt.date, progress: Progress | None) -> Crawled:
    """A site no system profile describes: the issue's pages found from the first by what they
    hold (importer/html/generic.py), then read as every system's are."""
    store.revalidate = lambda url: False  # the first page was asked for already in this run
    get = with_blocks(with_frames(store.get))  # a page of frames as one, its blocks as articles
    found = discover(first, get)
    if not found.pages:
        raise ImportProblem(f"{first}: read by its structure: no 版面 page linking article pages")
    starts = [first, *(u for u in found.pages if u != first)]

    def alias(url: str) -> str:
        return found.holders.get(url, url)  # a frame is the page that shows it

    return read_issue(
        starts, found.system, get, who, date=date, progress=progress, homes=found.homes, alias=alias
    )


def latest(paper: PaperProfile, profiles: Profiles, store: Store, today: dt.date | None = None) -> dt.date:
    """The newest date, from today (in China) back a week, whose first page the site has."""
    day = today or china_today()
    for back in range(LOOK_BACK + 1):
        date = day - dt.timedelta(days=back)
        for system, first in paper.candidates(date, profiles.systems):
            store.revalidate = _pages_of(system, first)
            if store.get(first) is not None:
                return date
    raise ImportProblem(f"{paper.base}: no issue of {paper.name} in the last {LOOK_BACK} days")
