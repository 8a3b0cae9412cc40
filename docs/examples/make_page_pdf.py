"""Typeset the sample issue's page 1 as a three-column PDF with a CJK font, to try pdftotext on.

Not part of paperterm or its tests: it needs reportlab and a TrueType CJK font
(Debian: fonts-wqy-zenhei). docs/import.md says what pdftotext made of it.

    python docs/examples/make_page_pdf.py /tmp/page.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A3
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from paperterm.model.issue import Heading
from paperterm.model.loader import load_issue

ROOT = Path(__file__).resolve().parents[2]
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SIZE, LEADING, COLUMN_CHARS = 10, 14, 16


def lines_of(text: str) -> list[str]:
    """A paragraph in column lines: first line indented, using paperterm's own CJK line breaker."""
    from paperterm.model.linebreak import wrap

    lines = [line.text for line in wrap("　　" + text, COLUMN_CHARS * 2)]
    return lines


def main(target: str) -> None:
    pdfmetrics.registerFont(TTFont("zenhei", FONT, subfontIndex=0))
    page = load_issue(ROOT / "issues" / "2024-11-19.yaml").pages[0]
    pdf = canvas.Canvas(target, pagesize=A3)
    width, height = A3
    column_width = COLUMN_CHARS * SIZE + 60  # a wide gutter helps pdftotext see the columns
    x, y = 40.0, height - 60

    def put(text: str, size: int = SIZE) -> None:
        nonlocal x, y
        if y < 60:
            x, y = x + column_width, height - 60
        pdf.setFont("zenhei", size)
        pdf.drawString(x, y, text)
        y -= LEADING * size / SIZE

    for article in page.articles[:5]:
        if article.kicker:
            put(article.kicker)
        put(article.title, 14)
        for block in article.body:
            texts = [block.text] if isinstance(block, Heading) else lines_of(block)
            for line in texts:
                put(line)
            y -= LEADING / 2
        y -= LEADING
    pdf.save()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "page.pdf")
