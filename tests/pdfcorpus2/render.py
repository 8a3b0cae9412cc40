"""Laid-out pages to PDF bytes, drawn in the order and the way a make-up program might.

The content stream's order is the page's `stream`: as read, every headline after every body,
or shuffled by module, by part and by line (deterministically: a seed per file and page). Tints
(a shaded box, a dark band, a reversed page number, barcode bars) come first so that nothing
drawn on them is hidden. A line is drawn as the page's `drawing` says: natural runs; one string
per stretch of equal letter spacing, with Tc; or each glyph its own text object with its own
Tm. Fake bold is the run drawn again 0.3 pt to the right, or stroked as well as filled.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

from tests.pdfcorpus2 import faces
from tests.pdfcorpus2.layout import LaidPage, Picture, Run, Shape, lay_out
from tests.pdfcorpus2.spec import Drawing, PageSpec, PdfSpec

OVERPRINT = 0.3
"""Points between a fake-bold run and its copy."""
STROKE = 0.3
"""Line width of a stroked (fill and stroke) bold run."""

Item = Run | Shape | Picture


def pieces(run: Run, drawing: Drawing) -> Iterator[tuple[int, float]]:
    """(first glyph, Tc) of each string a run is drawn as: where the pen moves by the font's own
    advance plus one constant spacing, one string goes on."""
    if drawing == "glyphs":
        for k in range(len(run.glyphs)):
            yield k, 0.0
        return
    start, spacing = 0, 0.0
    for k in range(1, len(run.glyphs)):
        gap = _along(run, k) - _along(run, k - 1) - faces.natural(run.glyphs[k - 1][2], run.face, run.size)
        if k - start == 1 and drawing == "spaced":
            spacing = gap
        if abs(gap - spacing) > 0.001:
            yield start, spacing
            start, spacing = k, 0.0
    yield start, spacing


def _along(run: Run, k: int) -> float:
    """A glyph's distance along the run's reading direction from the first glyph."""
    x, y, _ = run.glyphs[k]
    x0, y0, _ = run.glyphs[0]
    return {0: x - x0, 90: y0 - y, -90: y - y0}[run.angle]


def draw_order(laid: LaidPage, page: PageSpec, seed: str) -> list[Item]:
    """Everything on the page in the order the content stream draws it."""
    items: list[Item] = [*laid.pictures, *laid.shapes, *laid.runs]
    index = {id(item): k for k, item in enumerate(items)}
    rank: dict[tuple[int, ...], float] = {}
    rng = random.Random(seed)

    def shuffled(unit: tuple[int, ...]) -> tuple[float, ...]:
        keys = []
        for depth in range(1, len(unit) + 1):
            prefix = unit[:depth]
            if prefix not in rank:
                rank[prefix] = rng.random()
            keys.append(rank[prefix])
        return tuple(keys)

    def key(item: Item) -> tuple[object, ...]:
        tint = isinstance(item, Shape) and item.fill is not None
        if page.stream == "scrambled":
            return (not tint, shuffled(item.unit), index[id(item)])
        late = isinstance(item, Run) and item.role == "headline" and page.stream == "headlines-last"
        return (not tint, late, index[id(item)])

    return sorted(items, key=key)


def _image(picture: Picture) -> ImageReader:
    """A small deterministic picture: bands of colour with a block in them, different per photo;
    a paper's logo (seed −1) dark red strokes on white."""
    if picture.seed < 0:
        logo = Image.new("RGB", (48, 12), (255, 255, 255))
        logo.putdata(
            [
                (150, 20, 30) if (x % 12 < 9 and (y + x) % 5 < 3) else (255, 255, 255)
                for y in range(12)
                for x in range(48)
            ]
        )
        return ImageReader(logo)
    image = Image.new("RGB", (40, 30))
    shade = 53 * picture.seed % 170
    image.putdata(
        [
            (60 + 4 * y + shade % 50, 90 + 3 * x, 120 + shade % 80 - 2 * y)
            if not (10 <= x < 24 and 8 <= y < 20)
            else (180, 120 + shade % 60, 70)
            for y in range(30)
            for x in range(40)
        ]
    )
    return ImageReader(image)


def _shape(pdf: canvas.Canvas, shape: Shape, height: float) -> None:
    pdf.saveState()
    pdf.setLineWidth(shape.stroke or 0.1)
    if shape.fill is not None:
        pdf.setFillGray(shape.fill)
    if shape.width and shape.height:
        y = height - shape.y - shape.height
        pdf.rect(
            shape.x,
            y,
            shape.width,
            shape.height,
            stroke=int(shape.stroke > 0),
            fill=int(shape.fill is not None),
        )
    else:
        pdf.line(shape.x, height - shape.y, shape.x + shape.width, height - shape.y - shape.height)
    pdf.restoreState()


def _run(pdf: canvas.Canvas, run: Run, height: float, drawing: Drawing, rng: random.Random | None) -> None:
    name = faces.register(run.face)
    turn = math.radians(run.angle)
    cos, sin = round(math.cos(turn), 6), round(math.sin(turn), 6)
    spans = list(pieces(run, drawing))
    ends = [*(start for start, _ in spans[1:]), len(run.glyphs)]
    strings = [(start, spacing, end) for (start, spacing), end in zip(spans, ends, strict=True)]
    if rng is not None:
        rng.shuffle(strings)
    passes = (0.0, OVERPRINT) if run.bold == "overprint" else (0.0,)
    pdf.saveState()
    pdf.setLineWidth(STROKE)
    for shift in passes:
        text = None
        for start, spacing, end in strings:
            if text is None or drawing == "glyphs":
                if text is not None:
                    pdf.drawText(text)
                text = pdf.beginText()
                text.setFont(name, run.size)
                text.setFillGray(1.0 if run.white else 0.0)
                if run.bold == "stroke":
                    text.setTextRenderMode(2)
            x, y, _ = run.glyphs[start]
            text.setTextTransform(cos, sin, -sin, cos, x + shift, height - y)
            text.setCharSpace(spacing)
            text.textOut("".join(ch for _, _, ch in run.glyphs[start:end]))
        if text is not None:
            pdf.drawText(text)
    pdf.restoreState()


def draw(pdf: canvas.Canvas, laid: LaidPage, page: PageSpec, seed: str) -> None:
    """One page onto the canvas (y flipped: the layout measures from the top)."""
    height = page.size[1]
    rng = random.Random(seed + ":glyphs") if page.stream == "scrambled" and page.drawing == "glyphs" else None
    for item in draw_order(laid, page, seed):
        if isinstance(item, Picture):
            pdf.drawImage(_image(item), item.x, height - item.y - item.height, item.width, item.height)
        elif isinstance(item, Shape):
            _shape(pdf, item, height)
        else:
            _run(pdf, item, height, page.drawing, rng)
    pdf.showPage()


def stream_seed(spec: PdfSpec, page: PageSpec) -> str:
    """What a page's shuffled drawing order is drawn from."""
    return f"{spec.name}:{page.number}"


def render(spec: PdfSpec) -> bytes:
    """The whole file: every page of the spec, set and drawn."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=spec.pages[0].size, invariant=1, pageCompression=1)
    for page in spec.pages:
        pdf.setPageSize(page.size)
        draw(pdf, lay_out(page, spec), page, stream_seed(spec, page))
    pdf.save()
    return out.getvalue()


def render_all(folder: Path, specs: Sequence[PdfSpec] | None = None) -> dict[str, Path]:
    """Every corpus file (or the given ones: the third corpus's) rendered into `folder`: file
    stem → path."""
    from tests.pdfcorpus2.pages import ALL

    paths = {}
    for spec in ALL if specs is None else specs:
        path = folder / f"{spec.name}.pdf"
        path.write_bytes(render(spec))
        paths[spec.name] = path
    return paths
