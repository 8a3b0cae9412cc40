"""A 版面 page built of frames, read as the one page they make together.

Older e-paper systems set a 版面 page as a `<frameset>` (or a page of `<iframe>`s): one frame
holds the page list, one the page picture with its image map, one the list of the page's
articles. A reader sees one page; so the page is read as the union of its frames' bodies, each
frame's links made absolute to the frame's own address (so they lead where they led in it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from paperterm.importer.html.decode import decode_page
from paperterm.importer.html.dom import parse
from paperterm.importer.text import ImportProblem

Getter = Callable[[str], bytes | None]

FRAMES_MAX = 8
"""Frames of one page read at most: a 版面 has three or four."""
DEPTH = 2
"""Framesets within framesets followed at most: a banner frame around the page's own frameset."""
_FRAMED = re.compile(rb"<i?frame\b", re.IGNORECASE)
_LINKED = (("a[href]", "href"), ("area[href]", "href"), ("img[src]", "src"), ("option[value]", "value"))
"""Where a frame's addresses are: made absolute so they read the same inside the whole page."""


def frame_sources(doc_html: str, url: str) -> list[str]:
    """The addresses of a page's frames and iframes, in the page's order (at most FRAMES_MAX); on
    a live site only its own: a frame from elsewhere (an advertisement, a video player) is no
    part of a 版面. A saved page's frames are the saved files they name, wherever they link."""
    doc = parse(doc_html)
    site = _site(url)
    found = [_join(url, f.attributes.get("src") or "") for f in doc.css("frame[src], iframe[src]")]
    return [
        src
        for src in dict.fromkeys(found)
        if src and src != url and (site[0] == "file" or _site(src) == site)
    ][:FRAMES_MAX]


def _join(base: str, link: str) -> str:
    """The link made absolute; "" for one no address can be made of (http://[broken)."""
    try:
        return urljoin(base, link.strip())
    except ValueError:
        return ""


def _site(url: str) -> tuple[str, str]:
    try:
        parts = urlsplit(url)
    except ValueError:
        return "", ""
    return parts.scheme, parts.netloc


def _body(get: Getter, url: str, depth: int) -> tuple[str, str, int] | None:
    """(the page's <head> markup, its body markup with its frames' bodies after it, how many
    frames were read); None when it is not there or is no text."""
    data = get(url)
    if data is None:
        return None
    try:
        text, _ = decode_page(data, url)
    except ImportProblem:
        return None
    head, body = _absolute(text, url)
    if depth == 0 or not _FRAMED.search(data):
        return head, body, 0
    parts = [body]
    for src in frame_sources(text, url):
        inner = _body(get, src, depth - 1)
        if inner is not None:
            parts.append(f'<iframe src="{_attr(src)}"></iframe>\n<div class="frame">{inner[1]}</div>')
    return head, "\n".join(parts), len(parts) - 1


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _absolute(text: str, url: str) -> tuple[str, str]:
    """The page's head and body markup, every link in the body absolute; the head without what
    it says of its bytes' encoding (the whole is written anew in UTF-8)."""
    doc = parse(text)
    for meta in doc.css("meta[charset], meta[http-equiv]"):
        meta.decompose()
    for selector, name in _LINKED:
        for node in doc.css(selector):
            value = (node.attributes.get(name) or "").strip()
            if value and not value.lower().startswith(("javascript:", "#", "mailto:", "data:")):
                node.attrs[name] = _join(url, value) or value
    head = (doc.head.html or "") if doc.head is not None else ""
    body = (doc.body.html or "") if doc.body is not None else ""
    return re.sub(r"^<head[^>]*>|</head>$", "", head), re.sub(r"^<body[^>]*>|</body>$", "", body)


def with_frames(get: Getter) -> Getter:
    """A getter that hands a page built of frames over as one page: its own head, and the
    bodies of its frames in their order (a page none of whose frames is there, as it is)."""
    made: dict[str, bytes | None] = {}

    def framed(url: str) -> bytes | None:
        data = get(url)
        if data is None or not _FRAMED.search(data):
            return data
        if url not in made:
            whole = _body(get, url, DEPTH)
            made[url] = (
                f'<html><head><meta charset="utf-8">{whole[0]}</head><body>{whole[1]}</body></html>'.encode()
                if whole is not None and whole[2]
                else None
            )
        return made[url] or data

    return framed
