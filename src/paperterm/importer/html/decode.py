"""Bytes of a saved or fetched page to text, whatever it declares.

The 数字报 sites serve UTF-8 or GB2312/GBK, with or without a BOM, and now and then declare one
and send the other. The BOM wins, then a declared charset that decodes cleanly, then UTF-8,
then GB18030 (a superset of GB2312 and GBK), then Big5; a page none of them reads is refused.
Big5 bytes nearly always read as GB18030 too, into nonsense with private-use characters in
it (Big5's full-width punctuation): an undeclared page that reads so, and reads as Big5
without them, is Big5.
"""

from __future__ import annotations

import codecs
import re

from paperterm.importer.text import ImportProblem

MAX_BYTES = 8 * 1024 * 1024
"""A 版面 or article page is tens of kilobytes; anything past this is not one (an HTML bomb)."""

MAX_TAGS = 30_000
"""Nor has one this many tags: an article page has a few hundred. Deeply nested tags cost the
parser time that grows with the square of their depth, so a page past this is refused unread."""

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,30})""", re.IGNORECASE)
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def declared(data: bytes) -> str | None:
    """The charset a page's <meta> declares in its first kilobytes, as Python names it."""
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match[1].decode("ascii").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_PRIVATE = re.compile("[\ue000-\uf8ff]")


def _private(text: str) -> bool:
    """Whether text holds private-use characters: what Big5's punctuation (，。「」 at A1xx)
    becomes when its bytes are read as GBK, and what no Chinese page prints."""
    return len(_PRIVATE.findall(text)) >= 3


def _big5(data: bytes) -> str | None:
    try:
        return data.decode("big5hkscs")
    except UnicodeDecodeError:
        return None


def decode_page(data: bytes, name: str) -> tuple[str, str | None]:
    """The page's text and a note when it was not in the encoding it declares.

    Raises ImportProblem naming the page when it is too large or in no encoding tried.
    """
    if len(data) > MAX_BYTES:
        raise ImportProblem(f"{name}: {len(data) // 1024} KB is too large for a newspaper page")
    if data.count(b"<") > MAX_TAGS:
        raise ImportProblem(f"{name}: more than {MAX_TAGS} tags is too many for a newspaper page")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), None
            except UnicodeDecodeError:
                break
    said = declared(data)
    tried = [said] if said else []
    tried += [e for e in ("utf-8", "gb18030", "big5hkscs") if e not in tried]
    for encoding in tried:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if said is None and encoding == "gb18030" and _private(text):
            big5 = _big5(data)
            text, encoding = (
                (big5, "big5hkscs") if big5 is not None and not _private(big5) else (text, encoding)
            )
        note = None if said in (None, encoding) else f"{name}: declares {said} but is {encoding}"
        return text, note
    raise ImportProblem(f"{name}: not text in UTF-8, GBK/GB18030 or Big5")
