"""The corpus pages as print-ready and e-paper PDFs carry them (tests/pdfcorpus/printed.py): on a
larger sheet inside a trim or crop box with printer's marks and a slug line, with an invisible
text layer over a picture of the page, with overset text clipped away, stored turned. A reader
sees the original page in each, so each imports to the original page's golden issue, its
articles where the original drew them."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from PIL import ImageChops, ImageStat
from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

from paperterm.importer.pdf import import_pdfs
from paperterm.importer.pdf.view import page_view
from paperterm.importer.text import ImportProblem
from paperterm.widgets.page_picture import render_pdf_page
from tests.pdfcorpus import fonts, golden
from tests.pdfcorpus.expected import drawn_regions, import_options
from tests.pdfcorpus.goldens import assert_same_issue, bare
from tests.pdfcorpus.pages import ALL
from tests.pdfcorpus.printed import PRINTINGS, SLUG, Printing, on_sheet, render_printed
from tests.pdfcorpus.spec import PdfSpec
from tests.pdfcorpus2.expected import drawn_regions as drawn_regions2
from tests.pdfcorpus2.expected import import_options as import_options2
from tests.pdfcorpus2.render import render as render2
from tests.unit.test_pdf_golden import REGION_TOLERANCE, _distance
from tests.unit.test_pdf_import_corpus2 import CORPORA, SPECS

_UNSEEN = r"(\d+) glyphs outside the page as cut .* and (\d+) hidden by a clipping path"
SAME_PICTURE = 4.0
"""Mean grey difference (of 255) between two renderings of one page: the sheet's margins left in
make it about 15."""


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
    left_out = [re.search(_UNSEEN, note) for note in result.notes]
    counts = [(int(m[1]), int(m[2])) for m in left_out if m]
    how = PRINTINGS[printing]
    assert [(outside > 0, clipped > 0) for outside, clipped in counts] == (
        [(how.box is not None, how.overset)] * len(spec.pages) if how.box or how.overset else []
    )
    drawn = drawn_regions(spec)
    for page, page_spec in zip(result.issue.pages, spec.pages, strict=True):
        assert page.size == page_spec.size
        for article in page.articles:
            want = drawn[article.id]
            assert [r.part for r in article.regions] == [r.part for r in want], article.id
            for got, expected in zip(article.regions, want, strict=True):
                assert _distance(got, expected) <= REGION_TOLERANCE, (article.id, got, expected)


@pytest.mark.parametrize("printing", ["trim-box", "crop-box", "rotated-90", "rotated-trimmed"])
def test_the_printed_page_is_shown_as_cut_and_upright_where_the_regions_were_measured(
    printing: str, tmp_path: Path
) -> None:
    """The page map (`--keep-pdf`) draws regions over the rendered page: it renders the same box
    the importer measured from, turned the same way, with the sheet's marks cropped off."""
    spec = ALL[0]
    path = tmp_path / "page.pdf"
    path.write_bytes(render_printed(spec, PRINTINGS[printing]))
    width, height = spec.pages[0].size
    rendered = render_pdf_page(path, 0, round(width / 2), round(height / 2))
    assert rendered.points == (width, height)
    assert abs(rendered.image.size[0] / rendered.image.size[1] - width / height) < 0.01
    upright = render_pdf_page(_plain(spec, tmp_path), 0, round(width / 2), round(height / 2)).image
    assert max(abs(a - b) for a, b in zip(rendered.image.size, upright.size, strict=True)) <= 1  # rounding
    small = (upright.size[0] // 8, upright.size[1] // 8)  # alike to the eye, not to the pixel
    difference = ImageChops.difference(
        rendered.image.resize(small).convert("L"), upright.resize(small).convert("L")
    )
    assert ImageStat.Stat(difference).mean[0] < SAME_PICTURE


def _plain(spec: PdfSpec, folder: Path) -> Path:
    path = folder / "plain.pdf"
    path.write_bytes(render_printed(spec, Printing()))
    return path


def test_the_page_is_the_trim_box_then_the_crop_box_then_the_media_box_each_within_the_next() -> None:
    media, crop, trim = (-20.0, -20.0, 700.0, 900.0), (0.0, 0.0, 680.0, 880.0), (30.0, 40.0, 630.0, 840.0)
    assert page_view(media, crop, trim, 0)[:4] == trim
    assert page_view(media, crop, crop, 0)[:4] == crop  # no TrimBox: pypdfium2 answers the crop box
    assert page_view(media, (-99.0, -99.0, 999.0, 999.0), (-99.0, -99.0, 999.0, 999.0), 0)[:4] == media
    assert page_view(media, crop, (30.0, 40.0, 60.0, 70.0), 0)[:4] == crop  # a trim box no page fits
    assert page_view(media, crop, (630.0, 840.0, 30.0, 40.0), 0)[:4] == trim  # corners in any order


@pytest.mark.parametrize(
    ("rotate", "corner", "size", "angle"),
    [
        (0, (0.0, 0.0), (600.0, 800.0), 0.0),
        (90, (800.0, 0.0), (800.0, 600.0), -90.0),
        (180, (600.0, 800.0), (600.0, 800.0), 180.0),
        (270, (0.0, 600.0), (800.0, 600.0), 90.0),
    ],
)
def test_a_turned_page_is_read_as_shown(
    rotate: int, corner: tuple[float, float], size: tuple[float, float], angle: float
) -> None:
    """Where the box's top-left corner (in user space) is shown, the page's shown size, and how
    text set along user space's x axis reads on the shown page."""
    view = page_view(
        (30.0, 40.0, 630.0, 840.0), (30.0, 40.0, 630.0, 840.0), (30.0, 40.0, 630.0, 840.0), rotate
    )
    assert view.point(30.0, 840.0) == corner
    assert view.size == size
    assert view.angle(0.0) % 360 == angle % 360


SHEETS = {"rotated-90-trimmed": (90, SLUG), "rotated-180": (180, 0.0), "rotated-270-trimmed": (270, SLUG)}


@pytest.mark.parametrize("sheet", sorted(SHEETS))
@pytest.mark.parametrize("name", sorted(SPECS))
def test_the_other_corpora_turned_and_on_a_sheet_import_to_their_goldens(
    name: str, sheet: str, tmp_path: Path
) -> None:
    """The second and third corpora's pages, drawn their own way, then moved onto a larger sheet
    inside a trim box and stored turned."""
    corpus, spec = SPECS[name]
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(on_sheet(render2(spec), *SHEETS[sheet]))
    result = import_pdfs([path], **import_options2(spec))  # type: ignore[arg-type]
    assert result.problems == []
    assert_same_issue(bare(result.issue), CORPORA[corpus][1].load(name))
    drawn = drawn_regions2(spec)
    for page, page_spec in zip(result.issue.pages, spec.pages, strict=True):
        assert page.size == page_spec.size
        wanted = [boxes for key, boxes in drawn.items() if key.startswith(f"p{page_spec.number}-")]
        for article, want in zip(page.articles, wanted, strict=True):
            for got, expected in zip(article.regions, want, strict=True):
                assert _distance(got, expected) <= REGION_TOLERANCE, (article.id, got, expected)


def test_a_page_whose_text_all_lies_outside_its_trim_box_is_one_line(tmp_path: Path) -> None:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842), invariant=1)
    pdf.setTrimBox((300, 0, 595, 400))  # the lower right quarter, where nothing is set
    pdf.setFont(fonts.register("STSong-Light"), 20)
    pdf.drawString(60, 760, "城市书房亮灯到深夜")
    pdf.showPage()
    pdf.save()
    path = tmp_path / "page.pdf"
    path.write_bytes(out.getvalue())
    with pytest.raises(ImportProblem) as caught:
        import_pdfs([path], paper="测试日报", date=dt.date(2025, 1, 2))
    assert str(caught.value) == (
        f"{path}: page 1: all its text lies outside the page as cut (its trim or crop box) or is "
        "clipped away; a reader sees none of it"
    )
