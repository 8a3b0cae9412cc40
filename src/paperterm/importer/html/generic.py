"""Saved pages of an e-paper system no profile describes, read by convention instead of names.

Each saved page is read once and sorted by what it holds: an article page has a body of
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

from paperterm.importer.conventions import masthead_date
from paperterm.importer.html.crawl import url_date
from paperterm.importer.html.decode import decode_page
from paperterm.importer.html.dom import heading_text, parse, plain
from paperterm.importer.html.page import canonical, page_label
from paperterm.importer.html.profile import ARTICLE_FIELDS, PAGE_FIELDS, URL_FIELDS, System
from paperterm.importer.html.structure import body_size, cjk_count
from paperterm.importer.script import printed_language
from paperterm.importer.text import ImportProblem

GENERIC = "generic"

DATE = (
    r".*(?<![0-9])(?P<year>(?:19|20)[0-9]{2})[-_/.]?(?P<month>0[1-9]|1[0-2])[-_/.]?"
    r"(?P<day>0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
"""The issue's date in an address, the last one in it: 2025-10/20/, 20251020/, 2025/10/20/,
202510/20/, …_20251020_1-01.htm."""

BODY_MIN = 15
"""CJK characters of paragraph text (outside links) that make a page an article page: a
photo's caption has a sentence; a 版面 page's own text is its labels and its date."""
CONTENTS = 2
"""A page listing every article of this many 版面 pages (or more) is the day's 目录 (table of
contents), not a 版面 of its own."""
GUIDE_LINKS = 3
"""A page with a body of text that links this many article pages, mostly by links, is a 版面
page with a 导读 (a guide to the day's stories), not an article with its 上一篇/下一篇."""

_PAPER = re.compile(
    "(?<![本\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}?"
    "(?:日报|晚报|早报|时报|商报|都市报|青年报|法治报|日報|晚報|早報|時報|商報|都市報|報|报)"
)
_NOT_PAPER = re.compile("(?:数字|电子|數字|數位|電子|本|下一|上一)[报報]$")


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


class _Look(NamedTuple):
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


def _date_line(doc_text: list[str]) -> dt.date | None:
    for line in doc_text:
        found = masthead_date(plain(line))
        if found is not None:
            return found
    return None


def paper_names(texts: list[str]) -> list[str]:
    """A paper's name in a title or masthead line: 青山日报 in 青山日报数字报-A1版：要闻."""
    found = []
    for text in texts:
        for match in _PAPER.finditer(plain(text)):
            if not _NOT_PAPER.search(match[0]):
                found.append(match[0])
    return found


def _look(text: str, url: str, known: Callable[[str], str | None]) -> _Look:
    doc = parse(text)
    anchors = [(known(canonical(a.attributes.get("href") or "", url)), a) for a in doc.css("a[href]")]
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
    )


def sort_pages(urls: list[str], get: Callable[[str], bytes | None], alias: Callable[[str], str]) -> Sorted:
    """The saved pages (file: URLs) sorted into 版面 pages and article pages by what they hold;
    a page that cannot be decoded is neither."""
    saved = set(urls)

    def known(url: str) -> str | None:
        found = alias(url)
        return found if found in saved else None

    looks: dict[str, _Look] = {}
    for url in urls:
        data = get(url)
        if data is None:
            continue
        try:
            text, _ = decode_page(data, url)
        except ImportProblem:
            continue
        looks[url] = _look(text, url, known)
    mapped = {u for u, look in looks.items() if look.areas}
    articles = {u for u, look in looks.items() if look.body >= BODY_MIN and u not in mapped}
    pages = set(mapped)
    for url, look in looks.items():
        linked = look.links & articles
        guide = len(linked) >= GUIDE_LINKS and look.linked_share > 0.5
        if linked and (url not in articles or guide):
            pages.add(url)
    articles -= pages
    pages |= {target for u in set(pages) for target in looks[u].labelled if target not in articles}
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
    return Sorted(
        system, sorted(pages), sorted(articles), dates, [name for name, _ in votes.most_common()], language
    )
