"""The corpus pages as print-ready and e-paper PDFs carry them (tests/pdfcorpus/printed.py): on a
larger sheet inside a trim or crop box with printer's marks and a slug line, with an invisible
text layer over a picture of the page, with overset text clipped away, stored turned. A reader
sees the original page in each, so each imports to the original page's golden issue, its
articles where the original drew them."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperterm.importer.pdf import import_pdfs
from tests.pdfcorpus import golden
from tests.pdfcorpus.expected import drawn_regions, import_options
from tests.pdfcorpus.goldens import assert_same_issue, bare
from tests.pdfcorpus.pages import ALL
from tests.pdfcorpus.printed import PRINTINGS, render_printed
from tests.pdfcorpus.spec import PdfSpec
from tests.unit.test_pdf_golden import REGION_TOLERANCE, _distance


@pytest.mark.parametrize("printing", sorted(PRINTINGS))
@pytest.mark.parametrize("spec", ALL, ids=lambda spec: spec.name)
def test_a_page_as_printers_and_e_papers_store_it_imports_to_the_page_shown(
    spec: PdfSpec, printing: str, tmp_path: Path
) -> None:
    path = tmp_path / f"{spec.name}.pdf"
    path.write_bytes(render_printed(spec, PRINTINGS[printing]))
    result = import_pdfs([path], **import_options(spec))  # type: ignore[arg-type]
    assert result.problems == []
    assert_same_issue(bare(result.issue), golden.GOLDENS.load(spec.name))
    drawn = drawn_regions(spec)
    for page, page_spec in zip(result.issue.pages, spec.pages, strict=True):
        assert page.size == page_spec.size
        for article in page.articles:
            want = drawn[article.id]
            assert [r.part for r in article.regions] == [r.part for r in want], article.id
            for got, expected in zip(article.regions, want, strict=True):
                assert _distance(got, expected) <= REGION_TOLERANCE, (article.id, got, expected)
