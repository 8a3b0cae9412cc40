"""Links made by script (scripted.py) are read by their string literals alone, and only where the
literal names a page the caller accepts."""

from __future__ import annotations

from urllib.parse import urljoin

from paperterm.importer.html.dom import parse
from paperterm.importer.html.page import canonical
from paperterm.importer.html.scripted import unscript

BASE = "http://e.example/layout/2025-11/19/bm_1.html"
ART = "../../../content/2025-11/19/art_5.html"
SAVED = {urljoin(BASE, ART), urljoin(BASE, "bm_2.html")}
PRINT, AD = "javascript:window.print()", "javascript:window.open('http://ad.example/promo.html')"
BUILT = "javascript:go('content_' + id + '.htm')"


def _hrefs(markup: str) -> list[str | None]:
    doc = parse(markup)
    unscript(doc, lambda literal: canonical(literal, BASE) in SAVED)
    return [node.attributes.get("href") for node in doc.css("a, area")]


def test_each_common_way_of_opening_a_page_by_script_becomes_its_link() -> None:
    assert _hrefs(
        f"<a href=\"javascript:openwin('{ART}')\">甲</a>"
        '<a href="javascript:void(0)" onclick="goPage(\'bm_2.html\');return false">乙</a>'
        '<a href="#" onclick="location.href=\'bm_2.html?x=1\'">丙</a>'
        f'<area href="javascript:show(&quot;{ART}&quot;, 2)">'
        '<a data-url="bm_2.html">丁</a>'
    ) == [ART, "bm_2.html", "bm_2.html?x=1", ART, "bm_2.html"]


def test_a_call_that_opens_nothing_of_the_issue_stays_no_link() -> None:
    assert _hrefs(
        f'<a href="{PRINT}">打印</a><a href="{AD}">广告</a><a href="{BUILT}">拼</a>'
        '<a href="bm_3.html" onclick="go(\'bm_2.html\')">真</a>'
    ) == [PRINT, AD, BUILT, "bm_3.html"]


def test_a_huge_script_is_read_only_as_far_as_a_call_runs() -> None:
    junk = "x" * 1_000_000
    assert _hrefs(f"<a onclick=\"f('{junk}');go('bm_2.html')\">长</a>") == [None]


def test_an_item_a_row_or_a_block_clicked_to_open_a_page_holds_a_link_to_it() -> None:
    doc = parse(
        "<ul><li onclick=\"goPage('bm_2.html')\"><span>第02版</span></li></ul>"
        f"<table><tr onclick=\"openwin('{ART}')\"><td>标题</td><td>2</td></tr></table>"
        '<div data-href="bm_2.html"><a href="bm_3.html">别处</a></div>'
        "<ul onclick=\"goPage('bm_2.html')\"><li>列表</li></ul>"
    )
    unscript(doc, lambda literal: canonical(literal, BASE) in SAVED)
    assert [(a.attributes.get("href"), a.text()) for a in doc.css("a")] == [
        ("bm_2.html", "第02版"),
        (ART, "标题"),
        (ART, "2"),
        ("bm_3.html", "别处"),
    ]
