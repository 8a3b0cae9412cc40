"""Site profiles: where an e-paper system keeps its pages, links and article fields, as data.

A *system* profile (one per e-paper system: 方正 classic, 方正 pc, 人民日报's old nbs pages)
says how its URLs look and which CSS selectors find the page list, the article links, the
image map and each article field. A *paper* profile names a paper, its base URL and the
system (or, by date, systems) its site uses. Both are TOML files: the ones shipped here,
and the reader's own in a folder the caller passes (a file there with a shipped profile's id
replaces it), so a paper can be added without code (docs/fetch.md).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from paperterm.importer.text import ImportProblem

SHIPPED = Path(__file__).parent / "profiles"

PAGE_FIELDS = ("page_links", "article_links", "regions", "picture", "pdf")
ARTICLE_FIELDS = ("kicker", "title", "subtitle", "author", "body", "page_name")
URL_FIELDS = ("page", "article", "date", "page_number", "article_page")


class System(NamedTuple):
    """One e-paper system: its URL shapes and where each field is found."""

    id: str
    name: str
    first_page: str
    urls: dict[str, str]
    """Regular expressions on a URL: page, article, date (groups year, month, day), page_number
    (group 1: the number in a page's URL), article_page (the same in an article's URL)."""
    page: dict[str, tuple[str, ...]]
    """Selectors on a 版面 page, tried in order: page_links, article_links, regions, picture, pdf."""
    article: dict[str, tuple[str, ...]]
    """Sources of each article field, tried in order: a CSS selector, `enp:TAG` (the enpproperty
    comment), or `enpcontent` (the text between the enpcontent comments)."""
    path: str
    known: dict[str, frozenset[str]] | None = None
    """For the generic system, told by structure: the saved files read as 版面 pages ("page")
    and as article pages ("article"), by their file: URLs."""

    def matches(self, kind: str, url: str) -> bool:
        """Whether url is a page ("page") or an article ("article") of this system; for the
        generic system, one of the saved files read as such (a link to the site itself, as a
        browser saves it, by its file name)."""
        path = url.split("?", 1)[0].split("#", 1)[0]
        if self.known is None:
            return bool(re.search(self.urls[kind], path))
        if path in self.known[kind] or path.startswith("file:"):
            return path in self.known[kind]
        name = path.rsplit("/", 1)[-1]
        return any(known.rsplit("/", 1)[-1] == name for known in self.known[kind])


class Edition(NamedTuple):
    """A span of dates in which a paper's site used one system."""

    system: str
    first_page: str | None
    since: dt.date | None
    until: dt.date | None


class Paper(NamedTuple):
    """One paper: its name, id, base URL and the systems its site used."""

    id: str
    name: str
    base: str
    editions: tuple[Edition, ...]
    language: str
    path: str

    def candidates(self, date: dt.date, systems: Mapping[str, System]) -> list[tuple[System, str]]:
        """The (system, first page URL) pairs that may hold this date's issue, most likely first."""
        out = []
        for edition in self.editions:
            if (edition.since and date < edition.since) or (edition.until and date > edition.until):
                continue
            system = systems[edition.system]
            out.append((system, self.base + expand(edition.first_page or system.first_page, date)))
        return out


class Profiles(NamedTuple):
    """Every system and paper profile known, shipped and the reader's own."""

    systems: dict[str, System]
    papers: dict[str, Paper]


GENERIC = "generic"

DATE = (
    r".*(?<![0-9])(?P<year>(?:19|20)[0-9]{2})[-_/.]?(?P<month>0[1-9]|1[0-2])[-_/.]?"
    r"(?P<day>0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
"""The issue's date in an address, the last one in it: 2025-10/20/, 20251020/, 2025/10/20/,
202510/20/, …_20251020_1-01.htm."""


def generic_system(pages: list[str], articles: list[str]) -> System:
    """The system of a site no profile knows: these files are its pages and its articles; every
    selector is empty, so links are taken wherever they are and articles read by structure."""
    urls = dict.fromkeys(URL_FIELDS, "")
    urls.update(
        page=r"(?!)",
        article=r"(?!)",
        date=DATE,
        page_number=r"(?<![0-9])0*([0-9]{1,2})\.s?html?$",
        article_page=r"[_-][0-9]+-0*([0-9]{1,2})\.s?html?$",
    )
    page: dict[str, tuple[str, ...]] = dict.fromkeys(PAGE_FIELDS, ())
    page.update(regions=("map area",), picture=("img[usemap]",), pdf=("a[href$='.pdf']", "a[href*='.pdf']"))
    return System(
        id=GENERIC,
        name="any e-paper site, read by its structure",
        first_page="",
        urls=urls,
        page=page,
        article=dict.fromkeys(ARTICLE_FIELDS, ()),
        path="",
        known={"page": frozenset(pages), "article": frozenset(articles)},
    )


def expand(template: str, date: dt.date) -> str:
    """A URL template for a date: {yyyy}, {mm}, {dd}."""
    return template.format(yyyy=f"{date.year:04d}", mm=f"{date.month:02d}", dd=f"{date.day:02d}")


def _toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ImportProblem(f"{path}: not a readable TOML profile: {exc}") from None


def _strings(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ImportProblem(f"{where}: {key} must be a string or a list of strings")
    return tuple(value)


def _system(data: dict[str, Any], path: Path) -> System:
    where = str(path)
    urls = data.get("urls", {})
    page = data.get("page", {})
    article = data.get("article", {})
    if not all(isinstance(t, dict) for t in (urls, page, article)):
        raise ImportProblem(f"{where}: urls, page and article must be tables")
    for key in ("page", "article"):
        if not isinstance(urls.get(key), str):
            raise ImportProblem(f"{where}: urls.{key} (a regular expression) is missing")
    for key, pattern in urls.items():
        try:
            re.compile(str(pattern))
        except re.error as exc:
            raise ImportProblem(f"{where}: urls.{key} is not a regular expression: {exc}") from None
    return System(
        id=str(data["id"]),
        name=str(data.get("name", data["id"])),
        first_page=str(data.get("first_page", "")),
        urls={k: str(urls.get(k, "")) for k in URL_FIELDS},
        page={k: _strings(page, k, f"{where}: page") for k in PAGE_FIELDS},
        article={k: _strings(article, k, f"{where}: article") for k in ARTICLE_FIELDS},
        path=where,
    )


def _date(value: Any, where: str) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    raise ImportProblem(f"{where}: since and until must be dates (2024-12-01)")


def _paper(data: dict[str, Any], path: Path) -> Paper:
    where = str(path)
    editions = data.get("edition") or [{"system": data.get("system")}]
    if not isinstance(editions, list) or not all(isinstance(e, dict) for e in editions):
        raise ImportProblem(f"{where}: edition must be a list of tables ([[edition]])")
    base = str(data.get("base", ""))
    if not re.match(r"https?://", base):
        raise ImportProblem(f"{where}: base must be the site's http(s) URL")
    return Paper(
        id=str(data["id"]),
        name=str(data.get("name", data["id"])),
        base=base if base.endswith("/") else base + "/",
        editions=tuple(
            Edition(
                system=str(e.get("system")),
                first_page=e.get("first_page"),
                since=_date(e.get("since"), where),
                until=_date(e.get("until"), where),
            )
            for e in editions
        ),
        language=str(data.get("language", "zh-Hans")),
        path=where,
    )


def load_profiles(user_folder: Path | None = None) -> Profiles:
    """The shipped profiles, then the reader's own from user_folder (same id: the reader's wins).

    Raises ImportProblem naming the file for a profile that cannot be used.
    """
    systems: dict[str, System] = {GENERIC: generic_system([], [])}
    papers: dict[str, Paper] = {}
    folders = [SHIPPED] + ([user_folder] if user_folder is not None and user_folder.is_dir() else [])
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            data = _toml(path)
            if not isinstance(data.get("id"), str) or not data["id"]:
                raise ImportProblem(f"{path}: a profile needs an id")
            kind = data.get("kind")
            if kind == "system":
                systems[data["id"]] = _system(data, path)
            elif kind == "paper":
                papers[data["id"]] = _paper(data, path)
            else:
                raise ImportProblem(f'{path}: kind must be "system" or "paper"')
    for paper in papers.values():
        for edition in paper.editions:
            if edition.system not in systems:
                raise ImportProblem(f"{paper.path}: no system profile named {edition.system!r}")
            if not (edition.first_page or systems[edition.system].first_page):
                raise ImportProblem(f"{paper.path}: system {edition.system} needs the edition's first_page")
    return Profiles(systems, papers)
