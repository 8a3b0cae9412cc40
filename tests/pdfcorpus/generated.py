"""Pages filled to the foot from the corpus's own paragraphs, for timing the importer: a dense
broadsheet page (about 10,000 glyphs: twelve columns of small type) and a many-page issue.

Modules are set in bands across the page, every band's modules sharing one top, so the reading
order is plain; a band takes as many paragraphs as still fit above the foot.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from itertools import cycle, islice

from tests.pdfcorpus.canonical import joined_lines
from tests.pdfcorpus.layout import MODULE_GAP, lay_out
from tests.pdfcorpus.pages import ALL
from tests.pdfcorpus.spec import Headline, Masthead, Module, PageSpec, PdfSpec, Place

PARAGRAPHS = tuple(
    block
    for spec in ALL
    if spec.language == "zh-Hans"
    for page in spec.pages
    for module in page.modules
    if isinstance(module, Module)
    for block in module.body
    if isinstance(block, str)
)
TITLES = tuple(
    joined_lines(module.headline.title)
    for spec in ALL
    if spec.language == "zh-Hans"
    for page in spec.pages
    for module in page.modules
    if isinstance(module, Module) and module.headline and len(joined_lines(module.headline.title)) <= 11
)
PAPER, PAPER_ID, DATE = "东方日报", "dfrb", dt.date(2025, 10, 20)


def _module(column: int, span: int, top: float | None, serial: int, paragraphs: int, size: float) -> Module:
    body = tuple(islice(cycle(PARAGRAPHS), serial * 3, serial * 3 + paragraphs))
    return Module(
        Place(column, span, top=top),
        Headline(title=(TITLES[serial % len(TITLES)],), title_size=size, bold=serial % 3 == 0),
        dateline="本报北京10月19日电　" if serial % 2 else None,
        body=body,
    )


def filled_page(template: PageSpec, pdf: PdfSpec, span: int = 3) -> PageSpec:
    """The template page with bands of `span`-column modules down to its foot."""
    page = template
    serial = 0
    top: float | None = None
    while True:
        for paragraphs in (14, 10, 7, 5, 3, 2, 1):
            band = tuple(
                _module(column, span, top, serial + i, paragraphs, 2 * template.body_size)
                for i, column in enumerate(range(0, template.columns - span + 1, span))
            )
            trial = dataclasses.replace(page, modules=page.modules + band)
            try:
                laid = lay_out(trial, pdf)
            except ValueError:
                continue
            break
        else:
            return page
        page, serial = trial, serial + len(band)
        top = max(r.y + r.height for regions in laid.regions for r in regions) + MODULE_GAP


def glyph_count(spec: PdfSpec) -> int:
    """Glyphs drawn in the file, a fake-bold glyph counted twice as the PDF holds it."""
    return sum(len(line.glyphs) + sum(line.bold) for page in spec.pages for line in lay_out(page, spec).lines)


def dense_page() -> PdfSpec:
    """One broadsheet page in twelve columns of 6.5-point type, six-column modules."""
    template = PageSpec(
        number=2,
        name="要闻",
        modules=(),
        body_size=6.5,
        leading=8.5,
        columns=12,
        column_chars=9,
        gutter=1.0,
        footer=("本版责编：许　峰",),
    )
    shell = PdfSpec("dense-page", PAPER, PAPER_ID, DATE, (template,))
    return dataclasses.replace(shell, pages=(filled_page(template, shell, span=6),))


def issue_files(pages: int) -> list[PdfSpec]:
    """An issue as an e-paper site offers it: one broadsheet PDF per page, the first with the masthead."""
    files = []
    for number in range(1, pages + 1):
        template = PageSpec(
            number=number,
            name="要闻",
            modules=(),
            masthead=Masthead() if number == 1 else None,
            running_head="num-name",
            footer=("本版责编：周　岚",),
        )
        shell = PdfSpec(f"page-{number:02d}", PAPER, PAPER_ID, DATE, (template,))
        files.append(dataclasses.replace(shell, pages=(filled_page(template, shell),)))
    return files
