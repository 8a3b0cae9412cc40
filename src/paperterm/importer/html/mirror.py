"""Saved pages of an e-paper site (a `wget -r` mirror, or pages saved one by one) to an issue.

Which system the files belong to is told by their names (node_2.htm, node_01.html,
nbs.D110000renmrb_01.htm and the article pages beside them); which paper, by the paper
profile whose base address the mirror's folders repeat (paper.people.com.cn/rmrb/…), else
by what the caller says.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from paperterm.importer.html.crawl import Crawled, Paper, read_issue, url_date
from paperterm.importer.html.decode import MAX_BYTES
from paperterm.importer.html.profile import Profiles, System
from paperterm.importer.text import ImportProblem
from paperterm.model.loader import slug

_SUFFIXES = (".htm", ".html", ".shtml")
_QUERY = re.compile(r"[?@].*$")
"""wget keeps a link's query in the file's name (content_1.htm?div=-1, or @div=-1 on Windows)."""


def _name(path: Path) -> str:
    return _QUERY.sub("", path.name)


def _files(paths: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if _name(p).lower().endswith(_SUFFIXES) and p.is_file()
            )
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


def _system(urls: list[str], systems: list[System]) -> System:
    """The system most of the files belong to (its 版面 pages count double)."""

    def score(system: System) -> int:
        return sum(2 * system.matches("page", u) + system.matches("article", u) for u in urls)

    best = max(systems, key=score)
    if score(best) == 0:
        known = ", ".join(s.id for s in systems)
        raise ImportProblem(f"{urls[0] if urls else 'input'}: no page of a known e-paper system ({known})")
    return best


def _paper(
    profiles: Profiles, urls: list[str], paper: str | None, paper_id: str | None
) -> tuple[Paper, list[System]]:
    """The paper and the systems it may be on: a named paper profile, one whose base address the
    folders repeat, else the name given (and every system)."""
    chosen = profiles.papers.get(paper_id or "")
    if chosen is None:
        for candidate in profiles.papers.values():
            parts = urlsplit(candidate.base)
            where = f"/{parts.netloc}{parts.path}"
            if any(where in u for u in urls):
                chosen = candidate
                break
    if chosen is not None:
        systems = [profiles.systems[e.system] for e in chosen.editions]
        name = paper or chosen.name
        return Paper(name, paper_id or chosen.id, chosen.language), systems
    if paper is None:
        raise ImportProblem("which paper is this? give --paper NAME (or --paper-id of a profile)")
    return Paper(paper, paper_id or slug(paper)), list(profiles.systems.values())


def import_mirror(
    paths: Sequence[Path],
    profiles: Profiles,
    *,
    paper: str | None,
    paper_id: str | None,
    date: dt.date | None,
) -> Crawled:
    """The issue held by saved pages: every 版面 page among them (of one date), the articles
    they link to, and any saved article page no 版面 page links to."""
    files = _files(paths)
    saved = _Saved(files)
    urls = list(saved.by_url)
    if not urls:
        raise ImportProblem(f"{paths[0] if paths else 'input'}: no saved pages (.htm, .html) here")
    who, systems = _paper(profiles, urls, paper, paper_id)
    system = _system(urls, systems)
    pages = [u for u in urls if system.matches("page", u)]
    days = {url_date(u, system) for u in pages} - {None}
    if date is not None:
        pages = [u for u in pages if url_date(u, system) in (date, None)]
    elif len(days) > 1:
        listed = ", ".join(sorted(d.isoformat() for d in days if d))
        raise ImportProblem(f"the saved pages hold several issues ({listed}); give --date")
    source = f"Imported by paperterm from saved {system.id} pages"
    who = who._replace(source=source)
    if pages:
        return read_issue(pages, system, saved.get, who, date=date, alias=saved.alias)
    articles = [u for u in urls if system.matches("article", u)]
    return read_issue(articles, system, saved.get, who, date=date, loose=True)
