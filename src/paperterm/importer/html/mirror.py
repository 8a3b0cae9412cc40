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
from urllib.parse import quote, urlsplit, urlunsplit
from urllib.request import url2pathname

from paperterm.importer.html.blocks import block_urls, with_blocks
from paperterm.importer.html.crawl import MATCHED_NOTHING, Crawled, Paper, read_issue, url_date
from paperterm.importer.html.decode import MAX_BYTES
from paperterm.importer.html.frames import with_frames
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
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
"""The mark a browser (IE, Edge, Chrome) writes into a page it saves: the page's address."""
_MIRRORED_FROM = re.compile(rb"<!--\s*Mirrored from (\S+) by HTTrack", re.IGNORECASE)
"""The mark HTTrack writes into every page it mirrors: host/path?query, no scheme."""
_HTTRACK_OWN = re.compile(rb"HTTrack Website Copier", re.IGNORECASE)
"""HTTrack's own pages (its index of the projects) name it, without a Mirrored from mark."""
_HEAD = 4096
"""Bytes of a file read to tell a web page and the address it was saved from."""
_ASIDE = re.compile(r"^(?:hts-cache|.+_files)$")
"""Folders of what a saving tool keeps beside the pages: HTTrack's cache, and the pictures,
styles and frames a browser saves with a page (页面_files/)."""


def _name(name: str) -> str:
    """The name a saved file had on the site: wget's query part and the .html that `wget -E`
    adds (content_1.htm?div=-1.html, art_1.shtml.html) taken off."""
    name = _QUERY.sub("", name)
    if name.lower().endswith(".html") and name[:-5].lower().endswith(_SUFFIXES):
        return name[:-5]
    return name


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(_HEAD)
    except OSError:
        return b""


def _page(path: Path, head: bytes) -> bool:
    """Whether a file in a saved folder is a web page of the site: by its suffix, or, without
    one, by how it starts; not a saving tool's own page."""
    if _HTTRACK_OWN.search(head) and not _MIRRORED_FROM.search(head):
        return False
    name = _name(path.name).lower()
    if name.endswith(_SUFFIXES):
        return True
    return "." not in name and _MARKUP.search(head) is not None


def _files(paths: Sequence[Path]) -> list[tuple[Path, bytes]]:
    """The saved pages, each with its first bytes."""
    found: list[tuple[Path, bytes]] = []
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.is_file() and not any(_ASIDE.match(p) for p in file.relative_to(path).parts[:-1]):
                    head = _head(file)
                    found += [(file.resolve(), head)] if _page(file, head) else []
        elif path.is_file():
            found.append((path.resolve(), _head(path)))
        else:
            raise ImportProblem(f"{path}: no such file or folder")
    return found


def _origin(head: bytes) -> str | None:
    """The address a page was saved from, where the saving tool marked it, without its query."""
    found = _SAVED_FROM.search(head) or _MIRRORED_FROM.search(head)
    if found is None:
        return None
    url = found[1].decode("ascii", "replace")
    url = url if re.match(r"^[a-z]+://", url, re.IGNORECASE) else f"http://{url}"
    try:
        parts = urlsplit(url)
    except ValueError:  # a mark no address can be made of: the file stands for itself
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", "")) if parts.netloc else None


def _local(url: str) -> str:
    """A file: URL as the page it holds is known: the file's name on the site (_name)."""
    path = Path(url2pathname(urlsplit(url).path))
    return (path.parent / _name(path.name)).as_uri()


class _Saved:
    """The saved files by the address each stands for: the one its saving tool marked in it
    (a browser's `saved from url=`, HTTrack's `Mirrored from`), else its own file: URL with
    the name it had on the site. A link is found by that address: as the tool left it
    (relative to the file, or absolute to the site), or, in a page whose address is marked,
    relative to that address (the folders a marked page stood in on the site are the ones
    its file stands in); else a link to the site finds the saved file of that name, the one
    in the folders wget names after the site's host and path where several have it."""

    def __init__(self, files: list[tuple[Path, bytes]]) -> None:
        self.by_url: dict[str, Path] = {}
        self.local: dict[str, str] = {}
        self.folders: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = {}
        for file, head in files:
            own = _local(file.as_uri())
            origin = _origin(head)
            url = origin or own
            self.by_url.setdefault(url, file)
            self.local.setdefault(own, url)
            if origin is not None:
                self.folders.setdefault(origin.rsplit("/", 1)[0], own.rsplit("/", 1)[0])
            if url not in self.by_name.get(url.rsplit("/", 1)[-1], []):
                self.by_name.setdefault(url.rsplit("/", 1)[-1], []).append(url)
        self.framed = with_frames(self.file)
        self.get = with_blocks(self.framed)
        """A saved page by its address (a page built of frames as the one page they make, and a
        block of a page printing its articles as a page of its own)."""

    def alias(self, url: str) -> str:
        """The address of the saved file a link leads to, else the link as it is."""
        if url.startswith("file:"):
            return self.local.get(_local(url), url)
        if url in self.by_url:
            return url
        folder, _, name = url.rpartition("/")
        if folder in self.folders:
            found = self.local.get(_local(f"{self.folders[folder]}/{name}"))
            if found is not None:
                return found
        same = self.by_name.get(name, [])
        where = "/" + quote(urlsplit(url).netloc + urlsplit(url).path)
        named = same if len(same) == 1 else [u for u in same if u.endswith(where)]
        return named[0] if len(named) == 1 else url

    def file(self, url: str) -> bytes | None:
        """A saved file by its address, or None when the mirror does not have it."""
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
    profiles: Profiles,
    chosen: PaperProfile | None,
    paper: str | None,
    paper_id: str | None,
    found: list[str],
    language: str = "zh-Hans",
) -> Paper:
    """Who the issue is of: the name given, the profile's, else the one the pages print; a
    paper a profile knows by that name is that profile's (its folders left out of the saved
    copy, as `wget -nH` and a browser leave them)."""
    name = paper or next(iter(found), None)
    chosen = chosen or next((p for p in profiles.papers.values() if p.name == name), None)
    if chosen is not None:
        return Paper(paper or chosen.name, paper_id or chosen.id, chosen.language)
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
    urls += [block for url in urls for block in block_urls(saved.framed, url)]
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
            who = _paper(profiles, chosen, paper, paper_id, names)
            crawled = _by_profile(system, urls, saved, who, date)
        except ImportProblem as problem:
            if not by_structure().pages:
                raise
            try:
                return _read_by_structure(by_structure(), saved, profiles, chosen, paper, paper_id, date)
            except ImportProblem:
                raise problem from None
        if not any(MATCHED_NOTHING in note for note in crawled.imported.notes) or not by_structure().pages:
            return crawled
        try:
            other = _read_by_structure(by_structure(), saved, profiles, chosen, paper, paper_id, date)
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
    return _read_by_structure(found, saved, profiles, chosen, paper, paper_id, date)


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
    profiles: Profiles,
    chosen: PaperProfile | None,
    paper: str | None,
    paper_id: str | None,
    date: dt.date | None,
) -> Crawled:
    """The issue read by structure (generic.py): the pages sorted by what they hold."""
    who = _paper(profiles, chosen, paper, paper_id, found.papers, found.language)
    who = who._replace(source="Imported by paperterm from saved pages, read by their structure")
    pages = _one_day(found.pages, found.dates, date)
    day = date or next((found.dates[u] for u in pages if found.dates[u]), None)
    alias = lambda url: found.holders.get(named := saved.alias(url), named)  # noqa: E731
    if pages:
        return read_issue(pages, found.system, saved.get, who, date=day, alias=alias, homes=found.homes)
    return read_issue(found.articles, found.system, saved.get, who, date=day, loose=True)
