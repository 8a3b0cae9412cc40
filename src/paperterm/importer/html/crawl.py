"""A day's issue from an e-paper site: follow the page list from the first 版面, read every
page and every article, and build one checked `paperterm/1` issue.

The pages come from a getter (a URL to its bytes, or None when it is not there), so the same
reading serves a live site (`paperterm fetch`) and a saved mirror (`paperterm import`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from paperterm.importer.html.article import ArticleDoc, read_article, to_article
from paperterm.importer.html.decode import decode_page
from paperterm.importer.html.page import PageDoc, page_label, read_page
from paperterm.importer.html.profile import System
from paperterm.importer.issue import Imported
from paperterm.importer.text import ImportProblem
from paperterm.model.issue import Article, Issue, Page
from paperterm.model.loader import parse_issue
from paperterm.model.writer import dump_issue

MATCHED_NOTHING = "matched nothing"
"""What a note or a problem says of a profile's selector that found nothing on a page."""
Getter = Callable[[str], bytes | None]
"""A URL's bytes, or None when the site or the mirror does not have it (a 404, no file)."""
Progress = Callable[[int, int], None]


class Paper(NamedTuple):
    """Who the issue is of: the paper's name and id, its language, and where it came from."""

    name: str
    id: str
    language: str = "zh-Hans"
    source: str | None = None


class Crawled(NamedTuple):
    """The issue read, and each page's PDF link (page number → URL) for `fetch --pdf`."""

    imported: Imported
    pdfs: dict[int, str]


def url_date(url: str, system: System) -> dt.date | None:
    """The issue date a URL's path holds (html/2025-10/20/, layout/202510/20/), if any."""
    match = re.search(system.urls["date"], url) if system.urls["date"] else None
    if match is None:
        return None
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except (IndexError, ValueError):
        return None


def _iso(text: str) -> dt.date | None:
    """The date an article page's enpproperty gives (2025-10-20, maybe with a time after it)."""
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _changed(system: System, field: str, url: str) -> str:
    if system.known is not None:
        what = {"page.article_links": "no link to an article page", "article.title": "no headline"}
        return f"{url}: read by its structure (no profile knows the site): {what.get(field, field)}"
    return (
        f"{url}: profile {system.id}: {field} {MATCHED_NOTHING}; the site may have changed: "
        f"update the profile ({system.path})"
    )


def _read(get: Getter, url: str) -> tuple[str, str | None] | None:
    data = get(url)
    return None if data is None else decode_page(data, url)


def _aliased(page: PageDoc, alias: Callable[[str], str]) -> PageDoc:
    """The page with every link it holds named as alias names it."""
    return page._replace(
        pages=[(alias(url), label) for url, label in page.pages],
        articles=list(dict.fromkeys(alias(url) for url in page.articles)),
        titles={alias(url): title for url, title in page.titles.items()},
        regions={alias(url): boxes for url, boxes in page.regions.items()},
    )


def _pages(
    starts: Sequence[str], system: System, get: Getter, notes: list[str], alias: Callable[[str], str] | None
) -> list[PageDoc]:
    """Every 版面 reachable from the start pages through page lists, of the start page's date."""
    day = url_date(starts[0], system)
    queue, seen, read = list(starts), set(starts), []
    while queue:
        url = queue.pop(0)
        got = _read(get, url)
        if got is None:
            notes.append(f"{url}: page not there; left out")
            continue
        text, note = got
        notes.extend([note] if note else [])
        page = read_page(text, url, system, alias)
        if alias is not None:
            page = _aliased(page, alias)
            own = next((label for target, label in page.pages if target == url and label), None)
            page = page._replace(label=page.label or own)
        read.append(page)
        for target, _ in page.pages:
            if target not in seen and url_date(target, system) == day:
                seen.add(target)
                queue.append(target)
    return read


def _numbered(pages: list[PageDoc], system: System) -> list[tuple[int, str | None, PageDoc]]:
    """Each page with its number and name: from the labels of the links to it (第01版：要闻), else
    its URL (where the system numbers its pages there), else its place in the page list."""
    labels: dict[str, tuple[int, str | None]] = {}
    order: list[str] = []
    for page in pages:
        for target, label in page.pages:
            if label and target not in labels:
                labels[target] = label
            order.append(target)
    rank = {url: index for index, url in enumerate(dict.fromkeys(order))}
    ordered = sorted(pages, key=lambda p: rank.get(p.url, len(rank)))
    numbers: list[int | None] = []
    for page in ordered:
        label = labels.get(page.url) or page.label
        match = re.search(system.urls["page_number"], page.url) if system.urls["page_number"] else None
        numbers.append(label[0] if label else int(match[1]) if match else None)
    if None in numbers or len(set(numbers)) != len(numbers):
        numbers = list(range(1, len(ordered) + 1))
    out = [
        (n or 0, (labels.get(p.url) or p.label or (0, None))[1], p)
        for n, p in zip(numbers, ordered, strict=True)
    ]
    return sorted(out, key=lambda item: item[0])


def _loose(articles: Sequence[str], system: System) -> list[PageDoc]:
    """Article pages saved without their 版面 pages: grouped by the page number their address
    holds (nw.…_1-02.htm is on page 2), else all on one page."""
    groups: dict[int, list[str]] = {}
    for url in articles:
        match = re.search(system.urls["article_page"], url) if system.urls["article_page"] else None
        groups.setdefault(int(match[1]) if match else 1, []).append(url)
    return [
        PageDoc(f"{urls[0]}#page-{n}", (n, None), [], urls, {}, {}, None, None)
        for n, urls in sorted(groups.items())
    ]


def _owners(pages: list[PageDoc], homes: Mapping[str, str]) -> dict[str, str]:
    """The page each article is printed on: the first whose image map holds it, else the one
    the article page itself links back to (返回第2版) among those that list it, else the first
    that lists it. A front page's 导读 links to stories printed further in; those stay there."""
    owner: dict[str, str] = {}
    listing: dict[str, set[str]] = {}
    for page in pages:
        for url in page.articles:
            owner.setdefault(url, page.url)
            listing.setdefault(url, set()).add(page.url)
    for url, home in homes.items():
        if home in listing.get(url, ()):
            owner[url] = home
    by_url = {page.url: page for page in pages}
    for page in pages:
        for url in page.regions:
            if url not in by_url[owner[url]].regions:
                owner[url] = page.url
    return owner


def _size(page: PageDoc, articles: list[Article], notes: list[str]) -> tuple[float, float] | None:
    """The page picture's size, unless its image map reaches past it (the map was drawn on a
    larger picture): then the regions stay, in the map's own pixels, without a size."""
    if page.size is None:
        return None
    width, height = page.size
    for article in articles:
        for region in article.regions:
            if region.x + region.width > width + 1 or region.y + region.height > height + 1:
                notes.append(f"{page.url}: the image map reaches past the page picture; its size left out")
                return None
    return page.size


def read_issue(
    starts: Sequence[str],
    system: System,
    get: Getter,
    paper: Paper,
    *,
    date: dt.date | None = None,
    progress: Progress | None = None,
    loose: bool = False,
    alias: Callable[[str], str] | None = None,
    homes: Mapping[str, str] | None = None,
) -> Crawled:
    """The issue whose 版面 pages start at `starts` (the first page, or every saved one); with
    loose, `starts` are article pages saved on their own; alias names a link's target as the
    getter knows it (the saved file, for a link to the site in a page a browser saved); homes
    names the 版面 page an article page links back to, where it links one.

    Raises ImportProblem (one line, naming the page or the profile and field) when there is
    no page, when the profile's selectors find no article anywhere, or the issue does not check.
    """
    notes: list[str] = []
    pages = _loose(starts, system) if loose else _pages(starts, system, get, notes, alias)
    if not pages:
        raise ImportProblem(f"{starts[0]}: no such page (no issue on that date?)")
    if not any(p.articles for p in pages):
        raise ImportProblem(_changed(system, "page.article_links", pages[0].url))
    total = len(pages) + sum(len(p.articles) for p in pages)
    done = len(pages)
    built: list[Page] = []
    pdfs: dict[int, str] = {}
    owner = _owners(pages, homes or {})
    docs: list[ArticleDoc] = []
    for number, name, page in _numbered(pages, system):
        articles: list[Article] = []
        for url in page.articles:
            done += 1
            if progress is not None:
                progress(done, total)
            if owner[url] != page.url:
                continue
            article_id = f"p{number}-{len(articles) + 1}"
            regions = tuple(page.regions.get(url, ()))
            got = _read(get, url)
            if got is None:
                title = page.titles.get(url, "")
                notes.append(f"{url}: article page not there; " + ("its title only" if title else "left out"))
                if title:
                    articles.append(Article(id=article_id, title=title, regions=regions))
                continue
            text, note = got
            notes.extend([note] if note else [])
            doc = read_article(text, url, system)
            docs.append(doc)
            notes.extend(_changed(system, f"article.{field}", url) for field in doc.missing)
            article, why = to_article(doc, article_id, page.titles.get(url, ""), regions)
            notes.extend(why)
            if article is not None:
                name = name or (page_label(doc.page_name) or (0, doc.page_name or None))[1]
                if article.kicker is not None and article.kicker == name:  # the page's name, set
                    article = article._replace(kicker=None)  # above the title: no kicker
                articles.append(article)
        if page.pdf:
            pdfs[number] = page.pdf
        built.append(
            Page(number=number, name=name, articles=tuple(articles), size=_size(page, articles, notes))
        )
    if (
        docs
        and all("title" in d.missing for d in docs)
        and not any(a.title for p in built for a in p.articles)
    ):
        raise ImportProblem(_changed(system, "article.title", docs[0].url))
    if not any(p.articles for p in built):
        raise ImportProblem(f"{starts[0]}: no article could be read")
    day = date or url_date(starts[0], system) or next(filter(None, (_iso(d.date) for d in docs)), None)
    if day is None:
        raise ImportProblem(f"{starts[0]}: the issue's date is not in its address; give --date")
    issue = Issue(
        paper=paper.name,
        paper_id=paper.id,
        date=day,
        pages=tuple(built),
        language=paper.language,
        source=paper.source or f"Read by paperterm from {starts[0]}",
    )
    text = dump_issue(issue)
    _, problems = parse_issue(text, f"{day.isoformat()}.yaml")
    errors = [p for p in problems if p.severity == "error"]
    return Crawled(Imported(issue, text, notes, errors), pdfs)
