"""`paperterm import` of page PDFs: a dense broadsheet page (about 10,000 glyphs) and a 20-page
issue, each against pypdfium2 alone reading every glyph of the same files; and the import's peak
memory against that reading's.

The budgets are absolute (issue 14): 0.3 s a dense page, 5 s a 20-page issue, 200 MiB. Each is
reported as a ratio to the baseline measured in the same run, the target being budget/baseline,
so a row passes exactly when the import stays within its budget. The PDFs are made once, with
the test corpus's renderer (tests/pdfcorpus), before anything is timed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.paths import ROOT
from bench.result import Result, median_seconds

PAGE_BUDGET_S = 0.3
ISSUE_BUDGET_S = 5.0
MEMORY_BUDGET_MIB = 200.0
ISSUE_PAGES = 20

_IMPORT = "import sys; from bench.pdf_bench import import_files; import_files(sys.argv[1:], given=False)"
_READ = "import sys; from bench.pdf_bench import read_glyphs; read_glyphs(sys.argv[1:])"


def read_glyphs(paths: Sequence[str | Path]) -> int:
    """The least any importer does: open each page and ask PDFium for every glyph, its box and size."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    count = 0
    for path in paths:
        document = pdfium.PdfDocument(path)
        for page in document:
            text = page.get_textpage()
            for index in range(text.count_chars()):
                text.get_charbox(index)
                pdfium_c.FPDFText_GetUnicode(text.raw, index)
                pdfium_c.FPDFText_GetFontSize(text.raw, index)
            count += text.count_chars()
        document.close()
    return count


def import_files(paths: Sequence[str | Path], *, given: bool) -> None:
    """The import as `paperterm import` runs it; `given`: paper and date on the command line,
    else they come from the masthead."""
    import datetime as dt

    from paperterm.importer.pdf import import_pdfs

    files = [Path(path) for path in paths]
    if given:
        import_pdfs(files, paper="东方日报", paper_id="dfrb", date=dt.date(2025, 10, 20))
    else:
        import_pdfs(files, paper_id="dfrb")


def make_pdfs(folder: Path, pages: int) -> tuple[Path, int, list[Path]]:
    """The dense page and its glyph count, and an issue of `pages` one-page files."""
    from tests.pdfcorpus.generated import dense_page, glyph_count, issue_files
    from tests.pdfcorpus.render import render

    dense = dense_page()
    dense_path = folder / "dense.pdf"
    dense_path.write_bytes(render(dense))
    issue = []
    for spec in issue_files(pages):
        path = folder / f"{spec.name}.pdf"
        path.write_bytes(render(spec))
        issue.append(path)
    return dense_path, glyph_count(dense), issue


def results(pages: int = ISSUE_PAGES, repeat: int = 5) -> list[Result]:
    """Time both imports and measure the issue import's peak memory."""
    from bench.archive_bench import peak_rss_mib

    with tempfile.TemporaryDirectory(prefix="ptpdf-") as folder:
        dense, glyphs, issue = make_pdfs(Path(folder), pages)
        page_s = median_seconds(lambda: import_files([dense], given=True), repeat)
        page_base = median_seconds(lambda: read_glyphs([dense]), repeat)
        issue_s = median_seconds(lambda: import_files(issue, given=False), max(1, repeat // 2))
        issue_base = median_seconds(lambda: read_glyphs(issue), max(1, repeat // 2))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        peak = peak_rss_mib([sys.executable, "-c", _IMPORT, *map(str, issue)], env)
        peak_base = peak_rss_mib([sys.executable, "-c", _READ, *map(str, issue)], env)
    reading = "pypdfium2 reading every glyph"
    return [
        Result(
            f"PDF import, dense page, {glyphs:,} glyphs (budget {PAGE_BUDGET_S:g} s)",
            page_s * 1000,
            page_base * 1000,
            "ms",
            PAGE_BUDGET_S / page_base,
            reading,
        ),
        Result(
            f"PDF import, {pages}-page issue (budget {ISSUE_BUDGET_S * pages / ISSUE_PAGES:g} s)",
            issue_s,
            issue_base,
            "s",
            ISSUE_BUDGET_S * pages / ISSUE_PAGES / issue_base,
            reading,
        ),
        Result(
            f"PDF import, {pages}-page issue: peak memory (budget {MEMORY_BUDGET_MIB:g} MiB)",
            peak,
            peak_base,
            "MiB",
            MEMORY_BUDGET_MIB / peak_base,
            reading,
        ),
    ]


def run(quick: bool = False) -> list[Result]:
    """The PDF import benchmarks; `quick`: a two-page issue, each import once."""
    return results(pages=2, repeat=1) if quick else results()
