"""Every page of the second PDF corpus (tests/pdfcorpus2: pages set and drawn the way Founder
systems export them) and of the third (tests/pdfcorpus3: poems, interviews, editor's notes,
literary bylines, addresses broken at line ends) imports to its golden issue, its articles
where the corpus drew them: compared exactly as the first corpus's pages are
(tests/unit/test_pdf_golden.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperterm.importer.issue import Imported
from paperterm.importer.pdf import import_pdfs
from paperterm.importer.text import ImportProblem
from paperterm.model.issue import Region
from tests.pdfcorpus.goldens import Goldens, assert_same_issue, bare
from tests.pdfcorpus2 import golden as golden2
from tests.pdfcorpus2.expected import drawn_regions, import_options
from tests.pdfcorpus2.pages import ALL as ALL2
from tests.pdfcorpus2.render import render_all
from tests.pdfcorpus2.spec import PdfSpec
from tests.pdfcorpus3 import golden as golden3
from tests.pdfcorpus3.pages import ALL as ALL3

CORPORA: dict[str, tuple[tuple[PdfSpec, ...], Goldens]] = {
    "pdfcorpus2": (ALL2, golden2.GOLDENS),
    "pdfcorpus3": (ALL3, golden3.GOLDENS),
}
SPECS = {spec.name: (corpus, spec) for corpus, (specs, _) in CORPORA.items() for spec in specs}
REGION_TOLERANCE = 7.0
"""Points: less than an em of body type, as for the first corpus."""


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Imported | Exception]:
    """Each file imported once; a file the importer refuses (or crashes on) keeps its error for
    its own tests, so one page cannot hide how the others fare."""
    results: dict[str, Imported | Exception] = {}
    for corpus, (specs, _) in CORPORA.items():
        for name, path in render_all(tmp_path_factory.mktemp(corpus), specs).items():
            try:
                results[name] = import_pdfs([path], **import_options(SPECS[name][1]))  # type: ignore[arg-type]
            except Exception as error:
                results[name] = error
    return results


def _result(imported: dict[str, Imported | Exception], name: str) -> Imported:
    result = imported[name]
    if isinstance(result, ImportProblem):
        pytest.fail(f"the importer refused {name}.pdf: {result}")
    if isinstance(result, Exception):
        raise result
    return result


def test_a_city_paper_s_section_pages_imported_together_make_one_issue(tmp_path: Path) -> None:
    """A01 and A04 of one paper: pages 1 and 4 in printed order, each as it imports alone."""
    front, inside = (SPECS[name][1] for name in ("nanhu-2025-11-24-a01", "nanhu-2025-11-24-a04"))
    paths = render_all(tmp_path, (inside, front))
    result = import_pdfs([paths[inside.name], paths[front.name]], paper_id=front.paper_id)
    assert result.problems == []
    alone = [golden3.GOLDENS.load(spec.name) for spec in (front, inside)]
    assert bare(result.issue) == alone[0]._replace(pages=(*alone[0].pages, *alone[1].pages))


def test_corpus3_golden_files_are_current() -> None:
    assert golden3.GOLDENS.stale() == [], "run python -m tests.pdfcorpus3 --write"


@pytest.mark.parametrize("name", sorted(SPECS))
def test_corpus2_pdf_imports_to_its_golden_file(name: str, imported: dict[str, Imported | Exception]) -> None:
    result = _result(imported, name)
    assert result.problems == []
    corpus, _ = SPECS[name]
    assert_same_issue(bare(result.issue), CORPORA[corpus][1].load(name))


@pytest.mark.parametrize("name", sorted(SPECS))
def test_corpus2_articles_sit_where_the_corpus_drew_them(
    name: str, imported: dict[str, Imported | Exception]
) -> None:
    _, spec = SPECS[name]
    drawn = drawn_regions(spec)
    issue = _result(imported, name).issue
    for page, page_spec in zip(issue.pages, spec.pages, strict=True):
        assert page.size == page_spec.size
        wanted = [
            boxes for article_id, boxes in drawn.items() if article_id.startswith(f"p{page_spec.number}-")
        ]
        for k, (article, want) in enumerate(zip(page.articles, wanted, strict=False), start=1):
            where = f"p{page_spec.number}-{k} ({article.title})"
            assert [r.part for r in article.regions] == [r.part for r in want], where
            for got, expected in zip(article.regions, want, strict=True):
                assert _distance(got, expected) <= REGION_TOLERANCE, (where, got, expected)
        assert len(page.articles) == len(wanted)


def _distance(a: Region, b: Region) -> float:
    return max(
        abs(a.x - b.x),
        abs(a.y - b.y),
        abs(a.x + a.width - b.x - b.width),
        abs(a.y + a.height - b.y - b.height),
    )
