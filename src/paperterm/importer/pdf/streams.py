"""Compressed streams measured before PDFium inflates them: a small file can hold a deflate
stream that expands a thousandfold (a PDF bomb), and PDFium would inflate it whole, in memory.

Every `stream` keyword in the file is tried as the start of a deflate stream (wrapped in
ASCII85 or hex, if its dictionary says so); what inflates is counted a megabyte at a time and
thrown away, and the file is refused once one stream or all of them inflate past what any
newspaper page needs. Bytes that are no deflate data are passed over at once.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib

STREAM_LIMIT = 128 * 2**20
"""Bytes one stream may inflate to: a broadsheet page's photo at 300 dpi is about 50 MB."""
TOTAL_LIMIT = 512 * 2**20
"""Bytes all of a file's streams may inflate to."""
_CHUNK = 2**20
_PROBE = 2**12
"""Bytes read first: enough for zlib to say whether deflate data starts there."""
_START = re.compile(rb"stream\r?\n")
_DICTIONARY = 512
"""Bytes before `stream` where its dictionary (and its /Filter) is looked for."""


def inflated_size(data: bytes) -> tuple[int, int]:
    """The largest size one deflate stream of the file inflates to, and the total; counting
    stops as soon as either limit is passed."""
    largest = total = 0
    for match in _START.finditer(data):
        encoded = _unwrapped(data, match.start(), match.end())
        size = _inflate(encoded, min(STREAM_LIMIT, TOTAL_LIMIT - total) + 1)
        largest, total = max(largest, size), total + size
        if largest > STREAM_LIMIT or total > TOTAL_LIMIT:
            break
    return largest, total


def _unwrapped(data: bytes, keyword: int, start: int) -> memoryview | bytes:
    """The stream's bytes from `start`, ASCII85 or hex decoded first if its filters begin so."""
    dictionary = data[max(0, keyword - _DICTIONARY) : keyword]
    dictionary = dictionary[dictionary.rfind(b"<<") :]
    if b"/ASCII85Decode" in dictionary or b"/A85" in dictionary:
        end = data.find(b"~>", start)
        try:
            return base64.a85decode(data[start : end if end >= 0 else len(data)], ignorechars=b" \t\r\n")
        except ValueError:
            return b""
    if b"/ASCIIHexDecode" in dictionary or b"/AHx" in dictionary:
        end = data.find(b">", start)
        hexdigits = re.sub(rb"\s", b"", data[start : end if end >= 0 else len(data)])
        try:
            return binascii.unhexlify(hexdigits[: len(hexdigits) // 2 * 2])
        except binascii.Error:
            return b""
    return memoryview(data)[start:]


def _inflate(encoded: memoryview | bytes, limit: int) -> int:
    """How many bytes the deflate data at the start of `encoded` inflates to, up to `limit`; 0
    if it is none."""
    inflater = zlib.decompressobj()
    size, at, step = 0, 0, _PROBE
    try:
        while not inflater.eof and size < limit:
            piece = inflater.unconsumed_tail
            if not piece:
                if at >= len(encoded):
                    break
                piece, at, step = bytes(encoded[at : at + step]), at + step, _CHUNK
            size += len(inflater.decompress(piece, _CHUNK))
    except zlib.error:
        pass
    return size
