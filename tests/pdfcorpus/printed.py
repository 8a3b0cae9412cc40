"""Corpus pages re-set the way print-ready and e-paper PDFs come: on a larger sheet with a trim
box, bleed, crop and registration marks, colour bars and a slug line of printer's text; with the
text layer invisible over a picture of the page; with overset text clipped away; stored turned
a quarter or a half. A reader sees each one as the original page, so each must import to it."""

from __future__ import annotations

import ctypes
import dataclasses
import io
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

from tests.pdfcorpus import fonts
from tests.pdfcorpus.layout import LaidPage, lay_out
from tests.pdfcorpus.render import draw
from tests.pdfcorpus.spec import PdfSpec

SLUG = 42.0
"""Points of sheet outside the trim on every side: bleed, marks and the slug line."""
BLEED = 9.0
MEDIA_ORIGIN = (-17.0, -23.0)
"""Where the sheet's lower-left corner is moved to: a MediaBox need not start at (0, 0)."""


@dataclass(frozen=True)
class Printing:
    """How a page is put on the PDF page."""

    box: str | None = None
    """"trim" or "crop": the page sits inside a larger sheet, marked by that box."""
    invisible: bool = False
    """The text drawn in render mode 3 over a picture of the page, as e-papers made from scans are."""
    overset: bool = False
    """Lines of text drawn over the page but clipped away entirely (overset text in a frame)."""
    rotate: int = 0
    """The page's /Rotate: stored turned, shown upright."""
    placed: bool = False
    """The page drawn once as a form XObject and placed on the sheet, as imposition does."""
    framed: bool = False
    """Every line clipped to its own frame, flush at its ends, and every photo placed larger
    than its frame and clipped to it, as page-layout programs export them."""


PRINTINGS = {
    "trim-box": Printing(box="trim"),
    "crop-box": Printing(box="crop"),
    "invisible-text": Printing(invisible=True),
    "overset-clipped": Printing(overset=True),
    "rotated-90": Printing(rotate=90),
    "rotated-180": Printing(rotate=180),
    "rotated-270": Printing(rotate=270),
    "rotated-trimmed": Printing(box="trim", rotate=90, overset=True),
    "placed-on-sheet": Printing(box="trim", overset=True, placed=True),
    "framed": Printing(framed=True),
    "framed-placed-turned": Printing(box="trim", overset=True, placed=True, framed=True, rotate=270),
}


def render_printed(spec: PdfSpec, printing: Printing) -> bytes:
    """The spec's pages, each put on its PDF page as `printing` says."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1, pageCompression=1)
    for number, page in enumerate(spec.pages):
        laid = lay_out(page, spec)
        if printing.placed:
            pdf.beginForm(f"page{number}", 0, 0, *page.size)
            _ink(pdf, laid, printing)
            pdf.endForm()
        _page(pdf, laid, printing, spec, f"page{number}" if printing.placed else None)
        pdf.showPage()
    pdf.save()
    if printing.box is None:
        return out.getvalue()
    return _move_media(out.getvalue())


def _page(pdf: canvas.Canvas, page: LaidPage, printing: Printing, spec: PdfSpec, form: str | None) -> None:
    width, height = page.size
    margin = SLUG if printing.box else 0.0
    sheet_w, sheet_h = width + 2 * margin, height + 2 * margin
    pdf.setPageSize((sheet_w, sheet_h))  # reportlab turns the MediaBox for a /Rotate of 90 or 270
    pdf.setPageRotation(printing.rotate)
    pdf.saveState()
    # user space → the sheet as shown upright (see PDF 32000 §8.3.2.3 on /Rotate, clockwise)
    pdf.transform(*_turn(printing.rotate, sheet_w, sheet_h))
    if printing.box:
        trim = (margin, margin, margin + width, margin + height)
        shown = _turned_box(trim, printing.rotate, sheet_w, sheet_h)
        if printing.box == "trim":
            pdf.setTrimBox(shown)
            bleed = (margin - BLEED, margin - BLEED, margin + width + BLEED, margin + height + BLEED)
            pdf.setBleedBox(_turned_box(bleed, printing.rotate, sheet_w, sheet_h))
        else:
            pdf.setCropBox(shown)
        _marks(pdf, width, height, spec)
        pdf.translate(margin, margin)
    if form is None:
        _ink(pdf, page, printing)
    else:
        pdf.doForm(form)
    pdf.restoreState()


def _ink(pdf: canvas.Canvas, page: LaidPage, printing: Printing) -> None:
    """The page itself, with its origin at the trim's lower-left corner."""
    if printing.invisible:
        _scan(pdf, page)
    if printing.framed:
        _framed(pdf, page)
    else:
        draw(pdf, page, mode=3 if printing.invisible else None)
    if printing.overset:
        _overset(pdf, page)


def _turn(rotate: int, sheet_w: float, sheet_h: float) -> tuple[float, ...]:
    """The matrix from the sheet as shown upright to the user space of a page stored turned
    by `rotate` (PDF 32000 §8.3.2.3: /Rotate turns the page clockwise for showing)."""
    return {
        0: (1, 0, 0, 1, 0, 0),
        90: (0, 1, -1, 0, sheet_h, 0),
        180: (-1, 0, 0, -1, sheet_w, sheet_h),
        270: (0, -1, 1, 0, 0, sheet_w),
    }[rotate]


def on_sheet(data: bytes, rotate: int, margin: float) -> bytes:
    """Any PDF's pages moved onto a sheet `margin` larger all round, inside a trim box (when
    there is a margin), and stored turned by `rotate`: how the other corpora, drawn by their
    own renderers, are put into the same conditions."""
    document = pdfium.PdfDocument(data)
    try:
        for page in document:
            left, bottom, right, top = page.get_mediabox()
            width, height = right - left, top - bottom
            sheet_w, sheet_h = width + 2 * margin, height + 2 * margin
            a, b, c, d, e, f = _turn(rotate, sheet_w, sheet_h)
            dx, dy = margin - left, margin - bottom
            matrix = pdfium_c.FS_MATRIX(a, b, c, d, a * dx + c * dy + e, b * dx + d * dy + f)
            if not pdfium_c.FPDFPage_TransFormWithClip(page.raw, ctypes.byref(matrix), None):
                raise RuntimeError("PDFium cannot move the page's content")
            media = (0.0, 0.0, sheet_h, sheet_w) if rotate in (90, 270) else (0.0, 0.0, sheet_w, sheet_h)
            page.set_mediabox(*media)
            page.set_cropbox(*media)
            if margin:
                page.set_trimbox(
                    *_turned_box((margin, margin, margin + width, margin + height), rotate, sheet_w, sheet_h)
                )
            page.set_rotation(rotate)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    finally:
        document.close()


def _turned_box(
    box: tuple[float, float, float, float], rotate: int, sheet_w: float, sheet_h: float
) -> tuple[float, float, float, float]:
    """A box on the upright sheet, in the turned page's user space."""
    left, bottom, right, top = box
    return {
        0: box,
        90: (sheet_h - top, left, sheet_h - bottom, right),
        180: (sheet_w - right, sheet_h - top, sheet_w - left, sheet_h - bottom),
        270: (bottom, sheet_w - right, top, sheet_w - left),
    }[rotate]


def _marks(pdf: canvas.Canvas, width: float, height: float, spec: PdfSpec) -> None:
    """Printer's marks around a trim of `width`×`height` at (SLUG, SLUG): bleed artwork, crop
    marks at the corners, registration targets, a colour bar and the slug line."""
    m = SLUG
    pdf.saveState()
    pdf.setFillColorRGB(0.85, 0.2, 0.2)
    pdf.rect(m - BLEED, m + height, width + 2 * BLEED, BLEED, stroke=0, fill=1)  # a band run into the bleed
    pdf.setLineWidth(0.25)
    for x, y, dx, dy in (
        (m, m, -1, -1),
        (m + width, m, 1, -1),
        (m, m + height, -1, 1),
        (m + width, m + height, 1, 1),
    ):
        pdf.line(x + dx * (BLEED + 3), y, x + dx * (m - 4), y)
        pdf.line(x, y + dy * (BLEED + 3), x, y + dy * (m - 4))
    for cx, cy in (
        (m + width / 2, m / 2 - 4),
        (m + width / 2, m + height + m / 2 + 4),
        (m / 2 - 4, m + height / 2),
    ):
        pdf.circle(cx, cy, 6, stroke=1, fill=0)
        pdf.line(cx - 10, cy, cx + 10, cy)
        pdf.line(cx, cy - 10, cx, cy + 10)
    for k, (c, mg, y, kk) in enumerate(
        ((0, 0, 0, 1), (1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0.5, 0.5, 0.5, 0.5), (0.2, 0.2, 0.2, 0.2))
    ):
        pdf.setFillColorCMYK(c, mg, y, kk)
        pdf.rect(m + 20 + 14 * k, 8, 12, 12, stroke=0, fill=1)
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setFont(fonts.register("STSong-Light"), 7)
    date = spec.date.isoformat()
    pdf.drawString(
        m + 120, 10, f"{spec.name}.pdf  {date}  第{spec.pages[0].number}版  制版 23:41  印刷 01:20"
    )
    pdf.drawString(m + width - 160, 10, "C  M  Y  K    青 品 黄 黑")
    pdf.drawString(
        m + 20, m + height + 24, f"{spec.paper} {date} 第{spec.pages[0].number}版 责任编辑 校对 美编"
    )
    pdf.restoreState()


def _scan(pdf: canvas.Canvas, page: LaidPage) -> None:
    """A picture of the page (as a scanned or rasterised e-paper has) under the text layer."""
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=page.size, invariant=1)
    draw(sheet, page)
    sheet.showPage()
    sheet.save()
    document = pdfium.PdfDocument(out.getvalue())
    try:
        image = document[0].render(scale=0.5).to_pil()
    finally:
        document.close()
    pdf.drawInlineImage(image, 0, 0, page.size[0], page.size[1])


def _framed(pdf: canvas.Canvas, page: LaidPage) -> None:
    """The page with each line inside a clip flush with its ink (the first glyph's left, the
    last one's advance, ascent to descent) and each photo a fifth larger than its frame, clipped."""
    height = page.size[1]
    draw(pdf, dataclasses.replace(page, lines=[], pictures=[]))
    for picture in page.pictures:
        pdf.saveState()
        frame = pdf.beginPath()
        frame.rect(picture.x, height - picture.y - picture.height, picture.width, picture.height)
        pdf.clipPath(frame, stroke=0, fill=0)
        grown = dataclasses.replace(
            picture,
            x=picture.x - picture.width / 10,
            y=picture.y - picture.height / 10,
            width=picture.width * 1.2,
            height=picture.height * 1.2,
        )
        draw(pdf, LaidPage(page.size, pictures=[grown]))
        pdf.restoreState()
    for line in page.lines:
        if not line.glyphs:
            continue
        x, ch = line.glyphs[-1]
        right = x + fonts.advance(ch, line.font, line.size)
        pdf.saveState()
        frame = pdf.beginPath()
        frame.rect(line.left, height - line.baseline - 0.12 * line.size, right - line.left, line.size)
        pdf.clipPath(frame, stroke=0, fill=0)
        draw(pdf, LaidPage(page.size, lines=[line]))
        pdf.restoreState()


def _overset(pdf: canvas.Canvas, page: LaidPage) -> None:
    """The page's first text lines again, across the middle of the page, inside a clipping path
    that shows none of them: text run on past its frame, which no reader sees."""
    height = page.size[1]
    pdf.saveState()
    frame = pdf.beginPath()
    frame.rect(0, 0, 30, 8)
    pdf.clipPath(frame, stroke=0, fill=0)
    for k, line in enumerate(page.lines[:6]):
        pdf.setFont(fonts.register(line.font), line.size)
        pdf.drawString(page.size[0] / 3, height / 2 - 14 * k, "".join(ch for _, ch in line.glyphs))
    pdf.restoreState()


def _move_media(data: bytes) -> bytes:
    """The same file with its MediaBox's origin moved off (0, 0), as page-layout programs write it."""
    document = pdfium.PdfDocument(data)
    try:
        for page in document:
            left, bottom, right, top = page.get_mediabox()
            page.set_mediabox(left + MEDIA_ORIGIN[0], bottom + MEDIA_ORIGIN[1], right, top)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    finally:
        document.close()
