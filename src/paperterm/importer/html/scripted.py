"""Links an e-paper system makes by script, read as the plain links they stand for.

Many systems open an article or a page by a call rather than a link: `href="javascript:
openwin('../../content/2025-11/19/art_5.html')"`, `onclick="showArticle('content_12.htm')"`
on a link, a list item, a table row or a block, `onclick="location.href='node_2.htm'"`, or an
address kept in `data-href` / `data-url`. No script is run: only the string literals in the
call are read, and only one that names a web page (.htm, .html, .shtml, .jsp, .asp …) and
that the caller accepts (a saved page, or a page of the same site and date) becomes a link.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

_SCRIPT_MAX = 2000
"""Characters of one attribute's script read at most: a call that opens a page is short."""
_LITERAL = re.compile(
    r"""(["'])([^"'<>\s\\]{1,300}?\.(?:s?html?|xhtml|jsp|aspx?|php)(?:[?#][^"'<>\s\\]{0,200})?)\1""",
    re.IGNORECASE,
)
"""A string literal naming a web page: a relative or absolute path with a page's suffix."""
_PLAIN = re.compile(r"[^\s\"'<>\\]{1,300}?\.(?:s?html?|xhtml|jsp|aspx?|php)(?:[?#]\S{0,200})?", re.IGNORECASE)
"""A data-href / data-url value that is itself a page's address."""
_SCRIPTED = "a, area, [onclick], [data-href], [data-url]"
_LINKS = frozenset({"a", "area"})
_NO_LINK_INSIDE = frozenset(
    {"html", "head", "body", "table", "thead", "tbody", "tfoot", "ul", "ol", "dl", "select"}
    | {"img", "input", "br", "hr", "iframe", "frame", "script", "style", "textarea", "button"}
)
"""Elements a link cannot be set inside (a table, a list, a picture): their clicks stay unread,
as a list's items carry their own. A table row's link is set in each of its cells."""


def _candidates(href: str, onclick: str, data: list[str]) -> list[str]:
    """The page addresses an element's script or data attributes name, in the order read."""
    found: list[str] = []
    if href.strip().lower().startswith("javascript:"):
        found += [m[2] for m in _LITERAL.finditer(href[:_SCRIPT_MAX])]
    found += [m[2] for m in _LITERAL.finditer(onclick[:_SCRIPT_MAX])]
    found += [value.strip() for value in data if _PLAIN.fullmatch(value.strip())]
    return found


def unscript(doc: LexborHTMLParser, accept: Callable[[str], bool]) -> None:
    """Make each link made by script a plain link to the first page its string literals name
    that accept(literal) takes (it resolves the literal against the page's address): a link's
    href (a javascript: one, or # with an onclick) becomes that page; an element clicked to open
    a page (a list item, a block, a cell with an onclick or data-href) gets its content set in a
    link to it. A link whose href already leads somewhere keeps it. Innermost first, so an
    element holding a link already is left as it is."""
    for node in reversed(doc.css(_SCRIPTED)):
        attrs = node.attributes
        href = (attrs.get("href") or "") if node.tag in _LINKS else ""
        if href.strip() and not href.strip().lower().startswith(("javascript:", "#")):
            continue
        onclick = attrs.get("onclick") or ""
        data = [attrs.get("data-href") or "", attrs.get("data-url") or ""]
        literal = next((lit for lit in _candidates(href, onclick, data) if accept(lit)), None)
        if literal is None:
            continue
        if node.tag in _LINKS:
            node.attrs["href"] = literal
        elif node.tag not in _NO_LINK_INSIDE and not node.css_first("a[href], area[href]"):
            for inside in node.css("td, th") if node.tag == "tr" else [node]:
                inside.inner_html = f'<a href="{html.escape(literal)}">{inside.inner_html or ""}</a>'
