"""A 版面 page that prints all its articles, read as a page and its articles.

Some systems print every article of a 版面 on the page itself, each in its own block under an
anchor (`<a name="art1"></a>`, or `<div id="art1">`), with the image map's areas and the title
list linking those anchors (`#art1`). Each such block is read as an article page of its own,
at an address made of the page's and the anchor's (`…/bm_1.htm;block=art1`); the page keeps
the rest (the picture, its map, the lists) with its links to the anchors leading there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urldefrag, urljoin

from paperterm.importer.html.decode import decode_page
from paperterm.importer.html.dom import ancestors, parse
from paperterm.importer.html.structure import chrome
from paperterm.importer.text import ImportProblem

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

Getter = Callable[[str], bytes | None]

MARK = ";block="
"""What joins a page's address and an anchor's name in a block's address."""
BLOCKS_MIN = 2
"""Anchors a page's own links must lead to for it to be a page of blocks, unless its image map
leads to one: a single in-page link may be a footnote's."""
BLOCKS_MAX = 60
"""Blocks of one page read at most: a 版面 prints a dozen stories at most."""
_SIBLINGS_MAX = 2000
"""Elements one block is made of at most."""
_TEXT = re.compile("[\u3400-\u9fff]")


def _anchors(doc: LexborHTMLParser, url: str) -> list[tuple[str, LexborNode]]:
    """The anchors on the page its own links lead to (#art1, this page's name#art1), in the order
    the page prints them; not one a control leads to (返回顶部 to #top)."""
    names: list[str] = []
    mapped = False
    for link in doc.css("a[href], area[href]"):
        href = (link.attributes.get("href") or "").strip()
        if "#" not in href or (link.tag == "a" and chrome(link.text() or "")):
            continue
        try:
            target, name = urldefrag(urljoin(url, href))
        except ValueError:
            continue
        if target == url and name and name not in names:
            names.append(name)
        mapped = mapped or (target == url and bool(name) and link.tag == "area")
    wanted = set(names[: BLOCKS_MAX * 2])
    found: dict[str, LexborNode] = {}
    for node in doc.css("[id], a[name]"):
        for key in (node.attributes.get("id"), node.attributes.get("name")):
            if key and key in wanted and key not in found:
                found[key] = node
    ordered = [(name, found[name]) for name in found]
    return ordered[:BLOCKS_MAX] if len(ordered) >= BLOCKS_MIN or (ordered and mapped) else []


def _blocks(doc: LexborHTMLParser, anchors: list[tuple[str, LexborNode]]) -> dict[str, list[LexborNode]]:
    """Each anchor's block: the element named, when it holds the text; else (an empty marker) the
    marker's place among its siblings and those after it, up to the next anchor's."""
    marks: dict[int, str] = {}
    starts: list[tuple[str, LexborNode]] = []
    for name, node in anchors:
        start = node
        if not _TEXT.search(node.text() or ""):
            for parent in ancestors(node):  # the marker's wrappers (<p><a name>), DEPTH at most
                if parent.tag == "body" or _TEXT.search(parent.text() or ""):
                    break
                start = parent
        marks[start.mem_id] = name
        starts.append((name, start))
    blocks: dict[str, list[LexborNode]] = {}
    for name, start in starts:
        nodes = [start]
        if _TEXT.search(start.text() or ""):
            blocks[name] = nodes
            continue
        sibling = start.next
        while sibling is not None and len(nodes) < _SIBLINGS_MAX:
            if sibling.mem_id in marks or any(n.mem_id in marks for n in sibling.css("[id], a[name]")):
                break
            nodes.append(sibling)
            sibling = sibling.next
        blocks[name] = nodes
    return blocks


def block_urls(get: Getter, url: str) -> list[str]:
    """The addresses of the blocks a page prints its articles in (none for most pages)."""
    read = _read(get, url)
    if read is None:
        return []
    doc, _ = read
    return [f"{url}{MARK}{quote(name, safe='')}" for name, _ in _anchors(doc, url)]


def _read(get: Getter, url: str) -> tuple[LexborHTMLParser, str] | None:
    data = get(url)
    if data is None:
        return None
    try:
        text, _ = decode_page(data, url)
    except ImportProblem:
        return None
    return parse(text), text


def with_blocks(get: Getter) -> Getter:
    """A getter that hands a page of blocks over as the page without them, its links to them
    leading to their addresses, and a block's address over as a page of that block alone."""

    def blocked(url: str) -> bytes | None:
        page, mark, name = url.partition(MARK)
        data = get(page)
        if data is None or b"#" not in data:
            return None if mark else data
        read = _read(get, page)
        if read is None:
            return None if mark else data
        doc, _ = read
        anchors = _anchors(doc, page)
        if not anchors:
            return None if mark else data
        blocks = _blocks(doc, anchors)
        head = (doc.head.html or "") if doc.head is not None else ""
        head = re.sub(r"<meta[^>]*charset[^>]*>", "", head, flags=re.IGNORECASE)
        if mark:
            nodes = blocks.get(unquote(name))
            if nodes is None:
                return None
            inner = "".join(node.html or "" for node in nodes)
            return f'<html><meta charset="utf-8">{head}<body>{inner}</body></html>'.encode()
        for link in doc.css("a[href], area[href]"):
            href = (link.attributes.get("href") or "").strip()
            try:
                target, at = urldefrag(urljoin(page, href))
            except ValueError:
                continue
            if target == page and at in blocks:
                link.attrs["href"] = f"{page}{MARK}{quote(at, safe='')}"
        gone = [node for nodes in blocks.values() for node in nodes]
        ids = {node.mem_id for node in gone}
        for node in gone:
            if not any(a.mem_id in ids for a in ancestors(node)):
                node.decompose()
        body = (doc.body.html or "") if doc.body is not None else ""
        return f'<html><meta charset="utf-8">{head}{body}</html>'.encode()

    return blocked
