"""What a careful reader types from a corpus file: its issue in canonical form, and where each
article was drawn (kept out of the golden files, for checking regions with a tolerance)."""

from __future__ import annotations

from collections.abc import Sequence

from paperterm.model.issue import Article, Issue, Page, Region
from tests.pdfcorpus import canonical
from tests.pdfcorpus.layout import lay_out
from tests.pdfcorpus.spec import Module, PdfSpec


def _articles(spec: PdfSpec) -> list[tuple[int, str, Module]]:
    """(page number, id, module) of every article, in reading order."""
    found: list[tuple[int, str, Module]] = []
    for page in spec.pages:
        modules = [m for m in page.modules if isinstance(m, Module)]
        found.extend((page.number, f"p{page.number}-{n}", m) for n, m in enumerate(modules, start=1))
    return found


def _article(article_id: str, module: Module, ids: dict[str, tuple[str, Module]]) -> Article:
    article = canonical.article(article_id, module, "photo" if module.kind == "photo" else "article")
    if module.continues is None:
        return article
    first_id, first = ids[module.continues]
    assert first.headline is not None and module.headline is not None
    if canonical.joined_lines(first.headline.title).replace(" ", "") == article.title.replace(" ", ""):
        return article  # the same title: the loader finds the part without `continues`
    return article._replace(continues=first_id)


def expected_issue(spec: PdfSpec) -> Issue:
    """The issue the importer must make of this file, in canonical form (regions left out)."""
    found = _articles(spec)
    ids = {m.key: (article_id, m) for _, article_id, m in found if m.key}
    pages = tuple(
        Page(
            number=page.number,
            name=page.name,
            articles=tuple(_article(i, m, ids) for number, i, m in found if number == page.number),
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


def whole_issue(files: Sequence[PdfSpec]) -> Issue:
    """Several files of one paper's issue imported together: every page, in printed order."""
    issues = [expected_issue(spec) for spec in files]
    first = issues[0]
    if any(
        (i.paper, i.paper_id, i.date, i.language) != (first.paper, first.paper_id, first.date, first.language)
        for i in issues
    ):
        raise ValueError("the files of one issue disagree on paper, date or script")
    return first._replace(
        pages=tuple(sorted((page for issue in issues for page in issue.pages), key=lambda page: page.number)),
        edition=next((issue.edition for issue in issues if issue.edition), None),
    )


def drawn_regions(spec: PdfSpec) -> dict[str, tuple[Region, ...]]:
    """Each article's id → the boxes it was drawn in (headline, body columns, photo, caption)."""
    regions: dict[str, tuple[Region, ...]] = {}
    found = iter(_articles(spec))
    for page in spec.pages:
        for boxes in lay_out(page, spec).regions:
            _, article_id, _ = next(found)
            regions[article_id] = boxes
    return regions


def import_options(*files: PdfSpec) -> dict[str, object]:
    """What the command line must give for these files: the paper and date only when no
    masthead prints them."""
    printed = any(page.masthead is not None for spec in files for page in spec.pages)
    return {
        "paper": None if printed else files[0].paper,
        "paper_id": files[0].paper_id,
        "date": None if printed else files[0].date,
    }
