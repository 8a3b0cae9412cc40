"""Pages of an e-paper system no profile describes, read by convention instead of names:
saved ones (`paperterm import`), or a live site's, found from its first page (`fetch`).

Each page is read once and sorted by what it holds: an article page has a body of
paragraphs (structure.py); a 版面 page links article pages, often through the page
picture's image map, and holds little text of its own. The issue's date comes from the
folders (2025-10/20, 20251020, 2025/10/20, 202510/20 …), else from a masthead line on the
版面 pages (2025年10月20日 星期一); the paper's name from the pages' <title> or masthead.
The result is a system profile whose page and article sets are those files and whose
selectors are empty, so the one crawl reads it as it reads every other system.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import urlsplit

from paperterm.importer.conventions import masthead_date
from paperterm.importer.html.blocks import MARK
from paperterm.importer.html.crawl import url_date
from paperterm.importer.html.decode import decode_page
from paperterm.importer.html.dom import heading_text, parse, plain
from paperterm.importer.html.page import canonical, page_label
from paperterm.importer.html.profile import System, generic_system
from paperterm.importer.html.scripted import unscript
from paperterm.importer.html.structure import NOT_PAPER, PAPER, body_size, cjk_count
from paperterm.importer.script import printed_language
from paperterm.importer.text import ImportProblem

Getter = Callable[[str], bytes | None]
"""A page's bytes by its address, or None when it is not there."""

BODY_MIN = 15
"""CJK characters of paragraph text (outside links) that make a page an article page: a
photo's caption has a sentence; a 版面 page's own text is its labels and its date."""
CRAWL_DEPTH = 2
"""Links followed from a live site's first page: its page list and articles, then the other
pages' articles."""
CRAWL_MAX = 600
"""Pages read from a live site at most: a day's issue has a few hundred."""
_WEB_PAGE = re.compile(r"^[^.]*$|\.(?:s?html?|xhtml|aspx?|jsp|php)$", re.IGNORECASE)
"""A link to a web page, not to a picture, a PDF or a script: by its suffix, or none."""
CONTENTS = 2
"""A page listing every article of this many 版面 pages (or more) is the day's 目录 (table of
contents), not a 版面 of its own."""
GUIDE_LINKS = 3
"""A page with a body of text that links this many article pages, mostly by links, is a 版面
page with a 导读 (a guide to the day's stories), not an article with its 上一篇/下一篇."""


class Sorted(NamedTuple):
    """The saved pages sorted by what they hold, and what the 版面 pages say of the issue."""

    system: System
    pages: list[str]
    articles: list[str]
    dates: dict[str, dt.date | None]
    """Each 版面 page's date: its address's, else the masthead line it prints."""
    papers: list[str]
    """Paper names the pages' titles and mastheads give, most often given first."""
    language: str
    """zh-Hant when the pages are printed in Traditional characters, else zh-Hans."""
    homes: dict[str, str]
    """The 版面 page each article page links back to (返回第2版, a breadcrumb), where it links one."""
    holders: dict[str, str]
    """The page each frame is part of, where one page shows it: a link to the frame (a page list
    opening another page's picture in the picture frame) leads to that page."""


class _Look(NamedTuple):
    """What one page holds, for sorting it: its links to pages of the issue, its text."""

    links: set[str]
    areas: set[str]
    body: int
    linked_share: float
    """The share of the page's CJK text that is link text."""
    date: dt.date | None
    names: list[str]
    text: str
    labelled: set[str]
    """The pages it links by a page label (第04版：广告): 版面 pages, with articles or not."""
    frames: set[str]
    """The pages it shows in its frames: parts of it, not pages of their own."""


def _date_line(doc_text: list[str]) -> dt.date | None:
    """The issue's date a masthead line prints (2025年11月19日 星期三)."""
    for line in doc_text:
        found = masthead_date(plain(line))
        if found is not None:
            return found
    return None


def paper_names(texts: list[str]) -> list[str]:
    """A paper's name in a title or masthead line: 青山日报 in 青山日报数字报-A1版：要闻."""
    found = []
    for text in texts:
        for match in PAPER.finditer(plain(text)):
            if not NOT_PAPER.search(match[0]):
                found.append(match[0])
    return found


def _look(text: str, url: str, known: Callable[[str], str | None]) -> _Look:
    """What a page holds; known(url) is the page of the issue a link leads to, or None."""
    doc = parse(text)
    unscript(doc, lambda literal: known(canonical(literal, url)) is not None)
    anchors = [(known(canonical(a.attributes.get("href") or "", url)), a) for a in doc.css("a[href]")]
    anchors += [(known(canonical(o.attributes.get("value") or "", url)), o) for o in doc.css("option[value]")]
    links = {target for target, _ in anchors}
    labelled = {target for target, a in anchors if target and page_label(heading_text(a))}
    areas = {known(canonical(a.attributes.get("href") or "", url)) for a in doc.css("map area[href]")}
    every = doc.body.text() if doc.body is not None else ""
    total = cjk_count(every)
    linked = sum(cjk_count(a.text() or "") for a in doc.css("a"))
    root = doc.root
    texts = root.traverse(include_text=True) if root is not None else []
    lines = [node.text_content or "" for node in texts if node.tag == "-text"]
    title = doc.css_first("title")
    names = [title.text() if title else ""] + [img.attributes.get("alt") or "" for img in doc.css("img[alt]")]
    return _Look(
        {u for u in links if u and u != url},
        {u for u in areas if u and u != url},
        body_size(doc),
        linked / total if total else 1.0,
        _date_line(lines),
        paper_names(names),
        every,
        labelled - {url},
        {
            f
            for frame in doc.css("frame[src], iframe[src]")
            if (f := known(canonical(frame.attributes.get("src") or "", url)))
        },
    )


def _read(url: str, get: Getter, known: Callable[[str], str | None]) -> _Look | None:
    """What one page holds; None when it is not there or is no text."""
    data = get(url)
    if data is None:
        return None
    try:
        text, _ = decode_page(data, url)
    except ImportProblem:
        return None
    return _look(text, url, known)


def sort_pages(urls: list[str], get: Getter, alias: Callable[[str], str]) -> Sorted:
    """The saved pages (file: URLs) sorted into 版面 pages and article pages by what they hold;
    a page that cannot be decoded is neither."""
    saved = set(urls)

    def known(url: str) -> str | None:
        found = alias(url)
        return found if found in saved else None

    looks = {url: look for url in urls if (look := _read(url, get, known)) is not None}
    return _sorted(looks)


def discover(first: str, get: Getter) -> Sorted:
    """A live site no profile describes, from a day's first 版面 page: the pages of that issue it
    links (the same site and date; without a date in the first page's address, its folder),
    and the pages those link, read and sorted. Raises ImportProblem when the first is not there."""
    parts = urlsplit(first)
    folder = first.rsplit("/", 1)[0] + "/"
    blank = generic_system([], [])
    day = url_date(first, blank)

    def known(url: str) -> str | None:
        found = urlsplit(url)
        suffix = found.path.partition(MARK)[0].rsplit("/", 1)[-1]  # a block's, its page's
        if (found.scheme, found.netloc) != (parts.scheme, parts.netloc) or not _WEB_PAGE.search(suffix):
            return None
        dated = url_date(url, blank)
        return url if (dated == day if day else url.startswith(folder)) else None

    looks: dict[str, _Look] = {}
    queue, seen = [(first, 0)], {first}
    while queue and len(looks) < CRAWL_MAX:
        url, depth = queue.pop(0)
        look = _read(url, get, known)
        if look is None:
            continue
        looks[url] = look
        for target in sorted(look.links | look.areas):
            if depth < CRAWL_DEPTH and target not in seen:
                seen.add(target)
                queue.append((target, depth + 1))
    if first not in looks:
        raise ImportProblem(f"{first}: no such page (no issue on that date?)")
    return _sorted(looks)


def _sorted(looks: dict[str, _Look]) -> Sorted:
    """The pages read, sorted by what they hold (the module's docstring says how)."""
    framed = Counter(f for look in looks.values() for f in look.frames)
    holders = {f: u for u, look in looks.items() for f in look.frames if framed[f] == 1}
    looks = {u: _held(look, u, holders) for u, look in looks.items()}
    # A 版面 page's map links article pages; an article page showing the page's map beside its
    # text is one of the pages the maps link.
    targets = {t for look in looks.values() for t in look.areas}
    mapped = {u for u, look in looks.items() if look.areas and not (u in targets and look.body >= BODY_MIN)}
    articles = {u for u, look in looks.items() if look.body >= BODY_MIN and u not in mapped}
    pages = mapped | {u for u, look in looks.items() if u not in articles and look.links & articles}
    # An article's page is linked by a 版面 page as an article is (from its map or title list); a
    # front page with a 导读 only by page labels: so a short story whose sidebar lists the
    # page's other titles stays a story.
    as_article = {t for u in pages for t in looks[u].areas | (looks[u].links - looks[u].labelled)}
    pages |= {
        u
        for u in articles - as_article
        if len(looks[u].links & articles) >= GUIDE_LINKS and looks[u].linked_share > 0.5
    }
    articles -= pages
    pages |= {t for u in set(pages) for t in looks[u].labelled if t not in articles and t in looks}
    pages -= {f for look in looks.values() for f in look.frames}  # a frame is part of its page
    listed = {u: looks[u].links & articles for u in pages}
    contents = {
        u
        for u in pages
        if not looks[u].areas
        and sum(1 for v in pages if v != u and listed[v] and listed[v] <= listed[u]) >= CONTENTS
    }
    pages -= contents
    system = generic_system(sorted(pages), sorted(articles))
    dates = {u: url_date(u, system) or looks[u].date for u in pages}
    shown = sorted(pages or articles)
    votes = Counter(name for u in shown for name in looks[u].names)
    language = printed_language("".join(looks[u].text for u in shown))
    homes = {u: next(iter(back)) for u in articles if len(back := looks[u].links & pages) == 1}
    names = [name for name, _ in votes.most_common()]
    return Sorted(system, sorted(pages), sorted(articles), dates, names, language, homes, holders)


def _held(look: _Look, url: str, holders: dict[str, str]) -> _Look:
    """What a page links, a link to a frame counted as one to the page that shows it."""
    held: Callable[[set[str]], set[str]] = lambda links: {holders.get(t, t) for t in links} - {url}  # noqa: E731
    return look._replace(links=held(look.links), areas=held(look.areas), labelled=held(look.labelled))
