"""Input the PDF importer refuses: one line naming the file (and page) and what is wrong, exit 1,
nothing written. Each case is a tiny file made for it."""

from __future__ import annotations

import base64
import datetime as dt
import io
import zlib
from pathlib import Path

import pytest
from reportlab.lib import pdfencrypt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from paperterm.cli import main
from paperterm.importer.pdf import extract, import_pdfs, streams
from paperterm.importer.text import ImportProblem

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def page_pdf(
    path: Path, pages: int = 1, *, text: bool = True, empty: tuple[int, ...] = (), **options: object
) -> Path:
    """A small PDF; `empty` lists 1-based pages drawn with a box and no text."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842), invariant=1, **options)
    for number in range(1, pages + 1):
        if text and number not in empty:
            pdf.setFont("STSong-Light", 20)
            pdf.drawString(60, 760, "城市书房亮灯到深夜")
            pdf.setFont("STSong-Light", 10)
            pdf.drawString(80, 720, "晚上十点，位于老城区的一间城市书房里依然坐满了读者。")
        pdf.rect(60, 100, 200, 150, fill=1)
        pdf.showPage()
    pdf.save()
    path.write_bytes(out.getvalue())
    return path


def refused(path: Path, **given: object) -> str:
    with pytest.raises(ImportProblem) as caught:
        import_pdfs([path], **given)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


def test_a_file_that_is_no_pdf_is_named_for_what_it_is(tmp_path: Path) -> None:
    text = tmp_path / "page.pdf"
    text.write_text("本报太原11月18日讯 为切实加强煤矿水害防治工作……\n", encoding="utf-8")
    assert "not a PDF (page text; import text files on their own, with --date and --paper)" in refused(text)
    png = tmp_path / "scan.pdf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert refused(png).endswith("not a PDF (a PNG image)")
    html = tmp_path / "download.pdf"
    html.write_bytes(b"<!DOCTYPE html><html><body>login</body></html>")
    assert "an HTML page" in refused(html)


def test_an_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    locked = page_pdf(tmp_path / "locked.pdf", encrypt=pdfencrypt.StandardEncryption("secret"))
    assert "encrypted" in refused(locked)


def test_a_cut_short_or_damaged_pdf_is_refused(tmp_path: Path) -> None:
    whole = page_pdf(tmp_path / "whole.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 2])
    assert "cut short" in refused(cut)
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4 + b"\n%%EOF\n")
    assert "damaged" in refused(damaged)


def test_a_page_without_a_text_layer_is_named(tmp_path: Path) -> None:
    scanned = page_pdf(tmp_path / "scan.pdf", pages=4, empty=(3,))
    assert refused(scanned).endswith("page 3 has no text layer; paperterm does not OCR")


def hand_made(path: Path, objects: list[bytes]) -> Path:
    """A PDF written object by object, with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


PAGE_OBJECTS = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
    b" /Resources << /Font << /F1 5 0 R >> >> >>",
]


def test_a_page_in_fonts_without_a_unicode_map_is_named(tmp_path: Path) -> None:
    """A Type 3 font whose glyph names say nothing and which has no ToUnicode map."""
    content = b"BT /F1 12 Tf 72 700 Td (abcabcabcabc) Tj ET"
    objects = [
        *PAGE_OBJECTS,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << /g1 6 0 R /g2 6 0 R /g3 6 0 R >>"
        b" /Encoding << /Type /Encoding /Differences [97 /g1 /g2 /g3] >>"
        b" /FirstChar 97 /LastChar 99 /Widths [600 600 600] >>",
        b"<< /Length 30 >>\nstream\n600 0 0 0 500 500 d1 0 0 500 500 re f\nendstream",
    ]
    path = hand_made(tmp_path / "type3.pdf", objects)
    assert "page 1: 12 of 12 glyphs have no Unicode value" in refused(path)


def test_a_pdf_with_more_pages_than_a_newspaper_has_is_refused(tmp_path: Path) -> None:
    book = page_pdf(tmp_path / "book.pdf", pages=extract.MAX_PAGES + 1, text=False)
    assert refused(book).endswith(
        f"{extract.MAX_PAGES + 1} pages; paperterm imports newspaper pages, at most 64 per file"
    )


def test_pages_drawn_with_absurd_numbers_of_objects_or_sizes_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = page_pdf(tmp_path / "p.pdf")
    monkeypatch.setattr(extract, "MAX_OBJECTS", 2)
    assert "page 1 is drawn with 3 objects (limit 2); refused" in refused(path)
    monkeypatch.setattr(extract, "MAX_OBJECTS", 200_000)
    monkeypatch.setattr(extract, "MAX_GLYPHS", 10)
    assert "page 1 has" in refused(path) and "characters (limit 10)" in refused(path)
    monkeypatch.setattr(extract, "MAX_BYTES", 100)
    assert "MB is more than a page PDF needs" in refused(path)
    huge = tmp_path / "huge.pdf"
    pdf = canvas.Canvas(str(huge), pagesize=(20_000, 20_000))
    pdf.drawString(100, 100, "x")
    pdf.save()
    monkeypatch.setattr(extract, "MAX_BYTES", 200 * 2**20)
    assert "page 1 is 20000×20000 points, not a page" in refused(huge)


@pytest.mark.parametrize("wrapped", [False, True], ids=["deflate", "ascii85"])
def test_a_stream_that_inflates_a_thousandfold_is_refused_before_pdfium_inflates_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, wrapped: bool
) -> None:
    monkeypatch.setattr(streams, "STREAM_LIMIT", 2**20)
    monkeypatch.setattr(extract, "STREAM_LIMIT", 2**20)
    data = zlib.compress(b" " * 4 * 2**20, 9)
    filters = b"[/ASCII85Decode /FlateDecode]" if wrapped else b"/FlateDecode"
    if wrapped:
        data = base64.a85encode(data) + b"~>"
    stream = b"<< /Length %d /Filter %s >>\nstream\n" % (len(data), filters) + data + b"\nendstream"
    bomb = hand_made(tmp_path / "bomb.pdf", [*PAGE_OBJECTS, stream, b"<< >>"])
    assert refused(bomb).endswith("a compressed stream inflates past 1 MB (a PDF bomb?); refused")


def test_without_a_masthead_the_paper_and_date_must_be_given(tmp_path: Path) -> None:
    page = page_pdf(tmp_path / "p5.pdf")
    assert refused(page, paper="江南晨报").endswith("no masthead date on page 1; give --date")
    assert "give --paper" in refused(page, date=dt.date(2025, 11, 3))
    result = import_pdfs([page], paper="江南晨报", paper_id="jncb", date=dt.date(2025, 11, 3))
    assert result.problems == [] and result.issue.pages[0].articles[0].title == "城市书房亮灯到深夜"


def test_the_command_says_it_in_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scanned = page_pdf(tmp_path / "scan.pdf", pages=2, empty=(2,))
    library = tmp_path / "library"
    status = main(["import", str(scanned), "--paper", "报", "--date", "2025-11-03", "--into", str(library)])
    err = capsys.readouterr().err
    assert status == 1 and err == f"paperterm: {scanned}: page 2 has no text layer; paperterm does not OCR\n"
    assert not library.exists()


def test_pdfs_and_page_text_are_imported_apart_and_text_still_needs_date_and_paper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = page_pdf(tmp_path / "p1.pdf")
    text = tmp_path / "p2.txt"
    text.write_text("本报讯 正文。\n", encoding="utf-8")
    assert main(["import", str(pdf), str(text), "--paper", "报", "--date", "2025-11-03"]) == 2
    assert "import PDFs and text files apart" in capsys.readouterr().err
    assert main(["import", str(text)]) == 2
    assert "page text needs --date and --paper" in capsys.readouterr().err
    assert main(["import", str(pdf), "--page", "3", "--paper", "报", "--date", "2025-11-03"]) == 2
    assert "--page is for page text" in capsys.readouterr().err
    picture = tmp_path / "p3.pdf"
    picture.write_bytes(b"\xff\xd8\xff\xe0" + bytes(32))
    assert main(["import", str(pdf), str(picture), "--paper", "报", "--date", "2025-11-03"]) == 1
    assert capsys.readouterr().err == f"paperterm: {picture}: not a PDF (a JPEG image)\n"
