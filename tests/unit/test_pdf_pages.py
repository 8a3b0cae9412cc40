"""Whole pages drawn for the purpose with reportlab (spaces drawn as glyphs, as most e-paper PDFs
do): subheads, pictures that are no photos, advertisements, running heads and page order,
the script, and what the report says."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from paperterm.importer.pdf import import_pdfs
from paperterm.model.issue import Heading

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
GIVEN = {"paper": "试验报", "paper_id": "syb", "date": dt.date(2025, 10, 20)}
BODY = ["　　今年以来，各地用好新增专", "项债券等政策工具，一批打", "基础、利长远的项目加快落", "地。"]
MORE = ["　　钱从哪里来，用到哪里", "去，群众看得见、摸得着，", "是检验政策成效的重要标尺。"]


class Sheet:
    """Pages drawn from the top-left, as the importer measures them."""

    def __init__(self, size: tuple[float, float] = (595.0, 842.0), font: str = "STSong-Light") -> None:
        self.out = io.BytesIO()
        self.pdf = canvas.Canvas(self.out, pagesize=size, invariant=1)
        self.height, self.font = size[1], font

    def text(self, x: float, top: float, text: str, size: float = 10.0, bold: bool = False) -> None:
        self.pdf.setFont(self.font, size)
        for dx in (0.0, 0.4) if bold else (0.0,):
            self.pdf.drawString(x + dx, self.height - top - 0.88 * size, text)

    def column(self, x: float, top: float, rows: list[str], leading: float = 14.0) -> float:
        for row in rows:
            self.text(x, top, row)
            top += leading
        return top

    def rule(self, x0: float, x1: float, y: float) -> None:
        self.pdf.setLineWidth(0.8)
        self.pdf.line(x0, self.height - y, x1, self.height - y)

    def box(self, x: float, top: float, width: float, height: float) -> None:
        self.pdf.rect(x, self.height - top - height, width, height)

    def image(self, x: float, top: float, width: float, height: float) -> None:
        picture = Image.new("RGB", (8, 6), (120, 160, 200))
        self.pdf.drawImage(ImageReader(picture), x, self.height - top - height, width, height)

    def running_head(self, number: str, name: str) -> None:
        self.text(40, 24, number, 16)
        self.text(62, 28, name, 12)
        self.rule(40, 555, 48)

    def save(self, path: Path) -> Path:
        self.pdf.showPage()
        self.pdf.save()
        path.write_bytes(self.out.getvalue())
        return path


def article(sheet: Sheet, x: float, top: float, title: str) -> None:
    sheet.text(x, top, title, 20)
    sheet.column(x, top + 30, BODY + MORE)


def test_a_bold_subhead_a_little_larger_than_the_text_stays_in_its_article(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.text(40, 60, "把好钢用在刀刃上", 22)
    y = sheet.column(40, 96, BODY)
    sheet.text(40, y + 4, "算好明白账", 12, bold=True)
    sheet.column(40, y + 24, MORE)
    sheet.column(200, 96, MORE + BODY)
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    (only,) = result.issue.pages[0].articles
    assert only.title == "把好钢用在刀刃上"
    assert only.body[1] == Heading("算好明白账")
    assert only.body[0].startswith("今年以来") and only.body[2].startswith("钱从哪里来")


def test_a_page_background_and_ornaments_are_no_photos(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.image(0, 0, 595, 842)
    sheet.image(300, 60, 12, 12)
    article(sheet, 40, 60, "城市书房亮灯到深夜")
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    (only,) = result.issue.pages[0].articles
    assert only.kind == "article" and only.caption is None
    assert [r.part for r in only.regions] == ["headline", "body"]


def test_a_box_of_large_type_with_no_text_is_an_advertisement_in_the_report(tmp_path: Path) -> None:
    sheet = Sheet()
    article(sheet, 40, 60, "城市书房亮灯到深夜")
    sheet.box(40, 500, 500, 120)
    sheet.text(120, 520, "东方日报　全媒体广告", 30)
    sheet.text(150, 570, "订阅热线　021-5555 0199", 16)
    path = sheet.save(tmp_path / "p.pdf")
    result = import_pdfs([path], **GIVEN)  # type: ignore[arg-type]
    assert [a.title for a in result.issue.pages[0].articles] == ["城市书房亮灯到深夜"]
    assert f"{path}: page 1 at (39, 499): advertisement, not read" in result.notes


def test_pages_take_their_numbers_and_names_from_running_heads_and_sort_by_them(tmp_path: Path) -> None:
    files = []
    for number, name, title in (("3", "国际", "亚太经合组织会议举行"), ("2", "要闻", "秋粮收获过七成")):
        sheet = Sheet()
        sheet.running_head(number, name)
        article(sheet, 40, 70, title)
        files.append(sheet.save(tmp_path / f"{name}.pdf"))
    two = Sheet()
    article(two, 40, 70, "第一页的标题")
    two.pdf.showPage()
    article(two, 40, 70, "第二页的标题")
    files.append(two.save(tmp_path / "more.pdf"))
    result = import_pdfs(files, **GIVEN)  # type: ignore[arg-type]
    pages = [(p.number, p.name, p.articles[0].title) for p in result.issue.pages if p.articles]
    assert pages == [
        (2, "要闻", "秋粮收获过七成"),
        (3, "国际", "亚太经合组织会议举行"),
        (4, None, "第一页的标题"),
        (5, None, "第二页的标题"),
    ]
    assert [a.id for a in result.issue.pages[0].articles] == ["p2-1"]


def test_a_page_printed_in_traditional_characters_is_zh_hant(tmp_path: Path) -> None:
    sheet = Sheet(font="MSung-Light")
    sheet.text(40, 60, "港鐵新車站月底啟用", 20)
    sheet.column(
        40,
        90,
        [
            "　　港鐵公司宣佈，東涌綫延綫新車",
            "站將於本月正式啟用。新車站設有四",
            "個出入口，可直達附近的住宅區。",
        ],
    )
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    assert result.issue.language == "zh-Hant"
    assert result.issue.pages[0].articles[0].body == (
        "港鐵公司宣佈，東涌綫延綫新車站將於本月正式啟用。新車站設有四個出入口，可直達附近的住宅區。",
    )


def test_the_report_tallies_each_page_and_names_where_it_was_unsure(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.running_head("2", "要闻")
    sheet.image(40, 70, 300, 120)
    sheet.text(40, 196, "　　江南水乡稻浪翻金。农民驾驶收割机收获晚稻。　新华社发", 9)
    sheet.rule(40, 555, 220)
    article(sheet, 40, 230, "城市书房亮灯到深夜")
    path = sheet.save(tmp_path / "p.pdf")
    result = import_pdfs([path], **GIVEN)  # type: ignore[arg-type]
    photo, story = result.issue.pages[0].articles
    assert (photo.kind, photo.title, photo.credit) == ("photo", "江南水乡稻浪翻金", "新华社发")
    assert story.title == "城市书房亮灯到深夜"
    assert f"{path}: page 2 at (40, 24): running head: 2" in result.notes
    assert (
        f"{path}: page 2 at (40, 70): photo under no headline, titled from its first words (江南水乡稻浪翻金)"
        in result.notes
    )
    (tally,) = [n for n in result.notes if "glyphs =" in n]
    assert tally.startswith(f"{path}: page 2: 1 headline groups, 2 articles; ")
    total, articles, furniture, overprinted, left_out = map(
        int, re.findall(r"(\d+) (?:glyphs|in|overprinted|left)", tally)
    )
    assert total == articles + furniture + overprinted + left_out and furniture == 3 and left_out == 0


def test_a_running_head_needs_no_rule_under_it(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.text(40, 20, "民生", 12)
    sheet.text(70, 18, "5", 16)
    article(sheet, 40, 70, "城市书房亮灯到深夜")
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    (page,) = result.issue.pages
    assert (page.number, page.name, page.articles[0].title) == (5, "民生", "城市书房亮灯到深夜")


def test_every_picture_of_an_article_keeps_its_caption(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.text(40, 60, "早市里的菜篮子", 20)
    sheet.image(40, 90, 250, 100)
    sheet.text(40, 196, "市民在城北农贸市场选购新鲜蔬菜。　本报记者　钱　江　摄", 9)
    sheet.image(300, 90, 240, 100)
    sheet.text(300, 196, "入冬前本地蔬菜供应充足。　新华社发", 9)
    sheet.column(40, 226, BODY + MORE)
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    (story,) = result.issue.pages[0].articles
    assert story.caption == "市民在城北农贸市场选购新鲜蔬菜。\n入冬前本地蔬菜供应充足。"
    assert story.credit == "本报记者 钱江 摄、新华社发"
    assert [r.part for r in story.regions] == ["headline", "photo", "caption", "photo", "caption", "body"]


def test_text_set_larger_than_the_body_in_many_lines_is_text_not_headlines(tmp_path: Path) -> None:
    """A commentary set in larger type than the news beside it."""
    sheet = Sheet()
    sheet.text(40, 60, "秋粮收获过七成", 20)
    sheet.column(40, 90, (BODY + MORE) * 2)
    sheet.text(300, 60, "人民时评", 11)
    sheet.text(300, 78, "让小修小补修出大民生", 20)
    for i, row in enumerate((BODY + MORE) * 2):
        sheet.text(300, 110 + i * 17, row, 12)
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    titles = [a.title for a in result.issue.pages[0].articles]
    assert titles == ["秋粮收获过七成", "让小修小补修出大民生"]
    assert result.issue.pages[0].articles[1].body[0].startswith("今年以来，各地用好新增专项债券")


def test_a_name_plate_drawn_as_a_picture_still_gives_the_date_line(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.image(200, 20, 200, 60)
    sheet.text(40, 90, "2025年10月20日　星期一　农历乙巳年八月廿九", 10.5)
    sheet.rule(40, 555, 110)
    article(sheet, 40, 130, "城市书房亮灯到深夜")
    path = sheet.save(tmp_path / "p1.pdf")
    result = import_pdfs([path], paper="东方日报", paper_id="dfrb")
    assert result.issue.date == dt.date(2025, 10, 20)
    assert [a.title for a in result.issue.pages[0].articles] == ["城市书房亮灯到深夜"]
    assert any(
        note.startswith(f"{path}: page 1 at (40, 90): masthead: 2025年10月20日") for note in result.notes
    )


def test_briefs_each_open_with_a_lead_in_title_set_off_in_bold(tmp_path: Path) -> None:
    sheet = Sheet()
    article(sheet, 40, 60, "城市书房亮灯到深夜")
    y = 60
    for title, text in (
        ("合唱比赛落幕", "　本报讯　第十届市民合唱节落幕。"),
        ("摄影展开幕", "　本报讯　摄影作品展开幕。"),
    ):
        sheet.text(320, y, "　　" + title, bold=True)
        sheet.text(320 + 20 + 10 * len(title), y, text)
        y += 30
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    story, first, second = result.issue.pages[0].articles
    assert story.title == "城市书房亮灯到深夜"
    assert (first.title, first.dateline, first.body) == (
        "合唱比赛落幕",
        "本报讯",
        ("第十届市民合唱节落幕。",),
    )
    assert (second.title, second.body) == ("摄影展开幕", ("摄影作品展开幕。",))
    assert [r.part for r in first.regions] == ["headline", "body"]


def test_text_set_turned_in_the_margin_is_margin_furniture(tmp_path: Path) -> None:
    sheet = Sheet()
    article(sheet, 60, 60, "城市书房亮灯到深夜")
    sheet.pdf.saveState()
    sheet.pdf.translate(30, 400)
    sheet.pdf.rotate(90)
    sheet.pdf.setFont("STSong-Light", 7)
    sheet.pdf.drawString(0, 0, "责任编辑：卢　森")
    sheet.pdf.restoreState()
    path = sheet.save(tmp_path / "p.pdf")
    result = import_pdfs([path], **GIVEN)  # type: ignore[arg-type]
    assert [a.title for a in result.issue.pages[0].articles] == ["城市书房亮灯到深夜"]
    assert any("editor line set turned: 责任编辑：卢　森" in note for note in result.notes)


def test_a_caption_set_beside_its_picture_ending_in_a_credit(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.image(40, 60, 240, 120)
    sheet.column(290, 124, ["初冬时节，湖畔湿地", "迎来越冬候鸟。", "　　　（视觉中国）"])
    sheet.rule(40, 555, 200)
    article(sheet, 40, 210, "城市书房亮灯到深夜")
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    photo, story = result.issue.pages[0].articles
    assert (photo.kind, photo.caption, photo.credit) == (
        "photo",
        "初冬时节，湖畔湿地迎来越冬候鸟。",
        "视觉中国",
    )
    assert story.title == "城市书房亮灯到深夜"


def test_a_vertical_title_at_the_right_of_its_body(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.column(40, 60, ["本报评论员", *BODY])
    sheet.column(200, 60, [*MORE, "　　空谈误事，实干兴邦。"])
    for i, ch in enumerate("实干成就未来"):
        sheet.text(360, 60 + i * 27, ch, 24)
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    (story,) = result.issue.pages[0].articles
    assert (story.title, story.byline) == ("实干成就未来", "本报评论员")
    assert story.body[-1] == "空谈误事，实干兴邦。"


def test_a_subhead_set_in_another_face_and_the_page_number_alone_in_the_margin(tmp_path: Path) -> None:
    sheet = Sheet()
    sheet.text(540, 24, "5", 14)
    sheet.text(40, 26, "2025年10月20日　星期一", 9)
    sheet.rule(40, 555, 48)
    sheet.text(40, 60, "把好钢用在刀刃上", 22)
    y = sheet.column(40, 96, BODY)
    sheet.font = "MSung-Light"
    sheet.text(60, y + 14, "算好明白账")
    sheet.font = "STSong-Light"
    sheet.column(40, y + 28, MORE)
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    (page,) = result.issue.pages
    assert (page.number, page.name) == (5, None)
    assert page.articles[0].body[1] == Heading("算好明白账")


def test_a_brief_lead_in_may_run_over_a_line_end_in_a_narrow_column(tmp_path: Path) -> None:
    sheet = Sheet()
    article(sheet, 40, 60, "城市书房亮灯到深夜")
    y = 60.0
    for lead, rest in (
        ("城市书房开放", ["全市书房延长", "开放时间。"]),
        ("摄影展开幕", ["摄影作品展在", "市博物馆开幕。"]),
    ):
        sheet.text(340, y, lead[:4], bold=True)
        sheet.text(320, y + 14, lead[4:], bold=True)
        sheet.text(320 + 10 * len(lead[4:]), y + 14, "　本报讯")
        y = sheet.column(320, y + 28, rest) + 6
    result = import_pdfs([sheet.save(tmp_path / "p.pdf")], **GIVEN)  # type: ignore[arg-type]
    story, first, second = result.issue.pages[0].articles
    assert story.title == "城市书房亮灯到深夜"
    assert (first.title, first.dateline, first.body) == (
        "城市书房开放",
        "本报讯",
        ("全市书房延长开放时间。",),
    )
    assert (second.title, second.body) == ("摄影展开幕", ("摄影作品展在市博物馆开幕。",))
    assert first.regions[0].part == "headline" and first.regions[0].x == 320
