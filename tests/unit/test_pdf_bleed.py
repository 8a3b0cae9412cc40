"""Type set past the page's edge (a column run over, text in the bleed) still imports, as what a
reader is shown: glyphs past the edge are not read, the regions stay on the page, and the issue
passes its own check."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from paperterm.importer.pdf import import_pdfs

WIDTH, HEIGHT = 400.0, 500.0


def page_running_over(path: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=(WIDTH, HEIGHT), invariant=1)
    pdf.setFont("STSong-Light", 20)
    pdf.drawString(300, 450, "越过版心的新闻标题")  # 180 points wide from 100 points before the edge
    pdf.setFont("STSong-Light", 10)
    for row in range(12):  # each line runs 60 points past the right edge
        text = (
            "　　" if row == 0 else ""
        ) + "这一栏的文字排到了页面之外仍然是这篇文章的正文内容，也就是版心之外的部分。"
        pdf.drawString(30, 420 - row * 14, text)
    pdf.save()


def test_regions_past_the_edge_are_cut_to_the_page(tmp_path: Path) -> None:
    path = tmp_path / "over.pdf"
    page_running_over(path)
    result = import_pdfs([path], paper="测试日报", date=dt.date(2025, 1, 2))
    assert result.problems == []
    (page,) = result.issue.pages
    assert page.size == (WIDTH, HEIGHT)
    regions = [r for a in page.articles for r in a.regions]
    assert regions and all(r.x >= 0 and r.y >= 0 for r in regions)
    assert all(r.x + r.width <= WIDTH + 0.05 and r.y + r.height <= HEIGHT + 0.05 for r in regions)
    assert any(a.title == "越过版心的" for a in page.articles)  # the rest of it is off the page
