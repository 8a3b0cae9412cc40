"""Download the page PDFs, `paperterm import *.pdf --into LIBRARY`, read: the real command, as a
person would run it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.tmux_harness import PAPERTERM, tmux_available, user_env


def _import(*args: str, home: Path, library: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PAPERTERM, "import", *args],
        env=user_env(home, library),
        capture_output=True,
        text=True,
        check=False,
    )


def test_import_page_pdfs_into_a_library_then_read_them(
    pdf_corpus: dict[str, Path], isolated_user: Path, tmp_path: Path, terminal
) -> None:
    library = tmp_path / "papers"
    done = _import(
        str(pdf_corpus["dongfang-2025-10-20"]), "--into", str(library), home=isolated_user, library=library
    )
    assert done.returncode == 0, done.stderr
    (paper_folder,) = library.iterdir()  # the paper's id, a slug of the name its masthead prints
    issue = paper_folder / "2025-10-20.yaml"
    assert done.stdout == f"wrote {issue}: 2 pages, 14 articles\n" and done.stderr == ""
    if not tmux_available():
        pytest.skip("tmux is not installed (.ci/run installs it)")
    term = terminal("open", "2025-10-20", "--library", str(library), width=100, height=30)
    header = "东方日报 · 2025年10月20日 · 第12876期 · 第1版"
    term.wait_for(lambda s: header in s, "the imported issue to open")
    term.wait_for(lambda s: "前三季度全国高技术制造业" in s, "the lead article's title")
    term.send("]")
    term.wait_for(lambda s: "第2版 要闻" in s and "秋粮收获过七成" in s, "page 2, named by its running head")
    term.send("q")
    assert term.exit_status() == 0


def test_a_refused_pdf_is_one_line_and_nothing_is_written(isolated_user: Path, tmp_path: Path) -> None:
    library = tmp_path / "papers"
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) + b"\n%%EOF\n")
    done = _import(str(scan), "--into", str(library), home=isolated_user, library=library)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"paperterm: {scan}: the PDF is damaged (PDFium cannot read its structure)\n"
    assert not library.exists()
