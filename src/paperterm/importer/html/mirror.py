"""Saved pages of an e-paper site (a `wget -r` mirror, or pages saved one by one) to an issue.

Which system the files belong to is told by their names (node_2.htm, node_01.html,
nbs.D110000renmrb_01.htm and the article pages beside them) where a profile knows them;
when none does (or one knows only article pages and other files read as 版面 pages), the
pages are read by their structure (generic.py). Which paper: the paper profile whose base
address the mirror's folders repeat (paper.people.com.cn/rmrb/…), else what the caller
says, else the name the pages print.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from paperterm.importer.html.crawl import MATCHED_NOTHING, Crawled, Paper, read_issue, url_date
from paperterm.importer.html.decode import MAX_BYTES
from paperterm.importer.html.generic import Sorted, sort_pages
from paperterm.importer.html.profile import Paper as PaperProfile
from paperterm.importer.html.profile import Profiles, System
from paperterm.importer.text import ImportProblem
from paperterm.model.loader import slug

_SUFFIXES = (".htm", ".html", ".shtml", ".xhtml", ".asp", ".aspx", ".jsp", ".php")
_MARKUP = re.compile(rb"<(?:!doctype\s+html|html|head|meta|body)\b", re.IGNORECASE)
"""How a page saved without a suffix (wget's copy of /content/2018-04/24/1) starts."""
_QUERY = re.compile(r"[?@].*$")
"""wget keeps a link's query in the file's name (content_1.htm?div=-1, or @div=-1 on Windows)."""


def _name(path: Path) -> str:
    return _QUERY.sub("", path.name)


def _page(path: Path) -> bool:
    """Whether a file in a saved folder is a web page: by its suffix, or, without one, by how it
    starts."""
    name = _name(path).lower()
    if name.endswith(_SUFFIXES):
        return path.is_file()
    if "." in name or not path.is_file():
        return False
    try:
        with path.open("rb") as file:
            return _MARKUP.search(file.read(1024)) is not None
    except OSError:
        return False


def _files(paths: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if _page(p))
        elif path.is_file():
            found.append(path)
        else:
            raise ImportProblem(f"{path}: no such file or folder")
    return [p.resolve() for p in found]


class _Saved:
    """The saved files by the address a link to them has: its file: URL without wget's query
    part; a link to the site itself (a browser saves pages with absolute links) finds the one
    saved file of that name."""

    def __init__(self, files: list[Path]) -> None:
        self.by_url = {(f.parent / _name(f)).as_uri(): f for f in files}
        names: dict[str, list[Path]] = {}
        for file in files:
            names.setdefault(_name(file), []).append(file)
        self.by_name = {name: found[0] for name, found in names.items() if len(found) == 1}

    def alias(self, url: str) -> str:
        """The saved file's URL for a link to the site, else the link as it is."""
        if url.startswith("file:"):
            return url
        found = self.by_name.get(url.rsplit("/", 1)[-1])
        return (found.parent / _name(found)).as_uri() if found else url

    def get(self, url: str) -> bytes | None:
        """A saved page by its address, or None when the mirror does not have it."""
        path = self.by_url.get(self.alias(url))
        if path is None:
            return None
        try:
            if path.stat().st_size > MAX_BYTES:
                raise ImportProblem(
                    f"{path}: {path.stat().st_size // 1024} KB is too large for a newspaper page"
                )
            return path.read_bytes()
        except OSError as exc:
            raise ImportProblem(f"{path}: cannot read: {exc.strerror or exc}") from None


def _score(system: System, urls: list[str]) -> tuple[int, int]:
    """How many of the files are this system's 版面 pages, and how many its article pages."""
    return sum(system.matches("page", u) for u in urls), sum(system.matches("article", u) for u in urls)


def _system(urls: list[str], systems: list[System]) -> System | None:
    """The system most of the files belong to (its 版面 pages count double), None for none."""
    best = max(systems, key=lambda s: 2 * _score(s, urls)[0] + _score(s, urls)[1])
    return best if any(_score(best, urls)) else None


def _profile(profiles: Profiles, urls: list[str], paper_id: str | None) -> PaperProfile | None:
    """The paper profile named, else the one whose base address the folders repeat."""
    chosen = profiles.papers.get(paper_id or "")
    if chosen is None:
        for candidate in profiles.papers.values():
            parts = urlsplit(candidate.base)
            where = f"/{parts.netloc}{parts.path}"
            if any(where in u for u in urls):
                return candidate
    return chosen


def _paper(
    chosen: PaperProfile | None,
    paper: str | None,
    paper_id: str | None,
    found: list[str],
    language: str = "zh-Hans",
) -> Paper:
    """Who the issue is of: the name given, the profile's, else the one the pages print."""
    if chosen is not None:
        return Paper(paper or chosen.name, paper_id or chosen.id, chosen.language)
    name = paper or next(iter(found), None)
    if name is None:
        raise ImportProblem("which paper is this? give --paper NAME (or --paper-id of a profile)")
    return Paper(name, paper_id or slug(name), language)


def _one_day(pages: list[str], dates: dict[str, dt.date | None], date: dt.date | None) -> list[str]:
    """The 版面 pages of the date given, or of the one date they hold."""
    if date is not None:
        return [u for u in pages if dates[u] in (date, None)]
    days = {dates[u] for u in pages} - {None}
    if len(days) > 1:
        listed = ", ".join(sorted(d.isoformat() for d in days if d))
        raise ImportProblem(f"the saved pages hold several issues ({listed}); give --date")
    return pages


def import_mirror(
    paths: Sequence[Path],
    profiles: Profiles,
    *,
    paper: str | None,
    paper_id: str | None,
    date: dt.date | None,
) -> Crawled:
    """The issue held by saved pages: every 版面 page among them (of one date), the articles
    they link to, and any saved article page no 版面 page links to. Read by the profile whose
    names the files bear; by structure when none fits, or when the profile's reading fails
    (a site that changed) and structure reads the pages."""
    files = _files(paths)
    saved = _Saved(files)
    urls = list(saved.by_url)
    if not urls:
        raise ImportProblem(f"{paths[0] if paths else 'input'}: no saved pages (.htm, .html) here")
    chosen = _profile(profiles, urls, paper_id)
    systems = (
        [profiles.systems[e.system] for e in chosen.editions] if chosen else list(profiles.systems.values())
    )
    system = _system(urls, systems)
    found: Sorted | None = None

    def by_structure() -> Sorted:
        nonlocal found
        found = found or sort_pages(urls, saved.get, saved.alias)
        return found

    if system is not None and (_score(system, urls)[0] or not by_structure().pages):
        try:
            names = [] if paper or chosen else by_structure().papers
            who = _paper(chosen, paper, paper_id, names)
            crawled = _by_profile(system, urls, saved, who, date)
        except ImportProblem as problem:
            if not by_structure().pages:
                raise
            try:
                return _read_by_structure(by_structure(), saved, chosen, paper, paper_id, date)
            except ImportProblem:
                raise problem from None
        if not any(MATCHED_NOTHING in note for note in crawled.imported.notes) or not by_structure().pages:
            return crawled
        try:
            other = _read_by_structure(by_structure(), saved, chosen, paper, paper_id, date)
        except ImportProblem:
            return crawled
        return other if _paragraphs(other) > _paragraphs(crawled) else crawled
    found = by_structure()
    if not found.pages and not found.articles:
        known = ", ".join(s.id for s in systems if s.known is None)
        raise ImportProblem(
            f"{paths[0]}: no page of a known e-paper system ({known}), and none that reads as "
            "one: no 版面 page linking article pages, no article page with a body of text"
        )
    return _read_by_structure(found, saved, chosen, paper, paper_id, date)


def _paragraphs(crawled: Crawled) -> int:
    """How much of the issue's text a reading found: its body paragraphs."""
    return sum(len(article.body) for _, article in crawled.imported.issue.articles())


def _by_profile(system: System, urls: list[str], saved: _Saved, who: Paper, date: dt.date | None) -> Crawled:
    """The issue read by a system profile: the files its names call 版面 pages, else its
    article pages saved alone."""
    pages = [u for u in urls if system.matches("page", u)]
    pages = _one_day(pages, {u: url_date(u, system) for u in pages}, date)
    who = who._replace(source=f"Imported by paperterm from saved {system.id} pages")
    if pages:
        return read_issue(pages, system, saved.get, who, date=date, alias=saved.alias)
    articles = [u for u in urls if system.matches("article", u)]
    return read_issue(articles, system, saved.get, who, date=date, loose=True)


def _read_by_structure(
    found: Sorted,
    saved: _Saved,
    chosen: PaperProfile | None,
    paper: str | None,
    paper_id: str | None,
    date: dt.date | None,
) -> Crawled:
    """The issue read by structure (generic.py): the pages sorted by what they hold."""
    who = _paper(chosen, paper, paper_id, found.papers, found.language)
    who = who._replace(source="Imported by paperterm from saved pages, read by their structure")
    pages = _one_day(found.pages, found.dates, date)
    day = date or next((found.dates[u] for u in pages if found.dates[u]), None)
    if pages:
        return read_issue(pages, found.system, saved.get, who, date=day, alias=saved.alias, homes=found.homes)
    return read_issue(found.articles, found.system, saved.get, who, date=day, loose=True)
