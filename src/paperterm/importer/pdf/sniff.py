"""What a file is, from its first bytes: a PDF is recognised by its header, never by its name."""

from __future__ import annotations

HEAD = 1024
"""Bytes read to tell: a PDF's `%PDF-` header may come anywhere in its first kilobyte."""

_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"AT&TFORM", "a DjVu document"),
    (b"%!PS", "a PostScript file"),
)


def is_pdf(head: bytes) -> bool:
    """Whether the file starts like a PDF."""
    return b"%PDF-" in head[:HEAD]


def is_html(head: bytes) -> bool:
    """Whether the file starts like a web page: a saved e-paper page (importer/html)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return stripped.startswith((b"<!doctype html", b"<html")) or b"<html" in stripped[:HEAD]


def looks_like_text(head: bytes) -> bool:
    """Page text (any of the encodings the text importer reads): no NUL bytes, few control bytes."""
    if not head or b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 0x20 and byte not in b"\t\n\r\f")
    return controls * 100 < len(head)


def describe(head: bytes) -> str:
    """What the file looks like, for a message that says what went wrong."""
    if not head:
        return "an empty file"
    if is_pdf(head):
        return "a PDF"
    for signature, what in _SIGNATURES:
        if head.startswith(signature):
            return what
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html")):
        return "an HTML page (the download gave the web page, not the PDF)"
    if looks_like_text(head):
        return "page text"
    return "binary data"
