"""Reading text out of a parsed page: markup, comments, indents and line breaks.

selectolax (the Lexbor engine) parses each page; it is imported when the first page is
parsed, never on paperterm's start-up path.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from paperterm.model.sanitize import clean

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014"
BREAK = "\u2029"
"""Where a <br> stood: a title's lines are joined there, a body's paragraphs split there."""
BR_TAG = re.compile(r"<br\s*/?>|&lt;br\s*/?&gt;", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACE_RUN = re.compile(r"[\s\u3000\xa0]+")
_BROKEN_HAN = re.compile(f"(?<=[{_HAN}]) *\n[\\s\u3000\xa0]*(?=[{_HAN}])")
_ENP = re.compile(r"<!--\s*enpproperty(.*?)/?enpproperty\s*-->", re.DOTALL | re.IGNORECASE)
_ENP_FIELD = re.compile(r"<([a-z_-]+)>(.*?)</\1\s*>", re.DOTALL | re.IGNORECASE)
_ENPCONTENT = re.compile(
    r"<!--\s*enpcontent\s*-->(.*?)<!--\s*/\s*enpcontent\s*-->", re.DOTALL | re.IGNORECASE
)
_SKIPPED = "script, style, noscript, template"
_CJK_PUNCTUATION = "，。、；：！？“”‘’（）《》〈〉【】「」『』…—"
_SPACE_BY_PUNCTUATION = re.compile(f" (?=[{_CJK_PUNCTUATION}])|(?<=[{_CJK_PUNCTUATION}]) ")


def parse(text: str) -> LexborHTMLParser:
    """The page's tree (selectolax, imported here so that paperterm starts without it)."""
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(text)


def plain(text: str) -> str:
    """Markup-free text: source line breaks between CJK characters are dropped (the page wrapped
    there), every other run of spaces, 全角 spaces, NBSP or line breaks becomes one space, and
    none is kept beside full-width punctuation, which carries its own space."""
    text = clean(text).replace(BREAK, "\n")
    text = _BROKEN_HAN.sub("", text)
    return _SPACE_BY_PUNCTUATION.sub("", _SPACE_RUN.sub(" ", text)).strip()


def join_lines(lines: list[str]) -> str:
    """A headline set on several lines is one: joined without a space between CJK characters,
    with one between Latin words."""
    out = ""
    for line in (plain(part) for part in lines):
        if not line:
            continue
        if out and not (re.match(f"[{_HAN}]", line[0]) or re.match(f"[{_HAN}]", out[-1])):
            out += " "
        out += line
    return out


def markup_text(fragment: str) -> str:
    """Text of a fragment of markup (an enpproperty value): tags gone, entities read."""
    return html.unescape(_TAG.sub("", BR_TAG.sub(BREAK, fragment)))


def node_lines(node: LexborNode) -> list[str]:
    """A node's text split where it has <br>s, scripts and styles left out."""
    markup = node.html or ""
    copy = parse(f"<body>{BR_TAG.sub(BREAK, markup)}</body>").body
    if copy is None:
        return []
    for junk in copy.css(_SKIPPED):
        junk.decompose()
    return (copy.text(separator="") or "").split(BREAK)


DEPTH = 100
"""Ancestors looked at, at most: what a paragraph sits in (a link, a footer) is near it, and a
hostile page nested thousands deep must not cost a walk to the top for each of its nodes."""


def ancestors(node: LexborNode) -> Iterator[LexborNode]:
    """The elements above node, nearest first, up to DEPTH of them."""
    parent = node.parent
    for _ in range(DEPTH):
        if parent is None:
            return
        yield parent
        parent = parent.parent


def holds(node: LexborNode, selector: str) -> bool:
    """Whether an element below node (not node itself: selectolax's css counts it) matches."""
    return any(found.mem_id != node.mem_id for found in node.css(selector))


def heading_text(node: LexborNode) -> str:
    """A headline element's text, its lines joined."""
    return join_lines(node_lines(node))


def enpproperty(raw: str) -> dict[str, str] | None:
    """The fields of the `<!--enpproperty …/enpproperty-->` comment Founder's pages carry (title,
    introtitle, subtitle, author, date, nodename …; newer pages write founder-title …),
    markup removed; None without one."""
    match = _ENP.search(raw)
    if match is None:
        return None
    fields: dict[str, str] = {}
    for name, value in _ENP_FIELD.findall(match[1]):
        text = join_lines(markup_text(value).split(BREAK))
        key = name.lower()
        fields.setdefault(key, text)
        if key.startswith("founder-") and not fields.get(key[8:]):
            fields[key[8:]] = text
    return fields


def enpcontent(raw: str) -> str | None:
    """The markup between the `<!--enpcontent-->` and `<!--/enpcontent-->` comments, if any."""
    match = _ENPCONTENT.search(raw)
    return match[1] if match else None
