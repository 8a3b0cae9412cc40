"""Laid-out pages to PDF bytes with reportlab, deterministically (`invariant=1`: no dates, no ids).

Glyphs are drawn in runs: a run goes on while the next glyph sits where the font itself would
put it, so CJK text on the em grid is one string and a Latin word is another. A fake-bold run
is drawn a second time a fraction of a point to the right, as e-paper PDFs do.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from PIL import Image
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

from tests.pdfcorpus import fonts
from tests.pdfcorpus.layout import LaidPage, Picture, TextLine, lay_out
from tests.pdfcorpus.spec import PdfSpec


def runs(line: TextLine) -> Iterator[tuple[float, str, bool]]:
    """(x, text, bold) pieces of a line, each drawable as one string."""
    start_x, text, bold = 0.0, "", False
    pen = 0.0
    for (x, ch), flag in zip(line.glyphs, line.bold, strict=True):
        if text and (abs(x - pen) > 0.001 or flag != bold):
            yield start_x, text, bold
            text = ""
        if not text:
            start_x, bold = x, flag
        text += ch
        pen = x + fonts.natural_advance(ch, line.font, line.size)
    if text:
        yield start_x, text, bold


def _image(picture: Picture) -> ImageReader:
    """A tiny deterministic picture: a gradient with a block of colour, different per photo."""
    image = Image.new("RGB", (32, 24))
    shade = 37 * picture.seed % 160
    image.putdata(
        [
            (40 + 5 * x + shade % 60, 60 + 6 * y, 150 - 3 * x + shade % 90)
            if not (8 <= x < 20 and 6 <= y < 16)
            else (200, 170 - shade % 100, 90)
            for y in range(24)
            for x in range(32)
        ]
    )
    return ImageReader(image)


def draw(pdf: canvas.Canvas, page: LaidPage, mode: int | None = None) -> None:
    """One page's ink onto the canvas (y flipped: the layout measures from the top), its text in
    render `mode` if given (3: invisible)."""
    height = page.size[1]
    for picture in page.pictures:
        pdf.drawImage(
            _image(picture), picture.x, height - picture.y - picture.height, picture.width, picture.height
        )
    for box in page.boxes:
        pdf.setLineWidth(box.line_width)
        if box.height:
            pdf.rect(box.x, height - box.y - box.height, box.width, box.height, stroke=1, fill=0)
        else:
            pdf.line(box.x, height - box.y, box.x + box.width, height - box.y)
    for line in page.lines:
        pdf.setFont(fonts.register(line.font), line.size)
        for x, text, bold in runs(line):
            pdf.drawString(x, height - line.baseline, text, mode=mode)
            if bold:
                pdf.drawString(x + line.offset, height - line.baseline, text, mode=mode)


def render(spec: PdfSpec) -> bytes:
    """The whole file: every page of the spec, set and drawn."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=spec.pages[0].size, invariant=1, pageCompression=1)
    for page in spec.pages:
        pdf.setPageSize(page.size)
        draw(pdf, lay_out(page, spec))
        pdf.showPage()
    pdf.save()
    return out.getvalue()
