"""Links an e-paper system makes by script, read as the plain links they stand for.

Many systems open an article or a page by a call rather than a link: `href="javascript:
openwin('../../content/2025-11/19/art_5.html')"`, `onclick="showArticle('content_12.htm')"`,
`onclick="location.href='node_2.htm'"`, or an address kept in `data-href` / `data-url`. No
script is run: only the string literals in the call are read, and only one that names a web
page (.htm, .html, .shtml, .jsp, .asp …) and that the caller accepts (a saved page, or a page
of the same site and date) becomes the element's href.
"""

from __future__ import annotations

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
_SCRIPTED = "a, area"


def _candidates(href: str, onclick: str, data: list[str]) -> list[str]:
    """The page addresses an element's script or data attributes name, in the order read."""
    found: list[str] = []
    if href.strip().lower().startswith("javascript:"):
        found += [m[2] for m in _LITERAL.finditer(href[:_SCRIPT_MAX])]
    found += [m[2] for m in _LITERAL.finditer(onclick[:_SCRIPT_MAX])]
    found += [value.strip() for value in data if _PLAIN.fullmatch(value.strip())]
    return found


def unscript(doc: LexborHTMLParser, accept: Callable[[str], bool]) -> None:
    """Give each link made by script (a javascript: href, an onclick, a data-href or data-url)
    the href of the first page its string literals name that accept(literal) takes (it
    resolves the literal against the page's address); a link
    whose href already leads somewhere keeps it."""
    for node in doc.css(_SCRIPTED):
        attrs = node.attributes
        href = attrs.get("href") or ""
        if href.strip() and not href.strip().lower().startswith(("javascript:", "#")):
            continue
        onclick = attrs.get("onclick") or ""
        data = [attrs.get("data-href") or "", attrs.get("data-url") or ""]
        for literal in _candidates(href, onclick, data):
            if accept(literal):
                node.attrs["href"] = literal
                break
