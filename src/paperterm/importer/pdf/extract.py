"""The one module that calls PDFium: each page's glyphs, pictures and drawn lines as plain tuples.

Nothing is rendered and no text is extracted in PDFium's reading order: every character is
read with its position, advance, size and weight, and the layout is worked out from those.
Input is refused early and in one line when it cannot be a newspaper page worth reading:
too large, inflating to too much, too many pages, encrypted, damaged, or a page drawn with
absurd numbers of objects.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from paperterm.importer.pdf.ink import Box, Glyph, PageInk, Turned
from paperterm.importer.pdf.sniff import HEAD, describe, is_pdf
from paperterm.importer.pdf.streams import STREAM_LIMIT, TOTAL_LIMIT, inflated_size
from paperterm.importer.pdf.view import PageView, Rect, page_view
from paperterm.importer.text import ImportProblem

MAX_BYTES = 200 * 1024 * 1024
MAX_PAGES = 64
MAX_OBJECTS = 200_000
"""Page objects on one page: a dense broadsheet page has a few thousand."""
MAX_GLYPHS = 100_000
MAX_SIDE = 14_400.0
"""The largest page side the PDF format allows (200 inches), in points."""
MAX_FORM_DEPTH = 8
RULE_THICKNESS = 5.0
BAR = 40.0
"""A box this many times longer than it is thick is a (thick) rule."""
"""A drawn path thinner than this (points) in one direction is a rule, not a box."""
UNMAPPED_SHARE = 0.2
"""A page where more than this share of the glyphs has no Unicode value cannot be read."""
BOLD_WEIGHT = 600
RECENT_OBJECTS = 16
"""Text objects back that a copy printed over one (fake bold) is looked for: a run broken into
several objects is printed again after all of them."""
RUN_ADVANCE = 1.3
"""Ems: the next glyph of a run further on than this had white (a space PDFium left out) before it."""
TURNED = 20
"""Degrees: text turned further from the horizontal than this is read as margin text."""
OVERPRINT = 1.0
"""Points: a copy of a run printed closer than this to it is fake bold."""

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

_PRIVATE_USE = range(0xE000, 0xF900)
_OBJECT_AT: Callable[[Any, int], int | None] = ctypes.CFUNCTYPE(
    ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int
)(ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value or 0)
"""FPDFText_GetTextObject, answering the object's address as a plain int: it is called for every
glyph, and making a ctypes pointer for each answer costs more than the rest of the loop."""
_FILL_STROKE = (pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE, pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE_CLIP)
_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: "the PDF is encrypted (it asks for a password); save an unlocked copy first",
    pdfium_c.FPDF_ERR_SECURITY: "the PDF uses an encryption paperterm cannot open",
    pdfium_c.FPDF_ERR_FORMAT: "the PDF is damaged (PDFium cannot read its structure)",
    pdfium_c.FPDF_ERR_FILE: "the file cannot be read",
}


def read_pdf(path: Path) -> list[PageInk]:
    """Every page of one PDF file; ImportProblem (naming the file and page) when it cannot be read."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportProblem(f"{name}: {size / 2**20:.0f} MB is more than a page PDF needs (limit 200 MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(f"{name}: cannot read it: {exc.strerror or exc}") from None
    if not is_pdf(data):
        what = describe(data[:HEAD])
        if what == "page text":
            what += "; import text files on their own, with --date and --paper"
        raise ImportProblem(f"{name}: not a PDF ({what})")
    if b"%%EOF" not in data[-2048:]:
        raise ImportProblem(f"{name}: the PDF is cut short (no %%EOF at its end); download it again")
    largest, total = inflated_size(data)
    if largest > STREAM_LIMIT or total > TOTAL_LIMIT:
        what = "a compressed stream inflates" if largest > STREAM_LIMIT else "its compressed streams inflate"
        limit = STREAM_LIMIT if largest > STREAM_LIMIT else TOTAL_LIMIT
        raise ImportProblem(f"{name}: {what} past {limit // 2**20} MB (a PDF bomb?); refused")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        reason = _ERRORS.get(pdfium_c.FPDF_GetLastError(), "PDFium cannot open it")
        raise ImportProblem(f"{name}: {reason}") from None
    try:
        return list(_pages(document, name))
    finally:
        document.close()


def _pages(document: pdfium.PdfDocument, name: str) -> Iterator[PageInk]:
    count = len(document)
    if count == 0:
        raise ImportProblem(f"{name}: the PDF has no pages")
    if count > MAX_PAGES:
        raise ImportProblem(
            f"{name}: {count} pages; paperterm imports newspaper pages, at most {MAX_PAGES} per file"
        )
    for index in range(count):
        page = document[index]
        try:
            view = page_view(page.get_mediabox(), page.get_cropbox(), page.get_trimbox(), page.get_rotation())
            width, height = view.size
            if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
                raise ImportProblem(
                    f"{name}: page {index + 1} is {width:.0f}×{height:.0f} points, not a page"
                )
            yield _page(page, name, index, view)
        finally:
            page.close()


class Style(NamedTuple):
    """How a text object sets its glyphs."""

    size: float
    bold: bool
    face: int
    angle: int
    """Degrees the text is turned from the horizontal."""


def _page(page: pdfium.PdfPage, name: str, index: int, view: PageView) -> PageInk:
    raw = page.raw
    count = pdfium_c.FPDFPage_CountObjects(raw)
    if count > MAX_OBJECTS:
        raise ImportProblem(
            f"{name}: page {index + 1} is drawn with {count:,} objects (limit {MAX_OBJECTS:,}); refused"
        )
    textpage = pdfium_c.FPDFText_LoadPage(raw)
    try:
        objects = _Objects(textpage, view, f"{name}: page {index + 1}")
        objects.read(raw, count, pdfium_c.FPDFPage_GetObject, 0)
        glyphs, turned, unmapped, unseen = _glyphs(textpage, view, objects, name, index)
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)
    if not glyphs and not turned and not unmapped:
        if any(unseen):
            raise ImportProblem(
                f"{name}: page {index + 1}: all its text lies outside the page as cut (its trim or "
                "crop box) or is clipped away; a reader sees none of it"
            )
        raise ImportProblem(f"{name}: page {index + 1} has no text layer; paperterm does not OCR")
    if unmapped > UNMAPPED_SHARE * (len(glyphs) + unmapped):
        raise ImportProblem(
            f"{name}: page {index + 1}: {unmapped} of {len(glyphs) + unmapped} glyphs have no Unicode "
            "value (fonts without a ToUnicode map); paperterm cannot tell what they say"
        )
    return PageInk(
        name,
        index,
        *view.size,
        glyphs,
        objects.images,
        objects.rules,
        objects.frames,
        objects.doubled,
        turned,
        *unseen,
    )


def _address(pointer: Any) -> int | None:
    return ctypes.cast(pointer, ctypes.c_void_p).value


class _Objects:
    """Walks a page's objects (down through form XObjects): pictures, drawn lines and boxes, and
    each text object's type size and weight, all as the page is shown (view.py).

    What lies outside the page as cut (bleed, marks, colour bars) is left out and what lies
    across its edge is cut at it. So is what a clipping path hides: a picture is what its frame
    shows, and text run on past its frame (overset) is not seen. Inside a form XObject, PDFium
    gives positions and clips in the form's own space: they are placed on the page by the
    forms' matrices, and a form's own clip clips all it holds.

    A text object drawn again a fraction of a point away is fake bold: PDFium leaves such a copy
    out of the page's text, so it is found here by its box, and the first one marked bold.
    """

    def __init__(self, textpage: object, view: PageView, where: str) -> None:
        self.textpage, self.view, self.where = textpage, view, where
        self.page: Box = (0.0, 0.0, *view.size)
        self.clips: dict[int | None, Box] = {}
        """Each clipped text object's clip, as a box on the shown page."""
        self.images: list[Box] = []
        self.rules: list[Box] = []
        self.frames: list[Box] = []
        self.styles: dict[int | None, Style] = {}
        """Each text object's type size (its font size, scaled by its matrix), weight, face and angle."""
        self.faces: dict[str, int] = {}
        self.doubled = 0
        self.recent: list[tuple[int | None, Box, object]] = []
        self.bounds = [ctypes.c_float() for _ in range(4)]

    def read(
        self,
        parent: object,
        count: int,
        get: Callable[[Any, int], Any],
        depth: int,
        placed: Matrix = IDENTITY,
        clipped: Box | None = None,
    ) -> None:
        """The objects of the page or of a form, which `placed` puts on the page (inside a
        form, PDFium gives positions in the form's own space) and `clipped` clips."""
        for k in range(count):
            obj = get(parent, k)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            clip = _overlap_clips(clipped, _clip(obj, self.view, placed))
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                inner = pdfium_c.FPDFFormObj_CountObjects(obj)
                if inner > MAX_OBJECTS:
                    raise ImportProblem(
                        f"{self.where}: a form holds {inner:,} objects (limit {MAX_OBJECTS:,})"
                    )
                if depth < MAX_FORM_DEPTH:
                    getter = pdfium_c.FPDFFormObj_GetObject
                    self.read(obj, inner, getter, depth + 1, _times(_matrix(obj), placed), clip)
                continue
            if kind not in (
                pdfium_c.FPDF_PAGEOBJ_TEXT,
                pdfium_c.FPDF_PAGEOBJ_IMAGE,
                pdfium_c.FPDF_PAGEOBJ_PATH,
            ):
                continue
            left, bottom, right, top = self.bounds
            if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                continue
            box = self.view.box(*_placed(placed, left.value, bottom.value, right.value, top.value))
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                if clip is not None:
                    self.clips[_address(obj)] = clip
                self.text(obj, box, placed)
                continue
            on_page = _overlap(box, self.page)
            seen = None if on_page is None else _overlap(on_page, clip)
            if seen is None:
                continue
            box = seen
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                self.images.append(box)
            elif _thin(box):
                self.rules.append(box)
            else:
                self.frames.append(box)

    def text(self, obj: object, box: Box, placed: Matrix) -> None:
        address = _address(obj)
        size = ctypes.c_float()
        pdfium_c.FPDFTextObj_GetFontSize(obj, size)
        a, b, c, d, _, _ = _times(_matrix(obj), placed)
        scale = math.sqrt(abs(a * d - b * c)) or 1.0
        bold, fontname = _font(obj)
        face = self.faces.setdefault(fontname, len(self.faces))
        angle = self.view.angle(math.degrees(math.atan2(b, a)))
        style = Style(size.value * scale, bold, face, round(angle))
        for other, other_box, other_obj in self.recent:
            if not _shifted(box, other_box):
                continue
            mine, theirs = self.chars(obj), self.chars(other_obj)
            if mine and mine != theirs:
                continue
            self.styles[other] = self.styles[other]._replace(bold=True)
            if not mine:  # PDFium left the copy out of the text; else the glyphs are dropped later
                self.doubled += len(theirs)
                return
        self.styles[address] = style
        self.recent = [*self.recent[-RECENT_OBJECTS + 1 :], (address, box, obj)]

    def chars(self, obj: object) -> str:
        size = pdfium_c.FPDFTextObj_GetText(obj, self.textpage, None, 0)
        if size <= 2:
            return ""
        buffer = (ctypes.c_ushort * (size // 2))()
        pdfium_c.FPDFTextObj_GetText(obj, self.textpage, buffer, size)
        return bytes(buffer)[: size - 2].decode("utf-16-le", errors="replace")


def _thin(box: Box) -> bool:
    """A rule: thinner than RULE_THICKNESS, or a bar many times longer than it is thick."""
    short, long = sorted((box[2] - box[0], box[3] - box[1]))
    return short < RULE_THICKNESS or long >= BAR * short


def _overlap(box: Box, other: Box | None) -> Box | None:
    """The part of `box` inside `other` (all of it when there is no other); None when none is
    (a box only touching the other's edge, as bleed artwork touches the trim, is outside it)."""
    if other is None:
        return box
    left, top = max(box[0], other[0]), max(box[1], other[1])
    right, bottom = min(box[2], other[2]), min(box[3], other[3])
    across = right > left or (right == left and box[0] == box[2])
    down = bottom > top or (bottom == top and box[1] == box[3])
    return (left, top, right, bottom) if across and down else None


def _clip(obj: object, view: PageView, placed: Matrix) -> Box | None:
    """The box around what an object's clipping path lets show, on the shown page; None when it
    is not clipped. A clip is the intersection of its paths, so the bounds of each are met."""
    clip = pdfium_c.FPDFPageObj_GetClipPath(obj)
    paths = pdfium_c.FPDFClipPath_CountPaths(clip) if clip else -1
    if paths <= 0:
        return None
    x, y = ctypes.c_float(), ctypes.c_float()
    bounds: Rect | None = None
    for p in range(paths):
        xs: list[float] = []
        ys: list[float] = []
        for k in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, p)):
            if pdfium_c.FPDFPathSegment_GetPoint(pdfium_c.FPDFClipPath_GetPathSegment(clip, p, k), x, y):
                xs.append(x.value)
                ys.append(y.value)
        if not xs:
            continue
        rect = (min(xs), min(ys), max(xs), max(ys))
        bounds = (
            rect
            if bounds is None
            else (
                max(bounds[0], rect[0]),
                max(bounds[1], rect[1]),
                min(bounds[2], rect[2]),
                min(bounds[3], rect[3]),
            )
        )
    if bounds is None:
        return None
    if bounds[2] < bounds[0] or bounds[3] < bounds[1]:
        return (0.0, 0.0, -1.0, -1.0)  # the paths do not meet: nothing shows
    return view.box(*_placed(placed, *bounds))


def _shifted(box: Box, other: Box) -> bool:
    """The same box moved by less than an overprint's offset."""
    dx, dy = box[0] - other[0], box[1] - other[1]
    return (
        abs(dx) < OVERPRINT
        and abs(dy) < OVERPRINT
        and abs(box[2] - other[2] - dx) < 0.05
        and abs(box[3] - other[3] - dy) < 0.05
    )


def _matrix(obj: object) -> Matrix:
    """An object's matrix: how a text object scales and turns its type (PDFs often set 1-point
    type, scaled), how a form is placed in what holds it."""
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return IDENTITY
    return m.a, m.b, m.c, m.d, m.e, m.f


def _times(inner: Matrix, outer: Matrix) -> Matrix:
    """`inner` then `outer`, as PDF concatenates matrices."""
    a, b, c, d, e, f = inner
    p, q, r, s, t, u = outer
    return a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u


def _placed(m: Matrix, left: float, bottom: float, right: float, top: float) -> Rect:
    """A rectangle's bounds after the matrix."""
    if m == IDENTITY:
        return left, bottom, right, top
    xs, ys = [], []
    for x, y in ((left, bottom), (left, top), (right, bottom), (right, top)):
        xs.append(m[0] * x + m[2] * y + m[4])
        ys.append(m[1] * x + m[3] * y + m[5])
    return min(xs), min(ys), max(xs), max(ys)


def _overlap_clips(outer: Box | None, inner: Box | None) -> Box | None:
    """What both clips let show."""
    if outer is None or inner is None:
        return inner if outer is None else outer
    return _overlap(inner, outer) or (0.0, 0.0, -1.0, -1.0)


def _font(obj: object) -> tuple[bool, str]:
    """Whether the text is bold (by its font's weight or name, or faked by stroking the outline
    as well as filling it), and its font's name."""
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    if not font:
        return False, ""
    buffer = ctypes.create_string_buffer(256)
    length = pdfium_c.FPDFFont_GetBaseFontName(font, buffer, 256)
    fontname = buffer.raw[: max(length - 1, 0)].decode("latin-1")
    if pdfium_c.FPDFTextObj_GetTextRenderMode(obj) in _FILL_STROKE:
        return True, fontname
    lowered = fontname.lower()
    named = "bold" in lowered or "heavy" in lowered or "black" in lowered
    return named or pdfium_c.FPDFFont_GetWeight(font) >= BOLD_WEIGHT, fontname


def _glyphs(
    textpage: Any, view: PageView, objects: _Objects, name: str, index: int
) -> tuple[list[Glyph], list[Turned], int, tuple[int, int]]:
    """Every drawn character a reader sees (not the spaces and line ends PDFium makes up), the
    count of unmapped ones, and the counts of those not read: outside the page as cut (the
    slug line and marks), and hidden by a clipping path (overset text). Text drawn invisible
    (render mode 3, a text layer over a picture of the page) is the page's text and is read.

    A glyph's right edge is where the next glyph of its run starts (its true advance), unless
    that is further than any glyph advances (a space stood between); at the end of a run, the
    advance the same character has inside runs elsewhere on the page, since the box PDFium gives
    is the font's declared width, which may not be the width the text was set with.
    """
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count > MAX_GLYPHS:
        raise ImportProblem(
            f"{name}: page {index + 1} has {count:,} characters (limit {MAX_GLYPHS:,}); refused"
        )
    unicode_of = pdfium_c.FPDFText_GetUnicode
    generated = pdfium_c.FPDFText_IsGenerated
    map_error = pdfium_c.FPDFText_HasUnicodeMapError
    origin = pdfium_c.FPDFText_GetCharOrigin
    loose = pdfium_c.FPDFText_GetLooseCharBox
    font_size = pdfium_c.FPDFText_GetFontSize
    page_address = ctypes.cast(textpage, ctypes.c_void_p)
    x, y = ctypes.c_double(), ctypes.c_double()
    rect = pdfium_c.FS_RECTF()
    x_ref, y_ref, rect_ref = ctypes.byref(x), ctypes.byref(y), ctypes.byref(rect)
    texts: list[str] = []
    indices: list[int] = []
    lefts: list[float] = []
    rights: list[float] = []
    bases: list[float] = []
    sizes: list[float] = []
    bolds: list[bool] = []
    faces: list[int] = []
    turned: list[Turned] = []
    styles, clips = objects.styles, objects.clips
    width, height = view.size
    outside = clipped = 0
    run_end: list[bool] = []
    advances: dict[tuple[str, float], float] = {}
    previous_object: int | None = -1
    unmapped = 0
    suspect = False
    for i in range(count):
        code = unicode_of(textpage, i)
        if code in (0x0D, 0x0A) or (code == 0x20 and generated(textpage, i) == 1):
            continue
        if code == 0 or code == 0xFFFD or code in _PRIVATE_USE:
            unmapped += 1
            continue
        address = _OBJECT_AT(page_address, i)
        if address != previous_object:  # one font per text object: look once, then closely if need be
            suspect = map_error(textpage, i) == 1
        if suspect and map_error(textpage, i) == 1:
            unmapped += 1
            continue
        origin(textpage, i, x_ref, y_ref)
        left, base = view.point(x.value, y.value)
        style = styles.get(address) or Style(font_size(textpage, i), False, -1, round(view.angle(0.0)))
        size, bold = style.size, style.bold
        centre_x, centre_y = _centre(left, base, size, style.angle)
        if not (0.0 <= centre_x <= width and 0.0 <= centre_y <= height):
            outside += 1
            continue
        clip = clips.get(address)
        if clip is not None and not (clip[0] <= centre_x <= clip[2] and clip[1] <= centre_y <= clip[3]):
            clipped += 1
            continue
        if abs(style.angle) > TURNED:
            turned.append((chr(code), left, base, style.angle))
            continue
        run_on = texts and address == previous_object and bases[-1] == base
        if run_on and 0 < left - lefts[-1] <= RUN_ADVANCE * sizes[-1]:
            rights[-1] = left
            run_end[-1] = False
            advances[(texts[-1], sizes[-1])] = left - lefts[-1]
        previous_object = address
        texts.append(chr(code))
        indices.append(i)
        lefts.append(left)
        rights.append(left)
        bases.append(base)
        sizes.append(size)
        bolds.append(bold)
        faces.append(style.face)
        run_end.append(True)
    for k, last in enumerate(run_end):
        if last:
            advance = advances.get((texts[k], sizes[k]))
            if advance is None:
                loose(textpage, indices[k], rect_ref)
                advance = view.box(rect.left, rect.bottom, rect.right, rect.top)[2] - lefts[k]
            rights[k] = lefts[k] + max(advance, 0.0)
    glyphs = list(zip(texts, lefts, rights, bases, sizes, bolds, faces, strict=True))
    return glyphs, turned, unmapped, (outside, clipped)


def _centre(left: float, base: float, size: float, angle: float) -> tuple[float, float]:
    """Roughly the middle of a glyph set at (left, base) on the shown page, turned with it: a
    third of an em above its baseline, and a quarter of one along its line (the middle of a
    half-width letter or digit, so that one set flush against a frame's edge is not taken for
    clipped; an ideograph's middle is further on, which matters only for one cut in half)."""
    turn = math.radians(angle)
    along, up = 0.25 * size, 0.35 * size
    return (
        left + along * math.cos(turn) - up * math.sin(turn),
        base - along * math.sin(turn) - up * math.cos(turn),
    )
