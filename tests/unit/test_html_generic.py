"""Saved sites of e-paper systems no profile knows are read by their structure (generic.py,
structure.py): each invented site imports to its golden issue, and each convention holds alone."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from paperterm.importer.html import import_html
from paperterm.importer.html.article import read_article, to_article
from paperterm.importer.html.generic import generic_system
from paperterm.importer.html.page import page_label
from paperterm.importer.text import ImportProblem
from paperterm.model.issue import Heading
from tests.sites.mirror import PAPERS, golden, write_mirror
from tests.sites.others import DAY, SITES, bz, frames, golden_name, noisy, plain, table

GENERIC = generic_system([], [])


@pytest.mark.parametrize("site", sorted(SITES))
def test_a_site_no_profile_knows_imports_to_its_golden_issue(site: str, tmp_path: Path) -> None:
    paper, host, build = SITES[site]
    write_mirror(tmp_path, build(), host)
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert (result.problems, result.notes) == ([], [])
    assert result.issue.paper == paper  # from the pages' <title> or masthead
    assert result.yaml == golden(golden_name(site))


def test_every_invented_system_reads_the_same_issue_alike() -> None:
    """The same texts laid out four ways (one in Traditional script) read the same."""
    from paperterm.model.script import converter

    def pages(site: str) -> str:
        text = golden(golden_name(site)).split("pages:", 1)[1]
        return re.sub(r"\n *size: .*|\n *regions:.*|\n *- \{part.*", "", text)

    to_simplified = converter("t2s").convert
    bodies = {site: to_simplified(pages(site)) for site in SITES}
    assert len(set(bodies.values())) == 1
    assert "language: zh-Hant" in golden(golden_name("table"))  # Big5 pages in Traditional script


def test_a_profile_that_knows_only_the_article_names_does_not_take_the_site(tmp_path: Path) -> None:
    """星河晚报's articles are content_N.htm, as on Founder's classic pages; its 版面 pages are not
    node_N.htm, so the site is read by structure, not by the classic profile's selectors."""
    write_mirror(tmp_path, noisy())
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.issue.source == "Imported by paperterm from saved pages, read by their structure"
    assert [p.name for p in result.issue.pages] == ["要闻", "评论", "文化"]


def test_the_paper_and_its_id_can_be_given(tmp_path: Path) -> None:
    write_mirror(tmp_path, bz())
    issue = import_html([tmp_path], paper="青山日报", paper_id="qsrb", date=None).issue
    assert (issue.paper, issue.paper_id) == ("青山日报", "qsrb")


def test_a_mirror_of_two_days_asks_which_and_the_date_picks_one(tmp_path: Path) -> None:
    write_mirror(tmp_path, bz())
    write_mirror(tmp_path, bz(DAY.replace(day=20)))
    with pytest.raises(ImportProblem, match=r"2025-11-19, 2025-11-20.*--date"):
        import_html([tmp_path], paper=None, paper_id=None, date=None)
    issue = import_html([tmp_path], paper=None, paper_id=None, date=DAY.replace(day=20)).issue
    assert issue.date == DAY.replace(day=20)
    assert len(issue.pages) == 3


def test_without_a_date_in_the_folders_the_masthead_line_gives_it(tmp_path: Path) -> None:
    """Pages saved from a browser into one folder: the date is the masthead's 2025年11月19日."""
    for path, data in plain().items():
        (tmp_path / path.rsplit("/", 1)[-1]).write_bytes(data)
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.issue.date == DAY
    strip = lambda text: re.sub(r"(?m)^source: .*\n", "", text)  # noqa: E731
    assert strip(result.yaml) == strip(golden(golden_name("plain")))


def test_article_pages_saved_without_their_pages_make_an_issue(tmp_path: Path) -> None:
    files = {k: v for k, v in bz().items() if "/art_" in k}
    write_mirror(tmp_path, files)
    issue = import_html([tmp_path], paper=None, paper_id=None, date=None).issue
    assert issue.paper == "青山日报" and issue.date == DAY
    assert len(list(issue.articles())) == 6


def test_a_folder_where_nothing_reads_as_an_e_paper_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "about.html").write_text("<html><title>关于我们</title><p>hello</p></html>")
    (tmp_path / "links.html").write_text('<a href="about.html">关于</a><a href="x.html">别处</a>')
    with pytest.raises(ImportProblem) as raised:
        import_html([tmp_path], paper="x", paper_id=None, date=None)
    message = str(raised.value)
    assert "\n" not in message and message.startswith(str(tmp_path))
    assert "no 版面 page linking article pages" in message


def test_the_day_s_contents_page_is_not_a_page_of_its_own(tmp_path: Path) -> None:
    write_mirror(tmp_path, plain())
    issue = import_html([tmp_path], paper=None, paper_id=None, date=None).issue
    assert [(p.number, p.name, len(p.articles)) for p in issue.pages] == [
        (1, "要闻", 3),
        (2, "评论", 2),
        (3, "文化", 1),
    ]


def test_articles_reached_only_through_the_image_map_are_read(tmp_path: Path) -> None:
    files = table()
    pages = [data for path, data in files.items() if "news_" not in path]
    assert all(b'<a href="news_' not in data and b"<area shape" in data for data in pages)
    write_mirror(tmp_path, files)
    issue = import_html([tmp_path], paper=None, paper_id=None, date=None).issue
    assert [len(p.articles) for p in issue.pages] == [3, 2, 1]
    assert all(article.regions for _, article in issue.articles())


def test_page_labels_with_a_section_letter() -> None:
    assert page_label("A2版：评论") == (2, "评论")
    assert page_label("A01版 要闻") == (1, "要闻")
    assert page_label("第01版：要聞") == (1, "要聞")
    assert page_label("A01：要闻") == (1, "要闻")
    assert page_label("B3 体育") == (3, "体育")
    assert page_label("A02") == (2, None) and page_label("07") == (7, None)
    assert page_label("2025") is None and page_label("下一版") is None


def _read(page: str):  # type: ignore[no-untyped-def]
    doc = read_article(page, "file:///s/2025/11/19/a.html", GENERIC)
    return doc, to_article(doc, "p1-1", "", ())[0]


def test_the_title_is_the_heading_the_page_title_repeats_not_the_masthead() -> None:
    _, got = _read(
        "<title>港口吞吐量创新高_某某晚报</title><h1>某某晚报</h1><div>2025年11月19日</div>"
        "<h3>前十个月</h3><h2>港口吞吐量创新高</h2>"
        "<div class=text><p>　　本报讯　今年前十个月，港口货物吞吐量同比增长百分之六。</p>"
        "<p>　　港口集团表示，将继续拓展航线。</p></div>"
    )
    assert (got.kicker, got.title, got.dateline) == ("前十个月", "港口吞吐量创新高", "本报讯")
    assert got.body == ("今年前十个月，港口货物吞吐量同比增长百分之六。", "港口集团表示，将继续拓展航线。")


def test_without_a_page_title_the_highest_heading_nearest_the_body_is_the_title() -> None:
    _, got = _read(
        "<div class=logo><h1>某某晚报</h1></div><ul class=menu><li><a href=/>首页</a></li></ul>"
        "<div class=art><h1>图书馆延长开放时间</h1><h2>周末开到晚上九点</h2>"
        "<div class=con>图书馆宣布，自下周起延长开放时间。<br>市民可在线预约座位。</div></div>"
    )
    assert (got.title, got.subtitle) == ("图书馆延长开放时间", "周末开到晚上九点")
    assert got.body == ("图书馆宣布，自下周起延长开放时间。", "市民可在线预约座位。")


def test_headline_classes_named_by_pinyin_initials() -> None:
    """yt 引题, bt 标题, ft 副题, zz 作者: class names many e-paper systems use; a footer's
    "ft" after the body is still no subtitle."""
    _, got = _read(
        "<div class=yt>前十个月</div><div class=bt>港口吞吐量创新高</div>"
        "<div class=ft>同比增长百分之六</div><div class=zz>本报记者 林可</div>"
        "<div class=text><p>　　港口货物吞吐量同比增长百分之六。</p><p>　　港口集团将拓展航线。</p></div>"
        "<div class=ft>版权所有 某某晚报社</div>"
    )
    assert (got.kicker, got.title, got.subtitle) == ("前十个月", "港口吞吐量创新高", "同比增长百分之六")
    assert got.byline == "本报记者 林可"
    assert got.body == ("港口货物吞吐量同比增长百分之六。", "港口集团将拓展航线。")


def test_the_site_s_chrome_never_reaches_the_body() -> None:
    _, got = _read(
        "<title>河道整治完工</title><nav><a href=/>首页</a></nav><h1>河道整治完工</h1>"
        "<div class=main><p>　　经过半年施工，城区河道整治工程全部完工。</p>"
        "<p>　　沿岸新建步道三公里，供市民散步。</p>"
        "<p>分享到：<a>微信</a><a>微博</a></p><p>上一篇：<a href=a.html>旧闻</a></p>"
        "<p><a href=b.html>下一篇：新闻</a></p><p>【字号 大 中 小】</p>"
        "<p>（责任编辑：王五）</p><p>版权所有 某某报社 未经授权不得转载</p></div>"
        "<footer>ICP备00000000号</footer>"
        "<script>var t='统计代码，请勿删除';</script>"
    )
    assert got.body == ("经过半年施工，城区河道整治工程全部完工。", "沿岸新建步道三公里，供市民散步。")


def test_the_enpproperty_comment_wins_where_a_page_has_one() -> None:
    _, got = _read(
        "<!--enpproperty <title>真正的标题</title><introtitle>引题</introtitle>"
        "<author>本报记者 王五</author>/enpproperty--><h1>页面上的标题</h1>"
        "<div><p>　　正文第一段，说明情况。</p><p>　　正文第二段。</p></div>"
    )
    assert (got.title, got.kicker, got.byline) == ("真正的标题", "引题", "本报记者 王五")


def test_a_bold_line_between_breaks_is_a_subheading() -> None:
    _, got = _read(
        "<h1>题目</h1><td class=zw>　　第一段，有内容。<br><b>小标题</b><br>　　第二段，也有内容。</td>"
    )
    assert got.body == ("第一段，有内容。", Heading("小标题"), "第二段，也有内容。")


@pytest.mark.parametrize("system", sorted(PAPERS))
def test_founder_sites_under_names_no_profile_knows_read_as_their_profiles_read_them(
    system: str, tmp_path: Path
) -> None:
    """Structure alone finds what each Founder profile's selectors find: the same pages, the
    advertisement page without articles too, and the same articles field by field."""
    _, _, build = PAPERS[system]
    renamed = re.compile(rb"node_|content_|nbs\.D110000renmrb_|nw\.D110000renmrb_")
    new = {b"node_": b"ban_", b"content_": b"wz_"}

    def rename(text: bytes) -> bytes:
        return renamed.sub(lambda m: new.get(m[0], b"ban_" if m[0].startswith(b"nbs") else b"wz_"), text)

    files = {rename(path.encode()).decode(): rename(data) for path, data in build().items()}
    write_mirror(tmp_path, files)
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.issue.source == "Imported by paperterm from saved pages, read by their structure"
    assert result.yaml.split("pages:", 1)[1] == golden(system).split("pages:", 1)[1]


def test_a_plain_element_the_page_title_repeats_is_the_headline() -> None:
    _, got = _read(
        "<title>某某晚报：夜市重新开张</title><table><tr><td><img src=logo.gif></td></tr>"
        "<tr><td align=center><strong><font size=5>夜市重新开张</font></strong></td></tr>"
        "<tr><td>　　改造后的夜市昨晚重新开张，吸引了大批市民。<br>　　摊位统一规划，环境焕然一新。</td></tr>"
        "</table>"
    )
    assert got.title == "夜市重新开张"
    assert got.body == ("改造后的夜市昨晚重新开张，吸引了大批市民。", "摊位统一规划，环境焕然一新。")


def test_pages_saved_without_a_suffix_are_found(tmp_path: Path) -> None:
    """wget without -E keeps /content/2025-11/19/1 as a file named 1."""
    files = {
        re.sub(r"\.html$", "", k): re.sub(rb'href="([0-9]+)\.html"', rb'href="\1"', v)
        for k, v in plain().items()
    }
    write_mirror(tmp_path, files)
    (tmp_path / "html/dfsb/20251119/README").write_text("saved with wget\n")
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert len(list(result.issue.articles())) == 6


def test_deep_nesting_is_read_quickly_by_structure_too() -> None:
    start = time.perf_counter()
    _, got = _read("<h1>题</h1><div>" + "<div>" * 2000 + "<p>　　正文，有一句话。</p></div>")
    assert got.body == ("正文，有一句话。",)
    assert time.perf_counter() - start < 1


def test_a_paper_on_the_generic_system_needs_its_first_page(tmp_path: Path) -> None:
    from paperterm.importer.html.profile import load_profiles

    (tmp_path / "x.toml").write_text(
        'kind = "paper"\nid = "x"\nbase = "http://x.example/"\nsystem = "generic"\n'
    )
    with pytest.raises(ImportProblem, match=r"x\.toml: system generic needs the edition's first_page"):
        load_profiles(tmp_path)


def test_a_short_story_whose_sidebar_lists_the_issue_stays_a_story(tmp_path: Path) -> None:
    """Many article pages list the day's titles beside the text; a photo's caption is shorter
    than that list, and the page is still an article, not a 版面 with a 导读."""
    files = bz()
    lists = [re.search(rb'<ul class="tlist">.*?</ul>', v, re.DOTALL) for k, v in files.items() if "/bz_" in k]
    sidebar = b'<div class="side">' + b"".join(m[0] for m in lists if m) + b"</div></body>"
    files = {k: v.replace(b"</body>", sidebar) if "/art_" in k else v for k, v in files.items()}
    write_mirror(tmp_path, files)
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.yaml == golden(golden_name("bz"))


def test_a_live_site_s_page_list_in_a_drop_down_is_followed() -> None:
    from paperterm.importer.html.generic import discover

    site = "http://paper.dongfang.example/"
    files = {site + k: v for k, v in plain().items()}
    options = "".join(f'<option value="{n}.html">第{n}版</option>' for n in (1, 2, 3))
    for url in [u for u in files if re.search(r"/[123]\.html$", u)]:
        data = re.sub(rb'<div class="dfsb-pages">.*?</div>', b"", files[url], flags=re.DOTALL)
        files[url] = data.replace(b"<body>", f"<body><select>{options}</select>".encode())
    found = discover(site + "html/dfsb/20251119/1.html", files.get)
    assert [u.rsplit("/", 1)[-1] for u in found.pages] == ["1.html", "2.html", "3.html"]
    assert len(found.articles) == 6


def test_a_headline_set_in_paragraphs_inside_the_body_s_block_is_still_the_headline() -> None:
    _, got = _read(
        "<div class=article><p class=title>社区食堂开进老小区</p><p class=author>本报记者 赵六</p>"
        "<p>　　社区食堂昨天正式开业，老人用餐可享优惠。</p><p>　　食堂由街道与企业合办。</p></div>"
    )
    assert (got.title, got.byline) == ("社区食堂开进老小区", "本报记者 赵六")
    assert got.body == ("社区食堂昨天正式开业，老人用餐可享优惠。", "食堂由街道与企业合办。")


def test_a_masthead_the_page_title_repeats_is_not_the_headline() -> None:
    _, got = _read(
        "<title>青山日报</title><div class=logo><h1>青山日报</h1></div>"
        "<h2>春天的喜报</h2><div><p>　　今年春耕进展顺利，各地传来喜讯。</p></div>"
    )
    assert got.title == "春天的喜报"


def test_an_article_page_showing_the_page_map_beside_its_text_is_still_an_article(tmp_path: Path) -> None:
    files = bz()
    maps = {k: re.search(rb"<map.*?</map>", v, re.DOTALL) for k, v in files.items() if "/bz_" in k}
    first = maps["epaper/2025/11/19/bz_01.shtml"]
    assert first is not None
    shown = b'<img src="p.jpg" usemap="#imgmap">' + first[0] + b"</body>"
    files = {
        k: v.replace(b"</body>", shown) if k.endswith(("art_11902.shtml", "art_11903.shtml")) else v
        for k, v in files.items()
    }
    write_mirror(tmp_path, files)
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.yaml == golden(golden_name("bz"))


def test_a_site_with_founder_s_names_and_other_markup_is_read_by_structure(tmp_path: Path) -> None:
    """node_N.htm and content_N.htm, as the classic profile expects, but article pages whose
    markup none of its selectors fit: structure reads what the profile cannot."""
    files = {}
    for path, data in bz().items():
        name = re.sub(r"bz_0(\d)\.shtml", lambda m: f"node_{int(m[1]) + 1}.htm", path.rsplit("/", 1)[-1])
        name = re.sub(r"art_(\d+)\.shtml", r"content_\1.htm", name)
        text = re.sub(rb"bz_0(\d)\.shtml", lambda m: b"node_%d.htm" % (int(m[1]) + 1), data)
        files[f"html/2025-11/19/{name}"] = re.sub(rb"art_(\d+)\.shtml", rb"content_\1.htm", text)
    write_mirror(tmp_path, files)
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.issue.source == "Imported by paperterm from saved pages, read by their structure"
    assert result.yaml.split("pages:", 1)[1] == golden(golden_name("bz")).split("pages:", 1)[1]


def test_big5_pages_that_declare_no_charset_are_told_from_gbk(tmp_path: Path) -> None:
    files = {k: re.sub(rb'<META http-equiv="Content-Type"[^>]*>\n', b"", v) for k, v in table().items()}
    assert not any(b"charset" in v for v in files.values())
    write_mirror(tmp_path, files, SITES["table"][1])
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.yaml == golden(golden_name("table"))


def test_a_sentence_that_opens_with_a_control_s_word_is_the_article_s_text() -> None:
    _, got = _read(
        "<h1>游子归乡</h1><div><p>　　返回家乡的路上，他看到村里新修的公路和路灯。</p>"
        "<p>　　分享丰收喜悦的，还有远道而来的亲友。</p><p>返回目录</p></div>"
    )
    assert got.body == (
        "返回家乡的路上，他看到村里新修的公路和路灯。",
        "分享丰收喜悦的，还有远道而来的亲友。",
    )


def test_a_front_page_guide_leaves_a_story_on_the_page_it_links_back_to(tmp_path: Path) -> None:
    """Without an image map, the front page's 导读 and page 2's list both link a page-2 story;
    the story's own page links back to page 2 (返回第2版), so it is printed there."""
    files = plain()
    front = "html/dfsb/20251119/1.html"
    guide = '<ul class="dfsb-list">\n<li><a href="108004.html">让城市更有温度</a></li>\n'.encode()
    files[front] = files[front].replace(b'<ul class="dfsb-list">\n', guide, 1)
    write_mirror(tmp_path, files)
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.yaml == golden(golden_name("plain"))


def test_the_issue_s_date_set_as_a_heading_is_no_kicker() -> None:
    _, got = _read(
        "<h4>2025年11月19日</h4><h1>雪后路况平稳</h1><div><p>　　全市主干道积雪已清理完毕。</p></div>"
    )
    assert (got.kicker, got.title) == (None, "雪后路况平稳")


def test_the_page_s_name_set_above_the_title_is_no_kicker(tmp_path: Path) -> None:
    files = bz()
    story = "epaper/2025/11/19/art_11905.shtml"  # on page 2, 评论
    files[story] = files[story].replace(b'<h4 class="yt"></h4>', "<h4 class=yt>评论</h4>".encode("gbk"))
    assert "评论".encode("gbk") in files[story]
    write_mirror(tmp_path, files)
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.yaml.split("pages:", 1)[1] == golden(golden_name("bz")).split("pages:", 1)[1]


def test_a_page_list_that_opens_pages_in_the_picture_frame_leads_to_the_framesets(tmp_path: Path) -> None:
    """A link to a frame one page shows is a link to that page: its label names that page."""
    write_mirror(tmp_path, frames(into_frame=True), SITES["frames"][1])
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert (result.problems, result.notes) == ([], [])
    assert result.yaml == golden(golden_name("frames"))
