"""Every corpus PDF imports to its golden issue, its articles where the corpus drew them, and
every glyph of its text layer in exactly one place."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from paperterm.importer.issue import Imported
from paperterm.importer.pdf import import_pdfs
from paperterm.model.issue import Article, Heading, Region
from tests.pdfcorpus import golden
from tests.pdfcorpus.expected import drawn_regions, import_options
from tests.pdfcorpus.goldens import assert_same_issue, bare
from tests.pdfcorpus.pages import ALL, ISSUES

SPECS = {spec.name: spec for spec in ALL}
REGION_TOLERANCE = 7.0
"""Points: less than an em of body type. A boxed module's columns are drawn a little wider than
the text set in them."""
MARKUP = set("（）()【】〔〕—下上转轉接第版0123456789０１２３４５６７８９一二三四五六七八九十")
"""What conventions take out of the printed text: brackets, dashes, continuation markers."""


@pytest.fixture(scope="module")
def imported(pdf_corpus: dict[str, Path]) -> dict[str, Imported]:
    return {name: import_pdfs([path], **import_options(SPECS[name])) for name, path in pdf_corpus.items()}


@pytest.mark.parametrize("name", sorted(SPECS))
def test_corpus_pdf_imports_to_its_golden_file(name: str, imported: dict[str, Imported]) -> None:
    result = imported[name]
    assert result.problems == []
    assert_same_issue(bare(result.issue), golden.GOLDENS.load(name))


@pytest.mark.parametrize("name", sorted(ISSUES))
def test_files_imported_together_make_one_issue_in_printed_order(
    name: str, pdf_corpus: dict[str, Path]
) -> None:
    files = ISSUES[name]
    result = import_pdfs([pdf_corpus[spec.name] for spec in files], **import_options(*files))
    assert result.problems == []
    assert bare(result.issue) == golden.GOLDENS.load(name)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_articles_sit_where_the_corpus_drew_them(name: str, imported: dict[str, Imported]) -> None:
    spec = SPECS[name]
    drawn = drawn_regions(spec)
    issue = imported[name].issue
    for page, page_spec in zip(issue.pages, spec.pages, strict=True):
        assert page.size == page_spec.size
        for article in page.articles:
            want = drawn[article.id]
            assert [r.part for r in article.regions] == [r.part for r in want], article.id
            for got, expected in zip(article.regions, want, strict=True):
                assert _distance(got, expected) <= REGION_TOLERANCE, (article.id, got, expected)


def _distance(a: Region, b: Region) -> float:
    return max(
        abs(a.x - b.x),
        abs(a.y - b.y),
        abs(a.x + a.width - b.x - b.width),
        abs(a.y + a.height - b.y - b.height),
    )


def _text_layer(path: Path) -> list[Counter[str]]:
    """Each page's printed characters (spaces aside), as PDFium's text layer has them."""
    document = pdfium.PdfDocument(path)
    try:
        return [
            Counter("".join(document[i].get_textpage().get_text_range().split()))
            for i in range(len(document))
        ]
    finally:
        document.close()


def _article_text(article: Article) -> str:
    """What of the article is printed on its page: a photo item's title made from its caption is not."""
    made_up = article.kind == "photo" and (article.caption or "").startswith(article.title)
    title = None if made_up else article.title
    fields = [article.series, article.kicker, title, article.subtitle, article.dateline, article.byline]
    fields += [b.text if isinstance(b, Heading) else b for b in article.body]
    fields += [article.caption, article.credit]
    return "".join(f for f in fields if f)


_FURNITURE_NOTE = re.compile(
    r"page (\d+) at \(\d+, \d+\): (?:masthead|running head|[a-z-]+ line|advertisement): (.*)$"
)
_TALLY = re.compile(
    r"page (\d+): .*; (\d+) glyphs = (\d+) in articles \+ (\d+) in \d+ furniture lines \+ (\d+) overprinted"
)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_every_glyph_ends_up_in_exactly_one_place(
    name: str, imported: dict[str, Imported], pdf_corpus: dict[str, Path]
) -> None:
    """Each page's text layer = the text of its articles + its furniture lines (both as the report
    lists them) + what the conventions take out (brackets, dashes, continuation markers)."""
    result = imported[name]
    numbers = [page.number for page in sorted(result.issue.pages, key=lambda p: p.number)]
    furniture: dict[int, Counter[str]] = {n: Counter() for n in numbers}
    tallies: dict[int, tuple[int, ...]] = {}
    for note in result.notes:
        if match := _FURNITURE_NOTE.search(note):
            furniture[int(match[1])].update("".join(match[2].split()))
        if match := _TALLY.search(note):
            tallies[int(match[1])] = tuple(int(g) for g in match.groups()[1:])
    printed = dict(zip(numbers, _text_layer(pdf_corpus[name]), strict=True))
    for page in result.issue.pages:
        text = "".join(_article_text(a) for a in page.articles)
        placed = Counter("".join(text.split())) + furniture[page.number]
        layer = printed[page.number]
        assert not placed - layer, (
            f"page {page.number}: text that is not printed, or printed once and used twice"
        )
        assert set(layer - placed) <= MARKUP, f"page {page.number}: printed text left out: {layer - placed}"
        total, in_articles, in_furniture, overprinted = tallies[page.number]
        assert total == sum(layer.values()) and overprinted == 0
        assert in_furniture == sum(furniture[page.number].values())
        assert in_articles + in_furniture + overprinted == total
