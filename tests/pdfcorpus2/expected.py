"""What a careful reader types from a second-corpus file: its issue in canonical form (derived
from the printed forms by the first corpus's `canonical` rules, exactly as the first corpus
derives its own), and where each article was drawn (kept out of the golden files)."""

from __future__ import annotations

from paperterm.model.issue import Article, Issue, Page, Region
from tests.pdfcorpus import canonical
from tests.pdfcorpus2.layout import lay_out
from tests.pdfcorpus2.spec import Brief, Briefs, PdfSpec, Story


def _entries(spec: PdfSpec) -> list[tuple[int, str, Story | Brief]]:
    """(page number, id, story or brief) of every article, in reading order."""
    found: list[tuple[int, str, Story | Brief]] = []
    for page in spec.pages:
        entries = [e for item in page.items for e in (item.items if isinstance(item, Briefs) else (item,))]
        found.extend((page.number, f"p{page.number}-{n}", e) for n, e in enumerate(entries, start=1))
    return found


def _brief(article_id: str, brief: Brief) -> Article:
    """A brief's bold lead-in is its title; its dateline and text follow as in any story."""
    dateline, byline = canonical.dateline_fields(brief.dateline)
    return Article(
        id=article_id,
        title=canonical.collapse(brief.title),
        dateline=dateline,
        byline=byline,
        body=(brief.text,),
    )


def _story(article_id: str, story: Story) -> Article:
    return canonical.article(article_id, story, story.kind)


def expected_issue(spec: PdfSpec) -> Issue:
    """The issue the importer must make of this file, in canonical form (regions left out)."""
    found = _entries(spec)
    pages = tuple(
        Page(
            number=page.number,
            name=page.name,
            articles=tuple(
                _brief(i, e) if isinstance(e, Brief) else _story(i, e)
                for number, i, e in found
                if number == page.number
            ),
        )
        for page in spec.pages
    )
    return Issue(
        paper=spec.paper,
        paper_id=spec.paper_id,
        date=spec.date,
        pages=pages,
        edition=spec.edition,
        language=spec.language,
    )


def drawn_regions(spec: PdfSpec) -> dict[str, tuple[Region, ...]]:
    """Each article's id → the boxes it was drawn in (headline, photo, caption, body columns)."""
    regions: dict[str, tuple[Region, ...]] = {}
    found = iter(_entries(spec))
    for page in spec.pages:
        for boxes in lay_out(page, spec).regions:
            _, article_id, _ = next(found)
            regions[article_id] = boxes
    return regions


def import_options(spec: PdfSpec) -> dict[str, object]:
    """What the command line must give: the paper and date only when no masthead prints them
    (a masthead whose name is a logo prints no name)."""
    printed = any(page.masthead is not None and not page.masthead.logo for page in spec.pages)
    return {
        "paper": None if printed else spec.paper,
        "paper_id": spec.paper_id,
        "date": None if printed else spec.date,
    }
