"""Body text with no headline of its own goes on the story before it in reading order — after a
paragraph gap, or at the top of the next column — unless something marks a boundary (here: a
box drawn round a note)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from paperterm.importer.pdf import import_pdfs
from paperterm.importer.pdf.ink import Glyph
from paperterm.importer.pdf.lines import build_lines
from paperterm.model.issue import Article, Heading

WIDTH, HEIGHT = 400.0, 420.0
SIZE, LEADING, CHARS = 10.0, 14.0, 15
"""Body 10 pt on 14 pt leading, 15 characters to a 150-point column."""
LEFTS = (30.0, 210.0)

FIRST = [
    "今年以来全省各地扎实推进秋粮收购工作，农民增收势头良好，市场运行总体平稳有序。",
    "各地粮食部门加强收购网点布设，延长收购时间，做到应收尽收，不让农民卖粮难。",
    "下一步将继续强化市场监测，严厉打击压级压价等违规行为，切实保护种粮农民利益。",
]
SECOND = [
    "近日省城一批新建公园陆续向市民开放，为群众休闲健身提供了更多好去处和新选择。",
    "这些公园注重生态修复与文化传承相结合，园内步道串联起湿地林地和历史文化遗存。",
    "市园林部门表示将持续完善配套设施，推动城市公园由建设管理向精细服务转变提升。",
]
KICKER = "城市更新行动"
HEADING = "强化市场监测"
NOTE = "本报读者热线每天九时至十七时开通欢迎来电反映情况"


def _paragraph_lines(text: str) -> list[str]:
    """A paragraph indented two characters, broken every `CHARS` characters."""
    text = "　　" + text
    return [text[i : i + CHARS] for i in range(0, len(text), CHARS)]


def page(path: Path) -> None:
    """Column 1: headline, three paragraphs with half a line of extra space between them, then a
    second headline whose story runs off the column's foot onto the top of column 2; under it,
    a boxed note with no headline."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=(WIDTH, HEIGHT), invariant=1)
    y = HEIGHT - 50

    def text(lines: list[str], x: float, y: float) -> float:
        pdf.setFont("STSong-Light", SIZE)
        for line in lines:
            pdf.drawString(x, y, line)
            y -= LEADING
        return y

    pdf.setFont("STSong-Light", 14)
    pdf.drawString(LEFTS[0], y, "秋粮收购平稳有序")
    y -= 28
    for n, paragraph in enumerate(FIRST):
        if n == len(FIRST) - 1:  # a 小标题 in the text's type, half a line of space round it
            y = text([HEADING], LEFTS[0], y) - LEADING / 2
        y = text(_paragraph_lines(paragraph), LEFTS[0], y) - LEADING / 2
    y -= 14
    text([KICKER], LEFTS[0], y)  # a kicker at body size, right over its headline
    y -= LEADING
    pdf.setFont("STSong-Light", 14)
    pdf.drawString(LEFTS[0], y, "新建公园陆续开放")
    y -= 28
    second = [ln for p in SECOND for ln in _paragraph_lines(p)]
    text(second[:7], LEFTS[0], y)  # the third paragraph breaks at the column's foot
    top = HEIGHT - 50 - 3 * LEADING  # column 2 starts at the top of the page, its own measure
    bottom = text(second[7:], LEFTS[1], top)
    pdf.rect(LEFTS[1] - 6, bottom - 40, 162, 40)  # a boxed note, set apart by its box
    text([NOTE[:CHARS], NOTE[CHARS:]], LEFTS[1], bottom - 16)
    pdf.save()


def _read(tmp_path: Path) -> list[Article]:
    path = tmp_path / "untitled.pdf"
    page(path)
    result = import_pdfs([path], paper="测试日报", date=dt.date(2025, 1, 2))
    assert result.problems == []
    (read,) = result.issue.pages
    return list(read.articles)


def _paragraphs(article: Article) -> list[str]:
    return [b.strip() for b in article.body if isinstance(b, str)]


def _titled(articles: list[Article], title: str) -> Article:
    (article,) = [a for a in articles if a.title == title]
    return article


def test_paragraphs_after_extra_space_stay_in_their_article(tmp_path: Path) -> None:
    articles = _read(tmp_path)
    assert articles[0].title == "秋粮收购平稳有序"
    assert _paragraphs(articles[0]) == FIRST
    assert [b.text for b in articles[0].body if isinstance(b, Heading)] == [HEADING]
    assert articles[0].body[2] == Heading(HEADING)


def test_a_story_goes_on_at_the_top_of_the_next_column(tmp_path: Path) -> None:
    """It is read where its headline is (after the note higher up column 2), and whole."""
    articles = _read(tmp_path)
    park = _titled(articles, "新建公园陆续开放")
    assert _paragraphs(park) == SECOND
    assert park.kicker == KICKER
    assert articles[-1].title == "新建公园陆续开放"


def test_boxed_text_stays_an_item_of_its_own(tmp_path: Path) -> None:
    articles = _read(tmp_path)
    assert len(articles) == 3
    (note,) = [a for a in articles if a.title not in ("秋粮收购平稳有序", "新建公园陆续开放")]
    assert "".join(_paragraphs(note)) == NOTE


def test_a_font_setting_quotes_narrower_than_an_em_keeps_its_lines_whole() -> None:
    """“ set 3.3 points wide, the next character right after it, at the head of several lines:
    not a vertical title of quote marks, and no line cut after its “."""
    rows = ["“跟着悟空游山”火爆出圈", "“临汾优选”区域品牌"]
    glyphs: list[Glyph] = []
    for row, text in enumerate(rows):
        x = 40.0
        for char in text:
            advance = 3.32 if char in "“”" else SIZE
            glyphs.append((char, x, x + advance, 100.0 + row * LEADING, SIZE, False, 0))
            x += advance
    assert sorted(ln.text for ln in build_lines(glyphs)) == sorted(rows)
