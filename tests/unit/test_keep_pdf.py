"""`paperterm import --keep-pdf`: the page PDFs beside the issue, each page naming its own."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from paperterm.cli import main
from paperterm.model.loader import load_issue


def test_one_file_of_two_pages_is_kept_once_and_each_page_names_its_page_of_it(
    pdf_corpus: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = pdf_corpus["dongfang-2025-10-20"]
    target = tmp_path / "2025-10-20.yaml"
    assert main(["import", str(source), "-o", str(target), "--keep-pdf"]) == 0
    kept = tmp_path / "2025-10-20.pages" / source.name
    assert capsys.readouterr().out.startswith(f"kept 1 PDF in {kept.parent}\nwrote {target}: 2 pages")
    assert kept.read_bytes() == source.read_bytes()
    issue = load_issue(target)
    assert [(p.source_pdf, p.source_pdf_page) for p in issue.pages] == [
        (f"2025-10-20.pages/{source.name}", 1),
        (f"2025-10-20.pages/{source.name}", 2),
    ]
    # What the issue names is the page it was read from: the same size, printed in that PDF.
    document = pdfium.PdfDocument(target.parent / issue.pages[1].source_pdf)  # type: ignore[operator]
    try:
        assert issue.pages[1].size == pytest.approx(document.get_page_size(1), abs=0.1)
    finally:
        document.close()


def test_single_page_files_into_a_library_keep_their_names_and_need_no_page_number(
    pdf_corpus: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ["jiangnan-2025-11-03-p08", "jiangnan-2025-11-03-front", "jiangnan-2025-11-03-p05"]
    library = tmp_path / "papers"
    inputs = [str(pdf_corpus[n]) for n in names]
    assert main(["import", *inputs, "--into", str(library), "--paper-id", "jncb", "--keep-pdf"]) == 0
    issue = load_issue(library / "jncb" / "2025-11-03.yaml")
    assert [p.source_pdf for p in issue.pages] == [
        f"2025-11-03.pages/{n}.pdf"
        for n in ("jiangnan-2025-11-03-front", "jiangnan-2025-11-03-p05", "jiangnan-2025-11-03-p08")
    ]
    assert all(p.source_pdf_page is None for p in issue.pages)
    for page in issue.pages:
        assert (library / "jncb" / str(page.source_pdf)).read_bytes() == pdf_corpus[
            Path(str(page.source_pdf)).stem
        ].read_bytes()
    # The library still holds one paper with one issue: the PDFs' folder is no paper.
    assert main(["list", "--library", str(library)]) == 0


def test_a_different_pdf_already_kept_there_needs_force(
    pdf_corpus: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = pdf_corpus["weigang-2025-10-21"]
    target = tmp_path / "2025-10-21.yaml"
    kept = tmp_path / "2025-10-21.pages" / source.name
    kept.parent.mkdir()
    kept.write_bytes(b"%PDF-1.4 another page\n%%EOF\n")
    assert main(["import", str(source), "-o", str(target), "--keep-pdf"]) == 1
    assert capsys.readouterr().err == f"paperterm: {kept} exists; add --force to replace it\n"
    assert not target.exists()
    assert main(["import", str(source), "-o", str(target), "--keep-pdf", "--force"]) == 0
    assert kept.read_bytes() == source.read_bytes()
    capsys.readouterr()
    assert main(["import", str(source), "-o", str(target), "--keep-pdf", "--force"]) == 0  # again: the same


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "--keep-pdf needs -o FILE or --into LIBRARY"),
        (["text"], "--keep-pdf keeps page PDFs;"),
    ],
)
def test_keep_pdf_is_for_pdfs_written_to_a_file(
    pdf_corpus: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    inputs = [str(pdf_corpus["weigang-2025-10-21"])]
    if extra:
        page = tmp_path / "page.txt"
        page.write_text("要闻\n标题\n正文。\n", encoding="utf-8")
        inputs = [str(page), "-o", str(tmp_path / "x.yaml"), "--date", "2025-01-01", "--paper", "报"]
    assert main(["import", *inputs, "--keep-pdf"]) == 2
    assert message in capsys.readouterr().err
