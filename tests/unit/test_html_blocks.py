"""A 版面 page printing its articles in blocks under anchors (blocks.py) reads as a page and its
articles; other in-page links split nothing, and a hostile page costs little."""

from __future__ import annotations

import time

from paperterm.importer.html.blocks import MARK, block_urls, with_blocks
from paperterm.importer.html.frames import Getter

URL = "http://e.example/e/20251119/bm_1.html"
STORY = "<p>本报讯　记者从市里获悉，全市集中供暖系统今日起进入试运行阶段。</p>"


def _get(text: str) -> Getter:
    return lambda url: text.encode() if url == URL else None


def test_each_anchored_block_is_a_page_and_the_page_keeps_the_rest() -> None:
    page = (
        '<map><area href="#a1" coords="1,1,9,9"></map><ul><li><a href="bm_1.html#a2">乙</a></li></ul>'
        f'<div><a name="a1"></a><h2>甲</h2>{STORY}<a name="a2"></a><h2>乙</h2>{STORY}</div>'
    )
    get = with_blocks(_get(page))
    assert block_urls(_get(page), URL) == [f"{URL}{MARK}a1", f"{URL}{MARK}a2"]
    first = (get(f"{URL}{MARK}a1") or b"").decode()
    assert "<h2>甲</h2>" in first and "乙" not in first
    rest = (get(URL) or b"").decode()
    assert "本报讯" not in rest and f'href="{URL}{MARK}a1"' in rest and f'href="{URL}{MARK}a2"' in rest
    assert get(f"{URL}{MARK}nothing") is None


def test_a_footnote_or_a_way_back_to_the_top_splits_no_article() -> None:
    page = f'<a name="top"></a><h1>标题</h1>{STORY}<a href="#n1">注一</a><p id="n1">注释</p>'
    page += '<a href="#top">返回顶部</a>'
    assert block_urls(_get(page), URL) == []
    assert with_blocks(_get(page))(URL) == page.encode()


def test_a_page_of_endless_anchors_reads_in_bounded_time() -> None:
    links = "".join(f'<a href="#x{n}">题{n}</a>' for n in range(4000))
    marks = "".join(f'<a name="x{n}"></a><p>文{n}</p>' for n in range(4000))
    start = time.monotonic()
    get = _get(f"<body>{links}{marks}</body>")
    found = block_urls(get, URL)
    assert with_blocks(get)(found[-1]) is not None and with_blocks(get)(URL) is not None
    assert len(found) <= 60 and time.monotonic() - start < 10


def test_markers_nested_thousands_deep_read_in_bounded_time() -> None:
    deep = "<div>" * 9000 + '<a name="a1"></a><a name="a2"></a>' + "</div>" * 9000
    page = f'<a href="#a1">甲</a><a href="#a2">乙</a>{deep}'
    start = time.monotonic()
    assert with_blocks(_get(page))(f"{URL}{MARK}a1") is not None
    assert time.monotonic() - start < 10
