"""Each quirk of real e-paper pages, and input that must be refused in one line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from paperterm.importer.html import import_html
from paperterm.importer.html.article import read_article, to_article
from paperterm.importer.html.decode import MAX_BYTES, decode_page
from paperterm.importer.html.page import page_label, read_page
from paperterm.importer.html.profile import load_profiles
from paperterm.importer.text import ImportProblem
from paperterm.model.issue import Heading
from tests.sites.builders import classic
from tests.sites.mirror import DATE, write_mirror

SYSTEMS = load_profiles().systems
CLASSIC, PC, NBS = SYSTEMS["founder-classic"], SYSTEMS["founder-pc"], SYSTEMS["founder-nbs"]


def article(markup: str, system=CLASSIC):  # type: ignore[no-untyped-def]
    doc = read_article(markup, "http://x/content_1.htm", system)
    return to_article(doc, "p1-1", "", ())[0]


def test_titles_join_their_lines_without_a_space_between_cjk_and_with_one_between_words() -> None:
    got = article(
        "<div class=article><h1>主题第一行<br/>第二行</h1><div id=ozoom><p>正文。</p></div></div>", PC
    )
    assert got.title == "主题第一行第二行"
    got = article(
        "<div class=article><h1>Made in<BR>China 2025</h1><div id=ozoom><p>正文。</p></div></div>", PC
    )
    assert got.title == "Made in China 2025"


def test_markup_and_control_characters_never_reach_a_title() -> None:
    enp = "<!--enpproperty <title><p>数字<b>经济</b>\x1b[31m合作</p></title>/enpproperty-->"
    got = article(f"{enp}<!--enpcontent--><p>正文。</p><!--/enpcontent-->")
    assert got.title == "数字经济[31m合作"  # ESC gone: it can never reach the terminal


def test_enpproperty_with_trailing_whitespace_and_empty_author() -> None:
    page = (
        "<!--enpproperty <articleid>1</articleid><date>2025-10-20 09:28:27.0</date><author> </author>"
        "<title>标题 </title><introtitle></introtitle><subtitle>——副题</subtitle>  \r\n\t/enpproperty-->"
        "<!--enpcontent--><P>　　本报讯　正文第一段。</P><!--/enpcontent-->"
    )
    got = article(page)
    assert (got.title, got.subtitle, got.kicker, got.byline) == ("标题", "副题", None, None)
    assert got.dateline == "本报讯"
    assert got.body == ("正文第一段。",)


def test_founder_content_indents_nbsp_and_br_inside_a_paragraph() -> None:
    page = (
        "<div class=article><h1>标题</h1><p class=sec>本报记者　程　龙 "
        "<span class=date>《人民日报》（2025年10月20日 第 01 版）</span></p>"
        "<div id=ozoom><founder-content><p>　　第一段&nbsp;，说明。<br>　　第二段。</p>"
        "<p>&nbsp;</p><p><b>小标题</b></p><p>　　第三段。</p></founder-content></div></div>"
    )
    got = article(page, PC)
    assert got.byline == "本报记者 程龙"  # the paper's own source line is not the byline
    assert got.body == ("第一段，说明。", "第二段。", Heading("小标题"), "第三段。")


def test_a_bullet_byline_as_the_first_paragraph() -> None:
    got = article("<h1>论创新</h1><div id=ozoom><p>　　□ 本报评论员</p><p>　　正文。</p></div>")
    assert (got.byline, got.body) == ("本报评论员", ("正文。",))


def test_continuation_markers_leave_the_text() -> None:
    got = article("<h1>题</h1><div id=ozoom><p>（上接第一版）正文。</p><p>末段。（下转第12版）</p></div>")
    assert (got.continued_from, got.continued_on, got.body) == (1, 12, ("正文。", "末段。"))


def test_a_picture_with_only_a_caption_is_a_photo_item() -> None:
    page = "<div id=ozoom><img src=a.jpg><p>　　秋收时节，农民在田间忙碌。（新华社发）</p></div>"
    got = article(page)
    assert (got.kind, got.title, got.caption, got.credit) == (
        "photo",
        "秋收时节",
        "秋收时节，农民在田间忙碌。",
        "新华社发",
    )


def test_page_labels_in_their_usual_forms() -> None:
    assert page_label("第01版：要闻") == (1, "要闻")
    assert page_label(" 01版：要闻 ") == (1, "要闻")
    assert page_label("第二版") == (2, None)
    assert page_label("05 评论") == (5, "评论")
    assert page_label("下一版") is None


def test_a_page_with_unquoted_attributes_and_div_query_on_the_areas() -> None:
    page = (
        "<a id=pageLink href=node_2.htm>第01版：要闻</a><a id=pageLink href=node_3.htm>第02版：评论</a>"
        "<img src=p.jpg usemap=#PagePicMap><map name=PagePicMap>"
        "<area shape=polygon coords=1,2,101,2,101,52,1,52 href=content_9.htm?div=-1></map>"
        "<div id=titleList><a href=content_9.htm>题</a></div>"
    )
    got = read_page(page, "http://s/html/2025-10/20/node_2.htm", CLASSIC)
    assert got.articles == ["http://s/html/2025-10/20/content_9.htm"]
    assert got.regions[got.articles[0]][0][1:] == (1.0, 2.0, 100.0, 50.0)
    assert [label for _, label in got.pages] == [(1, "要闻"), (2, "评论")]


def test_a_changed_site_names_the_profile_and_the_field(tmp_path: Path) -> None:
    (tmp_path / "html/2025-10/20").mkdir(parents=True)
    (tmp_path / "html/2025-10/20/node_2.htm").write_text("<a id=pageLink href=node_2.htm>第01版：要闻</a>")
    with pytest.raises(
        ImportProblem, match=r"profile founder-classic: page\.article_links matched nothing.*update"
    ):
        import_html([tmp_path], paper="x", paper_id=None, date=None)


def test_articles_without_a_title_anywhere_name_the_field(tmp_path: Path) -> None:
    folder = tmp_path / "html/2025-10/20"
    folder.mkdir(parents=True)
    (folder / "node_2.htm").write_text("<div id=titleList><a href=content_1.htm></a></div>")
    (folder / "content_1.htm").write_text("<div id=ozoom><p>正文。</p></div>")
    with pytest.raises(ImportProblem, match=r"content_1\.htm: profile founder-classic: article\.title"):
        import_html([tmp_path], paper="x", paper_id=None, date=None)


def test_a_page_that_declares_one_encoding_and_is_in_another() -> None:
    data = '<meta charset="utf-8"><p>本报讯</p>'.encode("gbk")
    text, note = decode_page(data, "p.htm")
    assert "本报讯" in text and note == "p.htm: declares utf-8 but is gb18030"
    assert decode_page(b"\xef\xbb\xbf<p>\xe6\x96\x87</p>", "q.htm") == ("<p>文</p>", None)


def test_bytes_in_no_encoding_are_refused_in_one_line() -> None:
    with pytest.raises(ImportProblem, match=r"^p\.htm: not text in UTF-8"):
        decode_page(b"<p>\x81\x20\xff\xfe\x80</p>" * 3, "p.htm")


def test_an_html_bomb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    folder = write_mirror(tmp_path, classic(DATE))
    page = next(folder.rglob("content_1001.htm"))
    page.write_bytes(b"<div>" * (MAX_BYTES // 5 + 1))
    with pytest.raises(ImportProblem, match="too large for a newspaper page"):
        import_html([tmp_path], paper="x", paper_id=None, date=None)


def test_deep_nesting_is_refused_unread_and_ordinary_depth_is_quick() -> None:
    with pytest.raises(ImportProblem, match="too many for a newspaper page"):
        decode_page(b"<div>" * 100_000, "bomb.htm")
    start = time.perf_counter()
    got = article("<h1>题</h1><div id=ozoom>" + "<div>" * 2000 + "<p>正文。</p></div>")
    assert got.body == ("正文。",)
    assert time.perf_counter() - start < 1


def test_no_pages_at_all_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.htm").write_text("<p>hello</p>")
    with pytest.raises(ImportProblem, match="no page of a known e-paper system"):
        import_html([tmp_path], paper="x", paper_id=None, date=None)
    with pytest.raises(ImportProblem, match="no such file or folder"):
        import_html([tmp_path / "missing"], paper="x", paper_id=None, date=None)


def test_newer_founder_pages_name_their_fields_founder_title() -> None:
    page = (
        "<founder-content><!--<npm:article-content>--><p>　　正文。</p>"
        "<!--</npm:article-content>--></founder-content>"
        "<!--enpproperty <founder-date>2026-10-02</founder-date>"
        "<founder-title>公共政策完整标题</founder-title>"
        "<founder-author>本报记者 王五</founder-author> /enpproperty-->"
    )
    doc = read_article(page, "http://x/content_1_2.htm", CLASSIC)
    assert (doc.title, doc.date, doc.paragraphs) == ("公共政策完整标题", "2026-10-02", ["正文。"])
    assert to_article(doc, "p1-1", "", ())[0].byline == "本报记者 王五"  # type: ignore[union-attr]


def test_article_links_with_two_numbers_and_a_system_told_by_its_extension() -> None:
    page = (
        "<a id=pageLink href=node_1.htm>第01版：要闻</a>"
        "<div id=titleList><a href=content_12_345.htm>题</a></div>"
    )
    got = read_page(page, "http://s/html/2026-10/02/node_1.htm", CLASSIC)
    assert got.articles == ["http://s/html/2026-10/02/content_12_345.htm"]
    assert not PC.matches("page", "http://s/html/2026-10/02/node_1.htm")  # pc pages end in .html
