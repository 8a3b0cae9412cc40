"""One 版面 page of an e-paper site: its label, the other pages, its articles and where they are.

Everything is found by structure: links are sorted by what their URL looks like (the
profile's patterns for a page and an article), the page list and the article list by the
profile's selectors, the articles' places by the page picture's image map (PagePicMap).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urljoin, urlsplit, urlunsplit

from paperterm.importer.conventions import chinese_number
from paperterm.importer.html.dom import ancestors, heading_text, holds, join_lines, markup_text, parse, plain
from paperterm.importer.html.profile import System
from paperterm.importer.html.scripted import unscript
from paperterm.model.issue import Region

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

_LABEL = re.compile(
    r"第?\s*[A-Za-z]{0,2}\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[：:·\-—]?\s*(.*)"
    r"|[A-Za-z]{0,2}(\d{1,3})\s*[：:\s]\s*(\S.*)|[A-Za-z]{0,2}0*(\d{1,3})"
)
_VIEW = re.compile(r"""view\(\s*(["'])(.*?)\1\s*\)""", re.DOTALL)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


class PageDoc(NamedTuple):
    """What one 版面 page says."""

    url: str
    label: tuple[int, str | None] | None
    """(number, name) from the page's own label, when a link to it says 第01版：要闻."""
    pages: list[tuple[str, tuple[int, str | None] | None]]
    """Every page it links to (itself too), in list order, with the link's label."""
    articles: list[str]
    titles: dict[str, str]
    """The article links' own text (a title, or what a script would have written)."""
    regions: dict[str, list[Region]]
    size: tuple[float, float] | None
    pdf: str | None


def canonical(href: str, base: str) -> str:
    """An absolute link without its query and fragment (content_1.htm?div=-1 is content_1.htm);
    "" for a link no address can be made of (http://[broken), which leads to no page."""
    try:
        parts = urlsplit(urljoin(base, href.strip()))
    except ValueError:
        return ""
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def page_label(text: str) -> tuple[int, str | None] | None:
    """A page link's label: 第01版：要闻, 01版：要闻, 第二版, 01 要闻 → (1, 要闻); a page list of
    bare numbers (01, A2) numbers its pages without names."""
    match = _LABEL.fullmatch(plain(text))
    if match is None:
        return None
    number = chinese_number(match[1] or match[3] or match[5])
    name = (match[2] if match[1] else match[4]) or None
    return (number, plain(name) if name else None) if number else None


def _first(doc: LexborHTMLParser, selectors: tuple[str, ...]) -> list[LexborNode]:
    for selector in selectors:
        found = doc.css(selector)
        if found:
            return found
    return []


def _anchors(
    doc: LexborHTMLParser, selectors: tuple[str, ...], keep: Callable[[str], bool], base: str
) -> list[LexborNode]:
    """Links of the first selector that finds any link of the wanted kind."""
    for selector in selectors:
        found = [a for a in doc.css(selector) if keep(canonical(a.attributes.get("href") or "", base))]
        if found:
            return found
    return []


def link_title(anchor: LexborNode) -> str:
    """A link's text, or the headline a script writes into it (document.write(view("主题<br>副题")))."""
    text = heading_text(anchor)
    if text:
        return text
    match = _VIEW.search(anchor.html or "")
    if match is None:
        return ""
    first = re.split(r"<br\s*/?>", match[2].replace('\\"', '"'), maxsplit=1, flags=re.IGNORECASE)[0]
    return join_lines([markup_text(first)])


def _box(shape: str, coords: str) -> tuple[float, float, float, float] | None:
    values = [float(v) for v in _NUMBER.findall(coords)]
    if shape.startswith("circ") and len(values) >= 3:
        x, y, r = values[:3]
        return x - r, y - r, 2 * r, 2 * r
    xs, ys = values[0::2], values[1::2]
    if len(xs) < 2 or len(ys) < 2:
        return None
    x, y = min(xs), min(ys)
    width, height = max(xs) - x, max(ys) - y
    return (x, y, width, height) if width > 0 and height > 0 else None


def _size(doc: LexborHTMLParser, system: System) -> tuple[float, float] | None:
    for img in _first(doc, system.page["picture"]):
        width, height = (img.attributes.get(k) or "" for k in ("width", "height"))
        if width.strip().isdigit() and height.strip().isdigit() and int(width) and int(height):
            return float(width), float(height)
    return None


def _pdf(anchors: list[LexborNode], url: str, is_page: Callable[[str], bool]) -> str | None:
    """This page's PDF: the one link, or, where the page list gives every page its PDF, the one
    beside the link to this page; a PDF beside another page's link is that page's."""
    beside_this, alone = [], []
    for anchor in anchors:
        row, mates = anchor.parent, []
        for _ in range(3):
            if row is None:
                break
            mates = [canonical(a.attributes.get("href") or "", url) for a in row.css("a[href]")]
            mates = [m for m in mates if is_page(m)]
            if mates:
                break
            row = row.parent
        target = canonical(anchor.attributes.get("href") or "", url)
        if url in mates:
            beside_this.append(target)
        elif not mates:
            alone.append(target)
    found = beside_this or alone
    return found[0] if found else None


def read_page(text: str, url: str, system: System, alias: Callable[[str], str] | None = None) -> PageDoc:
    """The links, labels, regions, picture size and PDF of one 版面 page; alias names a link's
    target by the address it stands for (a saved copy's name: content_1b4f.html), where the
    system's names are told."""
    doc = parse(text)
    named = alias or str
    is_page: Callable[[str], bool] = lambda link: system.matches("page", named(link))  # noqa: E731
    is_article: Callable[[str], bool] = lambda link: system.matches("article", named(link))  # noqa: E731
    unscript(doc, lambda literal: is_page(link := canonical(literal, url)) or is_article(link))
    labels: dict[str, tuple[int, str | None] | None] = {}
    for anchor in doc.css("a[href]"):
        target = canonical(anchor.attributes.get("href") or "", url)
        if is_page(target) and not labels.get(target):
            labels[target] = page_label(heading_text(anchor))
    listed = [
        canonical(a.attributes.get("href") or "", url)
        for a in _anchors(doc, system.page["page_links"], is_page, url)
    ]
    order = list(dict.fromkeys([*listed, *labels]))
    pages = [(target, labels.get(target)) for target in order]

    anchors = _anchors(doc, system.page["article_links"], is_article, url)
    if not anchors:
        anchors = [
            a for a in doc.css("a[href]") if is_article(canonical(a.attributes.get("href") or "", url))
        ]
    articles: list[str] = []
    titles: dict[str, str] = {}
    for anchor in anchors:
        target = canonical(anchor.attributes.get("href") or "", url)
        if target not in titles or not titles[target]:
            titles[target] = link_title(anchor)
        if target not in articles:
            articles.append(target)

    regions: dict[str, list[Region]] = {}
    for area in _first(doc, system.page["regions"]):
        href = area.attributes.get("href") or ""
        target = canonical(href, url) if href else ""
        box = _box((area.attributes.get("shape") or "poly").lower(), area.attributes.get("coords") or "")
        if not target or not is_article(target) or box is None:
            continue
        regions.setdefault(target, []).append(Region("body", *box))
        if target not in articles:
            articles.append(target)
    pdf = _pdf(_first(doc, system.page["pdf"]), url, is_page)
    label = labels.get(url) or _own_label(doc)
    return PageDoc(url, label, pages, articles, titles, regions, _size(doc, system), pdf)


def _in_link(node: LexborNode) -> bool:
    return any(a.tag == "a" for a in ancestors(node))


def _own_label(doc: LexborHTMLParser) -> tuple[int, str | None] | None:
    """The page's label where no link names it: the current page, set apart in the page list
    as plain text (<span class=cur>A2版：要闻</span>), or a line such as 第01版：要闻 on its own."""
    for node in doc.css("span, p, div, td, li, strong, b, h1, h2, h3, h4, em, font"):
        if holds(node, "a, p, div, td, li") or _in_link(node):
            continue
        label = page_label(node.text() or "")
        if label is not None and label[1] is not None:
            return label
    return None
