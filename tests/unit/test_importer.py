"""`paperterm import`: the golden page, each rule on its own, and pages it has never seen."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paperterm.cli import main
from paperterm.importer.blocks import Block, Line, merge_vertical, split_blocks, split_series
from paperterm.importer.conventions import split_credit, split_dateline, take_markers
from paperterm.importer.headlines import from_blocks
from paperterm.importer.issue import NO_TEXT, Source, import_issue
from paperterm.importer.page import import_page
from paperterm.importer.paragraphs import reflow
from paperterm.importer.text import ImportProblem, decode, pages, squeeze_spaces, undouble
from paperterm.model.issue import Article, Heading
from paperterm.model.loader import load_issue, parse_issue
from tests.conftest import RAW_PAGE, SAMPLE
from tests.page_writer import page_text

SAMPLE_ARTICLES = list(load_issue(SAMPLE).pages[0].articles)
FIELDS = (
    "kind",
    "series",
    "kicker",
    "title",
    "subtitle",
    "dateline",
    "byline",
    "caption",
    "credit",
    "continued_on",
)


def breaks(article: Article) -> set[int]:
    """Character offsets in the body's running text where one block ends and the next begins."""
    offsets, at = set(), 0
    for block in article.body:
        at += len(block.text if isinstance(block, Heading) else block)
        offsets.add(at)
    return offsets


def text_of(article: Article) -> str:
    return "".join(b.text if isinstance(b, Heading) else b for b in article.body)


def assert_same_articles(got: list[Article], expected: list[Article], min_agreement: float = 0.95) -> None:
    assert len(got) == len(expected)
    agree = total = 0
    for g, e in zip(got, expected, strict=True):
        for name in FIELDS:
            assert getattr(g, name) == getattr(e, name), (e.id, name)
        assert text_of(g) == text_of(e), e.id
        total += len(breaks(e) | breaks(g))
        agree += len(breaks(e) & breaks(g))
    assert agree / total >= min_agreement, f"paragraph breaks agree on {agree}/{total}"


def test_golden_the_raw_page_imports_as_the_sample_issue() -> None:
    result = import_page(RAW_PAGE.read_text(encoding="utf-8"), 1, "要闻")
    assert_same_articles(list(result.page.articles), SAMPLE_ARTICLES, min_agreement=1.0)
    for got, expected in zip(result.page.articles, SAMPLE_ARTICLES, strict=True):
        assert got.body == expected.body  # headings in the same places too


def test_golden_through_the_command(tmp_path: Path) -> None:
    out = tmp_path / "2024-11-19.yaml"
    argv = ["import", str(RAW_PAGE), "--date", "2024-11-19", "--paper", "山西日报", "--paper-id", "sxrb"]
    assert main([*argv, "--name", "要闻", "-o", str(out)]) == 0
    imported = load_issue(out)
    assert (imported.paper, imported.paper_id, imported.pages[0].label) == ("山西日报", "sxrb", "第1版 要闻")
    assert_same_articles(list(imported.pages[0].articles), SAMPLE_ARTICLES, min_agreement=1.0)


@pytest.mark.parametrize("width", range(10, 25, 2))
@pytest.mark.parametrize("headlines", ["after", "before"])
def test_other_column_widths_and_headline_placements(width: int, headlines: str) -> None:
    result = import_page(page_text(SAMPLE_ARTICLES, width, headlines), 1)
    assert_same_articles(list(result.page.articles), SAMPLE_ARTICLES)


@pytest.mark.parametrize("seed", range(6))
def test_articles_in_any_order(seed: int) -> None:
    shuffled = SAMPLE_ARTICLES[:]
    random.Random(seed).shuffle(shuffled)
    width = random.Random(seed).randint(10, 24)
    headlines = random.Random(seed).choice(["before", "after"])
    result = import_page(page_text(shuffled, width, headlines), 1)
    assert_same_articles(list(result.page.articles), shuffled)


# --- each rule on its own -----------------------------------------------------------------


def test_undouble_prints_bold_runs_once() -> None:
    assert undouble("本报记者本报记者 张文华张文华 摄摄") == "本报记者 张文华 摄"
    assert undouble("外贸业务员外贸业务员 赛场比技能赛场比技能") == "外贸业务员 赛场比技能"
    assert undouble("哈哈 大笑") == "哈哈 大笑"  # a lone short repeat is a word


def test_squeeze_spaces_between_cjk_and_digits_only() -> None:
    assert squeeze_spaces("特别是 2022 年 1 月首站") == "特别是2022年1月首站"
    assert squeeze_spaces("出口 894.9 亿元，增长 4.5%；") == "出口894.9亿元，增长4.5%；"
    assert squeeze_spaces("Hello World 你好") == "Hello World你好"


def test_vertical_runs_become_one_title_with_a_break() -> None:
    blocks = merge_vertical(split_blocks("省\n科\n技\n厅\n\n明\n确\n事\n项\n\n正文。"))
    assert blocks[0].kind == "vertical" and blocks[0].parts == ["省科技厅", "明确事项"]
    assert from_blocks([blocks[0]]).title == "省科技厅 明确事项"


def test_series_banner_is_split_from_the_title_above_it() -> None:
    blocks = split_series(split_blocks("特种车辆走俏国内外市场\n 聚焦“推动高质量发展”系列主题新闻发布会"))
    assert [b.kind for b in blocks] == ["text", "series"]


def test_photo_credit_of_a_block_printed_in_bold() -> None:
    block = Block([Line(1, "图为该公司生产的新能源环卫车辆。 本报记者本报记者 张文华张文华 摄摄")])
    assert split_credit(block.printed) == ("图为该公司生产的新能源环卫车辆。", "本报记者 张文华 摄")
    block = Block([Line(1, "外贸企业可发现更多"), Line(2, "优秀人才。本报记者 王蕾 摄")])
    assert split_credit(block.printed) == ("外贸企业可发现更多优秀人才。", "本报记者 王蕾 摄")
    assert split_credit(Block([Line(1, "没有署名的一段话。")]).printed) is None


def test_dateline_and_byline() -> None:
    assert split_dateline("本报太原11月18日讯（记者 王佳丽）为切实加强") == (
        "本报太原11月18日讯",
        "记者 王佳丽",
        "为切实加强",
    )
    assert split_dateline("本报太原11月18日讯（记者李若男）据") == ("本报太原11月18日讯", "记者 李若男", "据")
    assert split_dateline("没有电头。") == (None, None, "没有电头。")


def test_continuation_markers_become_fields() -> None:
    assert take_markers("承载力显著提升。 （下转第2版）") == ("承载力显著提升。", 2, None)
    assert take_markers("（上接第1版）继续") == ("继续", None, 1)


def test_kicker_title_subtitle_by_position_and_likeness() -> None:
    group = [
        Block([Line(1, "在莱比锡国际文物保护、修复和改造博览会上")]),
        Block([Line(3, "山西博物院展示的壁画修复技术受关注")]),
    ]
    headline = from_blocks(group)
    assert (headline.kicker, headline.title) == (
        "在莱比锡国际文物保护、修复和改造博览会上",
        "山西博物院展示的壁画修复技术受关注",
    )
    headline = from_blocks(
        [Block([Line(1, "前10个月全省货物贸易进出口增长5.9%"), Line(2, "高于全国平均增速0.7个百分点")])]
    )
    assert (headline.title, headline.subtitle) == (
        "前10个月全省货物贸易进出口增长5.9%",
        "高于全国平均增速0.7个百分点",
    )
    headline = from_blocks(
        [Block([Line(1, "临汾：在推进中国式现代化实践中交出亮丽答卷"), Line(2, "本报记者 张文华")])]
    )
    assert (headline.title, headline.byline) == (
        "临汾：在推进中国式现代化实践中交出亮丽答卷",
        "本报记者 张文华",
    )


def test_reflow_joins_column_breaks_and_numbers() -> None:
    text = "农产品出口14.9\n\n亿元，增长43%。太阳能电池、煤炭、纺\n织物分别出口21.6亿元。\n\n第二段，很短。"
    flowed = reflow(split_blocks(text), column=34)
    assert flowed.body == [
        "农产品出口14.9亿元，增长43%。太阳能电池、煤炭、纺织物分别出口21.6亿元。",
        "第二段，很短。",
    ]


def test_reflow_headings_and_full_lines() -> None:
    text = (
        "一段很长的文字在这里一直写到了栏的最右\n边才结束。\n\n"
        "坚持抓产业、促升级，\n持续夯实产业基础\n\n"
        "一段很长的文字在这里一直写到了栏的最右\n这一行也写满了一整栏的宽度是吗对。\n"
        "下一行接着写满了整栏的宽度才对吧。\n再一行写满了一整栏的宽度是吗对呀。\n另起一段，缩进了。"
    )
    flowed = reflow(split_blocks(text), column=34)
    assert flowed.body[1] == Heading("坚持抓产业、促升级，持续夯实产业基础")
    # A full line closing a sentence runs on before a full line, and ends before an indented one.
    assert flowed.body[2].endswith(
        "是吗对。下一行接着写满了整栏的宽度才对吧。再一行写满了一整栏的宽度是吗对呀。"
    )
    assert flowed.body[3] == "另起一段，缩进了。"
    assert any("kept going past a full line" in note for note in flowed.notes)
    assert any("before a shorter (indented) line" in note for note in flowed.notes)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("\ufeff煤矿安全\r\n生产。".encode(), None),
        ("煤矿安全\r\n生产。".encode("gb18030"), None),
        ("煤礦安全\r\n生產。".encode("big5"), None),
        ("煤矿安全\r\n生产。".encode("gbk"), "gbk"),
    ],
)
def test_encodings(data: bytes, encoding: str | None) -> None:
    text = decode(data, encoding)
    assert text.replace("\r\n", "\n") in ("煤矿安全\n生产。", "煤礦安全\n生產。")


def test_undecodable_input_is_a_clear_error() -> None:
    with pytest.raises(ImportProblem, match="cannot decode as ascii"):
        decode("煤".encode(), "ascii")


def test_form_feeds_split_pages() -> None:
    assert pages("第一版\f第二版\f") == ["第一版", "第二版"]
    raw = RAW_PAGE.read_text(encoding="utf-8")
    result = import_issue([Source("two.txt", raw + "\f" + raw)], date=dt.date(2024, 11, 19), paper="山西日报")
    assert [p.number for p in result.issue.pages] == [1, 2] and not result.problems
    assert [len(p.articles) for p in result.issue.pages] == [8, 8]
    assert len({a.id for _, a in result.issue.articles()}) == 16


def test_import_command_writes_atomically_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["import", str(RAW_PAGE), "--date", "2024-11-19", "--paper", "山西日报", "--into", str(tmp_path)]
    assert main(argv) == 0
    written = (
        tmp_path / "p".join([""]) / "2024-11-19.yaml" if False else next(tmp_path.rglob("2024-11-19.yaml"))
    )
    before = written.read_bytes()
    capsys.readouterr()
    assert main(argv) == 1
    assert "exists; add --force" in capsys.readouterr().err
    assert written.read_bytes() == before
    assert main([*argv, "--force", "--report"]) == 0
    assert "paragraph end guessed" in capsys.readouterr().err
    assert [p.name for p in written.parent.iterdir()] == ["2024-11-19.yaml"]


def test_import_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "nope.txt"), "--date", "2024-11-19", "--paper", "报"]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["import", str(RAW_PAGE), "--date", "2024-02-30", "--paper", "报"]) == 2
    assert "--date must be a real date" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    assert main(["import", str(empty), "--date", "2024-11-19", "--paper", "报"]) == 1
    assert capsys.readouterr().err == f"paperterm: {empty}: {NO_TEXT}\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from(list("煤矿安全生产。，“”：（）本报记者讯摄下转第版 \n\f0123456789abc")),
        max_size=400,
    )
)
def test_any_text_gives_a_valid_issue_or_a_clear_error(text: str) -> None:
    try:
        result = import_issue([Source("fuzz.txt", text)], date=dt.date(2024, 11, 19), paper="测试报")
    except ImportProblem as exc:
        assert str(exc) == f"fuzz.txt: {NO_TEXT}"
        assert not text.strip()
        return
    assert result.problems == []
    issue, problems = parse_issue(result.yaml, "2024-11-19.yaml")
    assert issue is not None, problems
