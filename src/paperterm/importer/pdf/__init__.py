"""`paperterm import PAGE.pdf...`: newspaper pages read from the PDF's geometry.

Each step is a small module over plain values: `extract` (the only one that calls PDFium),
`overprint`, `lines`, `furniture`, `headblocks`, `columns`, `modules`, `paragraphs`,
`article`, `page`; this module puts the pages of one issue together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from paperterm.importer.issue import Imported
from paperterm.importer.pdf.extract import read_pdf
from paperterm.importer.pdf.page import PageRead, read_page
from paperterm.importer.script import printed_language
from paperterm.importer.text import ImportProblem
from paperterm.model.issue import Article, Issue, Page
from paperterm.model.loader import parse_issue, slug
from paperterm.model.writer import dump_issue

__all__ = ["import_pdfs"]


def import_pdfs(
    paths: Sequence[Path],
    *,
    paper: str | None = None,
    paper_id: str | None = None,
    date: dt.date | None = None,
    language: str | None = None,
) -> Imported:
    """One issue from page PDFs (each page of each file one page), checked like any issue file.

    The paper and the date come from the masthead when they are not given; pages are numbered
    and named by their running heads and sorted by number. Raises ImportProblem for a file that
    cannot be read, naming the file and the page.
    """
    read = [read_page(ink) for path in paths for ink in read_pdf(Path(path))]
    if not read:
        raise ImportProblem("no pages to import")
    numbers = _numbers(read)
    notes: list[str] = []
    first = read[0].ink.file
    paper = paper or next((r.paper for r in read if r.paper), None)
    date = date or next((r.date for r in read if r.date), None)
    if paper is None and date is None:
        raise ImportProblem(f"{first}: no masthead on page 1; give --paper and --date")
    if paper is None:
        raise ImportProblem(f"{first}: no masthead naming the paper on page 1; give --paper")
    if date is None:
        raise ImportProblem(f"{first}: no masthead date on page 1; give --date")
    pages: list[Page] = []
    origins = {number: (page.ink.file, page.ink.position) for page, number in zip(read, numbers, strict=True)}
    for page, number in sorted(zip(read, numbers, strict=True), key=lambda pn: pn[1]):
        prefix = f"{page.ink.file}: page {number}"
        notes += [f"{prefix} {n}" if n.startswith("at ") else f"{prefix}: {n}" for n in page.notes]
        size = (page.ink.width, page.ink.height)
        articles = tuple(
            _on_page(a._replace(id=f"p{number}-{n}"), *size) for n, a in enumerate(page.articles, start=1)
        )
        pages.append(Page(number, page.name, articles, size))
    pages = _link_continuations(pages)
    issue = Issue(
        paper=paper,
        paper_id=paper_id or slug(paper),
        date=date,
        pages=tuple(pages),
        edition=next((r.edition for r in read if r.edition), None),
        language=language or printed_language("".join(r.text for r in read)),
        source="Imported by paperterm from " + ", ".join(dict.fromkeys(str(p) for p in paths)),
    )
    text = dump_issue(issue)
    _, problems = parse_issue(text, f"{date.isoformat()}.yaml")
    return Imported(issue, text, notes, [p for p in problems if p.severity == "error"], origins)


def _on_page(article: Article, width: float, height: float) -> Article:
    """Regions cut to the page: type set past its edge (into the bleed, or a column run over)
    is still the article's text, but a page map draws only the page."""
    regions = []
    for region in article.regions:
        left, top = max(region.x, 0.0), max(region.y, 0.0)
        right, bottom = min(region.x + region.width, width), min(region.y + region.height, height)
        if right > left and bottom > top:
            regions.append(
                region._replace(x=left, y=top, width=round(right - left, 1), height=round(bottom - top, 1))
            )
    return article._replace(regions=tuple(regions))


def _numbers(read: list[PageRead]) -> list[int]:
    """Printed page numbers from the running heads; a page without one (or with a number another
    page already has) takes the next free number after the page before it, a masthead page 1."""
    taken: set[int] = set()
    numbers: list[int | None] = []
    for page in read:
        number = page.number if page.number is not None and page.number not in taken else None
        if number is not None:
            taken.add(number)
        numbers.append(number)
    out: list[int] = []
    previous = 0
    for page, number in zip(read, numbers, strict=True):
        if number is None:
            number = 1 if page.paper and 1 not in taken else previous + 1
            while number in taken:
                number += 1
            taken.add(number)
        out.append(number)
        previous = number
    return out


def _link_continuations(pages: list[Page]) -> list[Page]:
    """A continued part whose title differs from its first part's names it (`continues`)."""
    by_number = {page.number: page for page in pages}
    out: list[Page] = []
    for page in pages:
        articles: list[Article] = []
        for article in page.articles:
            origin = by_number.get(article.continued_from or 0)
            if origin is not None:
                first = _first_part(origin, page.number, article.title)
                if first is not None and _bare(first.title) != _bare(article.title):
                    article = article._replace(continues=first.id)
            articles.append(article)
        out.append(page._replace(articles=tuple(articles)))
    return out


def _first_part(origin: Page, number: int, title: str) -> Article | None:
    """The article on `origin` that goes on to page `number`: the only one, or the one whose
    title holds this one's."""
    going_on = [a for a in origin.articles if a.continued_on == number]
    if len(going_on) == 1:
        return going_on[0]
    return next((a for a in going_on if _bare(title) in _bare(a.title)), None)


def _bare(title: str) -> str:
    return "".join(title.split())
