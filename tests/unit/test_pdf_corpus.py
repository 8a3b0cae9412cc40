"""The PDF corpus is sound: it renders the same bytes every time, each page's text layer holds
every golden field as printed, its golden files are current and load cleanly, and together
the pages cover every convention and layout the PDF importer must handle."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
import pytest

from paperterm.model.issue import Article, Heading
from tests.pdfcorpus import canonical, fonts, golden
from tests.pdfcorpus.expected import drawn_regions, expected_issue, import_options
from tests.pdfcorpus.goldens import assert_regions_on_pages
from tests.pdfcorpus.layout import lay_out
from tests.pdfcorpus.pages import ALL, ISSUES
from tests.pdfcorpus.render import render, runs
from tests.pdfcorpus.spec import Advert, Module

SPECS = {spec.name: spec for spec in ALL}
NAMES = sorted(SPECS)
TEXT_FIELDS = ("series", "kicker", "title", "subtitle", "dateline", "byline", "caption", "credit")


def _fold(text: str) -> str:
    return "".join(text.split())


def _texts(article: Article) -> list[str]:
    fields = [getattr(article, name) for name in TEXT_FIELDS]
    blocks = [b.text if isinstance(b, Heading) else b for b in article.body]
    return [text for text in fields + blocks if text]


@pytest.mark.parametrize("name", NAMES)
def test_rendering_gives_the_same_bytes_every_time(name: str, pdf_corpus: dict[str, Path]) -> None:
    assert render(SPECS[name]) == pdf_corpus[name].read_bytes()


@pytest.mark.parametrize("name", NAMES)
def test_each_page_text_layer_holds_every_golden_field_as_printed(
    name: str, pdf_corpus: dict[str, Path]
) -> None:
    issue = expected_issue(SPECS[name])
    document = pdfium.PdfDocument(pdf_corpus[name])
    try:
        assert len(document) == len(issue.pages)
        for index, page in enumerate(issue.pages):
            text = _fold(document[index].get_textpage().get_text_range())
            for article in page.articles:
                for field in _texts(article):
                    assert _fold(field) in text, f"{name} page {page.number} {article.id}: {field!r}"
    finally:
        document.close()


def _overprints(page: pdfium.PdfPage) -> list[tuple[float, float, float]]:
    """(left, bottom, top) of every text object drawn again a fraction of a point to its right."""
    shapes: dict[tuple[float, float, float], list[float]] = {}
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
        left, bottom, right, top = obj.get_bounds()
        shapes.setdefault((round(bottom, 2), round(top, 2), round(right - left, 2)), []).append(left)
    return [
        (left, bottom, top)
        for (bottom, top, _), lefts in shapes.items()
        for left in lefts
        if any(0.1 < other - left < 1.0 for other in lefts)
    ]


@pytest.mark.parametrize("name", NAMES)
def test_photos_are_image_objects_and_fake_bold_is_overprinted(
    name: str, pdf_corpus: dict[str, Path]
) -> None:
    """One image object per photo; every bold run drawn twice a fraction of a point apart, and
    nothing else."""
    spec = SPECS[name]
    document = pdfium.PdfDocument(pdf_corpus[name])
    try:
        for index, page_spec in enumerate(spec.pages):
            page = document[index]
            height = page_spec.size[1]
            laid = lay_out(page_spec, spec)
            images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
            photos = [r for regions in laid.regions for r in regions if r.part == "photo"]
            assert len(images) == len(laid.pictures) == len(photos)
            overprints = _overprints(page)
            bold = [
                (x, x + fonts.width(text, line.font, line.size), height - line.baseline)
                for line in laid.lines
                for x, text, is_bold in runs(line)
                if is_bold
            ]
            assert bold, "every page has some fake bold"
            for x0, x1, y in bold:
                assert any(
                    x0 - 1 <= left <= x1 and bottom - 1 <= y <= top + 1 for left, bottom, top in overprints
                )
            for left, bottom, top in overprints:
                assert any(x0 - 1 <= left <= x1 and bottom - 1 <= y <= top + 1 for x0, x1, y in bold)
    finally:
        document.close()


def test_truetype_pages_embed_their_font(pdf_corpus: dict[str, Path]) -> None:
    embedded = {name for name, path in pdf_corpus.items() if b"/FontFile2" in path.read_bytes()}
    uses_zenhei = {
        spec.name
        for spec in ALL
        if any("zenhei" in (page.body_font, page.headline_font) for page in spec.pages)
    }
    assert embedded == uses_zenhei and len(uses_zenhei) >= 2


def test_golden_files_are_up_to_date_with_the_spec() -> None:
    assert golden.stale() == [], "run python -m tests.pdfcorpus --write"


def test_every_golden_file_loads_cleanly_and_means_the_spec() -> None:
    loaded = golden.GOLDENS.load_all()
    expected = golden.golden_issues()
    assert sorted(loaded) == sorted(expected), "a golden file without a spec, or a spec without one"
    for name, issue in loaded.items():
        assert issue == expected[name]


def test_a_whole_issue_holds_every_page_of_its_files_in_printed_order() -> None:
    for name, files in ISSUES.items():
        issue = golden.golden_issues()[name]
        numbers = [page.number for page in issue.pages]
        assert numbers == sorted(numbers) == sorted(page.number for spec in files for page in spec.pages)
        assert [page.number for spec in files for page in spec.pages] != numbers, "files not in page order"
        assert {issue.paper} == {spec.paper for spec in files}
        options = import_options(*files)
        assert (options["paper"] is None) == any(spec.pages[0].masthead for spec in files)


@pytest.mark.parametrize("name", NAMES)
def test_every_article_has_regions_on_its_page(name: str) -> None:
    spec = SPECS[name]
    sizes = [page.size for page in spec.pages]
    assert_regions_on_pages(sizes, expected_issue(spec), drawn_regions(spec))


def test_import_options_give_paper_and_date_only_where_no_masthead_prints_them() -> None:
    for spec in ALL:
        options = import_options(spec)
        printed = spec.pages[0].masthead is not None
        assert (options["paper"] is None) == printed and (options["date"] is None) == printed
        assert options["paper_id"] == spec.paper_id


@pytest.mark.parametrize(
    ("printed", "dateline", "byline"),
    [
        ("本报延安10月19日电　（记者贾丰丰）", "本报延安10月19日电", "记者 贾丰丰"),
        ("新华社北京10月19日电　", "新华社北京10月19日电", None),
        ("本报太原 11月 18日讯（记者 王佳丽）", "本报太原11月18日讯", "记者 王佳丽"),
        ("本报讯（记者张三、李四）", "本报讯", "记者 张三、李四"),
        ("本报讯（记者贾丰丰 通讯员李明）", "本报讯", "记者 贾丰丰 通讯员 李明"),
        ("本报合肥 10月 19日讯(记者 沈　洁)", "本报合肥10月19日讯", "记者 沈洁"),
    ],
)
def test_datelines_take_their_canonical_form(printed: str, dateline: str, byline: str | None) -> None:
    assert canonical.dateline_fields(printed) == (dateline, byline)


def test_printed_forms_take_their_canonical_form() -> None:
    assert canonical.collapse("本报记者　程　龙　潘俊强") == "本报记者 程龙 潘俊强"
    assert canonical.collapse("李　斌") == "李斌"
    assert canonical.credit("新华社记者　卢汉欣摄") == "新华社记者 卢汉欣摄"
    assert canonical.credit("（人民视觉）") == "人民视觉"
    assert canonical.credit("本报记者　张文华　摄") == "本报记者 张文华 摄"
    assert canonical.series("（“十四五”的发展镜头）") == "“十四五”的发展镜头"
    assert canonical.subtitle("——各地见闻") == "各地见闻"
    assert canonical.joined_lines(("Open", "Source 5G")) == "Open Source 5G"
    assert canonical.joined_lines(("前三季度", "增长9.6%")) == "前三季度增长9.6%"
    markers = [
        "（下转第二版）",
        "（上接第一版）",
        "（转第2版）",
        "(接第12版)",
        "（转第十二版）",
        "（下转第２版）",
    ]
    assert [canonical.page_of_marker(m) for m in markers] == [2, 1, 2, 12, 12, 2]
    assert [canonical.chinese_numeral(n) for n in (1, 10, 12, 20, 21)] == [
        "一",
        "十",
        "十二",
        "二十",
        "二十一",
    ]


def test_the_corpus_covers_every_convention_and_layout() -> None:
    """Coverage the importer's tests rely on: a page edited away must not silently drop a case."""
    issues = [expected_issue(spec) for spec in ALL]
    articles = [a for issue in issues for _, a in issue.articles()]
    modules = [m for spec in ALL for page in spec.pages for m in page.modules if isinstance(m, Module)]
    pages = [page for spec in ALL for page in spec.pages]
    text = "\n".join(t for a in articles for t in _texts(a))

    def some(predicate: object, what: str) -> None:
        assert any(predicate(a) for a in articles), what  # type: ignore[operator]

    assert len(pages) >= 10 and any(len(spec.pages) == 2 for spec in ALL)
    assert {issue.language for issue in issues} == {"zh-Hans", "zh-Hant"}
    assert len({spec.paper for spec in ALL if spec.pages[0].masthead}) >= 3
    some(lambda a: (a.dateline or "").startswith("新华社") and a.byline is None, "新华社…电 without byline")
    some(lambda a: re.fullmatch(r"本报.+\d+月\d+日电", a.dateline or "") and a.byline, "本报…电（记者…）")
    some(lambda a: re.fullmatch(r"本报.*[０-９]+月[０-９]+日讯", a.dateline or ""), "full-width digits")
    for agency in ("中新社", "人民网", "本报讯", "本報"):
        some(lambda a, agency=agency: (a.dateline or "").startswith(agency), agency)
    some(lambda a: a.continued_on and a.continues is None, "continued_on")
    some(lambda a: a.continued_from and a.continues, "continued_from with a shortened title")
    for series in ("人民时评", "编辑手记", "“乡村振兴”一线见闻"):
        some(lambda a, series=series: a.series == series, series)
    for credit in ("人民视觉", "资料图片", "資料圖片", "新华社发"):
        some(lambda a, credit=credit: a.credit == credit, credit)
    some(lambda a: (a.credit or "").startswith("新华社记者"), "新华社记者 …摄")
    some(lambda a: a.kind == "photo" and not a.body, "photo-only item")
    some(lambda a: a.byline == "本报评论员", "bare role line")
    some(lambda a: any(isinstance(b, Heading) for b in a.body), "小标题")
    some(lambda a: a.subtitle and a.kicker, "kicker and subtitle")
    for word in ("90.5%", "14.9亿元", "5G", "APEC", "「"):
        assert word in text, word
    assert any(m.signature for m in modules) and any(m.byline and "　" in m.byline for m in modules)
    assert any(m.headline and m.headline.vertical for m in modules)
    assert any(m.place.beside and m.headline and not m.headline.vertical for m in modules)
    assert any(m.photo and m.photo.columns for m in modules), "L-shape around a photo"
    assert any(m.place.into for m in modules), "L-shape around a module"
    assert any(m.place.span == 4 and not m.place.beside for m in modules)
    assert any(m.headline and len(m.headline.title) == 2 for m in modules)
    assert any(m.headline and m.headline.bold for m in modules)
    assert any(page.gutter == 1.0 for page in pages)
    assert any(isinstance(m, Advert) for page in pages for m in page.modules)
    assert {page.running_head for page in pages} >= {
        "num-name",
        "name-num",
        "ban",
        "ban-cn-name",
        "date-num-name",
    }


def test_the_benchmark_pages_are_as_dense_as_a_broadsheet_gets() -> None:
    from tests.pdfcorpus.generated import dense_page, glyph_count, issue_files

    assert 9_000 <= glyph_count(dense_page()) <= 11_000
    (first, second) = issue_files(2)
    assert first.pages[0].masthead and not second.pages[0].masthead
    assert glyph_count(second) > 3_000
