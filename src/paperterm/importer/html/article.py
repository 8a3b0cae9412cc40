"""One article page: its headline group, byline and paragraphs, read the way the paper printed
them, with the conventions of the printed page (datelines, bylines, continuation markers,
photo credits, 栏目 labels) turned into fields by the shared conventions module.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from paperterm.importer.conventions import (
    bare_name,
    byline_line,
    collapse_spaces,
    furniture_line,
    series_label,
    split_credit,
    split_dateline,
    take_markers,
)
from paperterm.importer.html.dom import (
    BR_TAG,
    BREAK,
    enpcontent,
    enpproperty,
    heading_text,
    parse,
    plain,
)
from paperterm.importer.html.profile import System
from paperterm.importer.html.structure import chrome, read_parts
from paperterm.model.issue import Article, ArticleKind, Block, Heading, Region

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

_BLOCK = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|tr|table|blockquote|center|section|article|founder-content)\b[^>]*>",
    re.IGNORECASE,
)
_BOLD_TAG = re.compile(r"<(?:b|strong)\b", re.IGNORECASE)
_BULLET = re.compile(r"^[□■◇◆○●◎☆★▲△▼·•]+\s*")
_SOURCE_TAIL = re.compile(
    r"\s*(?:《[^》]{1,20}》\s*)?[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^）)]*[）)]\s*$|\s*《[^》]{1,20}》\s*$"
)
_AUTHOR_LABEL = re.compile(r"^(?:作者|文)\s*[：:|｜/]\s*")
_DASHES = re.compile(r"^[—–-]+\s*")
_SENTENCE_END = re.compile(r"[。！？]$")
HEADING_MAX = 40
"""A 小标题 is a short bold line; a bold paragraph longer than this is emphasis, not a heading."""


class ArticleDoc(NamedTuple):
    """The fields of one article page as found, before the conventions are read."""

    url: str
    kicker: str
    title: str
    subtitle: str
    author: str
    paragraphs: list[str]
    headings: set[str]
    picture: bool
    page_name: str
    date: str
    """The date the page's enpproperty gives, as written (2025-10-20 or 2016-10-31 09:28:27.0)."""
    missing: list[str]
    """Fields the profile's selectors found nothing for (title and body only: the others may be empty)."""


def _value(doc: LexborHTMLParser, enp: dict[str, str] | None, source: str) -> str:
    """One source's text: an enpproperty field, or the first element the selector finds, less
    the date a byline line carries beside the names (<span class="date">…</span>)."""
    if source.startswith("enp:"):
        return (enp or {}).get(source[4:].lower(), "")
    node = doc.css_first(source)
    if node is None:
        return ""
    for date in node.css(".date, .newstime"):
        date.decompose()
    return heading_text(node)


def _field(doc: LexborHTMLParser, enp: dict[str, str] | None, sources: tuple[str, ...]) -> str:
    for source in sources:
        value = _value(doc, enp, source)
        if value:
            return value
    return ""


def _body_markup(doc: LexborHTMLParser, raw: str, sources: tuple[str, ...]) -> str | None:
    for source in sources:
        if source == "enpcontent":
            markup = enpcontent(raw)
        else:
            node = doc.css_first(source)
            markup = node.html if node is not None else None
        if markup and plain(parse(f"<body>{markup}</body>").body.text() or ""):  # type: ignore[union-attr]
            return markup
    return None


def _bold(p: LexborNode) -> bool:
    text = plain(p.text() or "")
    bold = plain("".join(b.text() or "" for b in p.css("strong, b")))
    return bool(text) and text == bold and len(text) <= HEADING_MAX


def _paragraphs(markup: str) -> tuple[list[str], set[str], bool]:
    """Paragraphs (block elements and <br>s split them), the ones set as 小标题, and whether
    the body holds a picture."""
    tree = parse(f"<body>{markup}</body>")
    headings = {plain(p.text() or "") for p in tree.css("p, h2, h3, h4, h5, h6") if _bold(p)}
    picture = tree.css_first("img") is not None
    broken = _BLOCK.sub(BREAK, BR_TAG.sub(BREAK, markup))
    for piece in broken.split(BREAK):  # a bold line between <br>s is a 小标题 too
        line = parse(f"<p>{piece}</p>").css_first("p") if _BOLD_TAG.search(piece) else None
        if line is not None and _bold(line):
            headings.add(plain(line.text() or ""))
    split = parse(f"<body>{broken}</body>")
    body = split.body
    if body is None:
        return [], headings, picture
    for junk in body.css("script, style, noscript, template"):
        junk.decompose()
    lines = [plain(part) for part in (body.text(separator="") or "").split(BREAK)]
    return [line for line in lines if line], headings, picture


def _by_structure(doc: LexborHTMLParser, text: str, url: str) -> ArticleDoc:
    """The raw fields of an article page of a system no profile describes (structure.py)."""
    parts = read_parts(doc, text)
    paragraphs, headings, picture = _paragraphs(parts.body) if parts.body else ([], set(), False)
    group = {parts.kicker, parts.title, parts.subtitle}
    paragraphs = [p for p in paragraphs if p not in group and not chrome(p)]
    missing = [name for name, value in (("title", parts.title), ("body", paragraphs)) if not value]
    fields = (parts.kicker, parts.title, parts.subtitle, parts.author)
    return ArticleDoc(url, *fields, paragraphs, headings, picture or parts.picture, "", parts.date, missing)


def read_article(text: str, url: str, system: System) -> ArticleDoc:
    """The raw fields of one article page, each from the first of the profile's sources that has
    it; a system without article sources (the generic one) reads the page by its structure."""
    doc = parse(text)
    if not any(system.article.values()):
        return _by_structure(doc, text, url)
    enp = enpproperty(text)
    fields = {name: _field(doc, enp, system.article[name]) for name in ("kicker", "title", "subtitle")}
    author = _field(doc, enp, system.article["author"])
    markup = _body_markup(doc, text, system.article["body"])
    paragraphs, headings, picture = _paragraphs(markup) if markup else ([], set(), False)
    if not picture:
        picture = any(
            doc.css_first(f"{s} img") is not None
            for s in ("#ozoom", ".article", ".text_c", "founder-content")
        )
    missing = [name for name, value in (("title", fields["title"]), ("body", markup)) if not value]
    return ArticleDoc(
        url,
        fields["kicker"],
        fields["title"],
        fields["subtitle"],
        author,
        paragraphs,
        headings,
        picture,
        _field(doc, enp, system.article["page_name"]),
        (enp or {}).get("date", ""),
        missing,
    )


def _byline(author: str) -> str | None:
    """The author field as a byline: bullets (□), a 作者： label and the paper's own source
    line (《人民日报》（2025年10月20日 第01版）) dropped, spaces collapsed."""
    text = _AUTHOR_LABEL.sub("", _BULLET.sub("", _SOURCE_TAIL.sub("", plain(author))))
    text = collapse_spaces(text)
    return (byline_line(text) or text) or None


def _photo_title(caption: str) -> str:
    first = re.split(r"[。，]", caption, maxsplit=1)[0]
    return first[:20]


def to_article(
    doc: ArticleDoc, article_id: str, link_title: str, regions: tuple[Region, ...]
) -> tuple[Article | None, list[str]]:
    """The article with its conventions read: None (and why) when it has no title at all."""
    notes: list[str] = []
    kicker, series = doc.kicker or None, None
    if kicker and series_label(kicker):
        series, kicker = series_label(kicker), None
    subtitle = _DASHES.sub("", doc.subtitle) or None
    byline = _byline(doc.author)
    dateline = None
    continued_on = continued_from = None
    paragraphs: list[str] = []
    for paragraph in doc.paragraphs:
        rest, on, came = take_markers(paragraph)
        continued_on, continued_from = continued_on or on, continued_from or came
        if rest:
            paragraphs.append(rest)
    line_byline = dateline_byline = None
    for _ in range(2):
        if not paragraphs:
            break
        head = _BULLET.sub("", paragraphs[0])
        signed = byline_line(head)
        if signed and line_byline is None:
            line_byline = signed
            paragraphs.pop(0)
            continue
        found, said, rest = split_dateline(head)
        if found:
            dateline, dateline_byline = found, said
            if rest.strip():
                paragraphs[0] = rest.strip()
            else:
                paragraphs.pop(0)
        break
    byline = byline or line_byline or dateline_byline
    if len(paragraphs) > 1:
        name = bare_name(paragraphs[-1])
        if name and (byline is None or byline == name):
            byline = name
            paragraphs.pop()
    caption = credit = None
    if doc.picture and paragraphs:
        for index in (0, len(paragraphs) - 1):
            found_credit = split_credit(paragraphs[index])
            if found_credit:
                caption, credit = found_credit
                paragraphs.pop(index)
                break
    kind: ArticleKind = "photo" if caption is not None and not paragraphs else "article"
    title = doc.title or link_title
    if not title and kind == "photo" and caption:
        title = _photo_title(caption)
    if not title:
        notes.append(f"{doc.url}: no title; left out")
        return None, notes
    if furniture_line(title):
        notes.append(f"{doc.url}: {furniture_line(title)} ({title}), not an article; left out")
        return None, notes
    body: tuple[Block, ...] = tuple(
        Heading(p) if p in doc.headings and not _SENTENCE_END.search(p) else p for p in paragraphs
    )
    article = Article(
        id=article_id,
        title=title,
        kind=kind,
        series=series,
        kicker=kicker,
        subtitle=subtitle,
        dateline=dateline,
        byline=byline,
        body=body,
        caption=caption,
        credit=credit,
        continued_on=continued_on,
        continued_from=continued_from,
        regions=regions,
    )
    return article, notes
