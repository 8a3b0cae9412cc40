"""A page built of frames reads as the union of its frames (frames.py), at bounded cost."""

from __future__ import annotations

from paperterm.importer.html.frames import FRAMES_MAX, Getter, with_frames

BASE = "http://e.example/html/2025-11/19/"


def _get(pages: dict[str, str], asked: list[str]) -> Getter:
    def get(url: str) -> bytes | None:
        asked.append(url)
        text = pages.get(url)
        return None if text is None else text.encode("utf-8")

    return get


def test_a_frameset_reads_as_its_frames_bodies_with_their_links_absolute() -> None:
    pages = {
        BASE + "node_1.htm": '<title>甲报</title><frameset><frame src="sub/list.htm"><frame src="pic.htm">',
        BASE + "sub/list.htm": '<body><a href="../content_1.htm">标题</a></body>',
        BASE + "pic.htm": '<body><img usemap="#m"><map name="m"><area href="content_1.htm"></map></body>',
    }
    text = (with_frames(_get(pages, []))(BASE + "node_1.htm") or b"").decode()
    assert "<title>甲报</title>" in text
    assert text.count(f'href="{BASE}content_1.htm"') == 2
    assert text.index("标题") < text.index("<map")  # the frames in the page's order


def test_frames_that_frame_each_other_or_themselves_end() -> None:
    pages = {
        BASE + "a.htm": '<frameset><frame src="a.htm"><frame src="b.htm"></frameset>',
        BASE + "b.htm": '<body><p>乙</p><iframe src="a.htm"></iframe></body>',
    }
    asked: list[str] = []
    text = (with_frames(_get(pages, asked))(BASE + "a.htm") or b"").decode()
    assert text.count("乙") == 1
    assert len(asked) < 10


def test_a_page_of_many_frames_reads_only_the_first_few() -> None:
    many = "".join(f'<iframe src="f{n}.htm"></iframe>' for n in range(1000))
    pages = {BASE + "a.htm": f"<body>{many}</body>"} | {
        BASE + f"f{n}.htm": f"<p>第{n}</p>" for n in range(1000)
    }
    asked: list[str] = []
    text = (with_frames(_get(pages, asked))(BASE + "a.htm") or b"").decode()
    assert len(asked) == 2 + FRAMES_MAX and f"第{FRAMES_MAX - 1}<" in text and f"第{FRAMES_MAX}<" not in text


def test_a_page_none_of_whose_frames_is_there_is_as_it_was() -> None:
    raw = '<meta name="publishdate" content="2025-11-19"><body><iframe src="http://ad.example/x.htm"></iframe></body>'
    assert with_frames(_get({BASE + "a.htm": raw}, []))(BASE + "a.htm") == raw.encode()


def test_a_live_page_reads_no_frame_of_another_site_and_a_broken_address_is_none() -> None:
    raw = '<body><iframe src="http://ad.example/x.htm"></iframe><iframe src="http://[broken/"></iframe><p>甲</p></body>'
    asked: list[str] = []
    pages = {BASE + "a.htm": raw, "http://ad.example/x.htm": "<p>广告</p>"}
    assert with_frames(_get(pages, asked))(BASE + "a.htm") == raw.encode()
    assert "http://ad.example/x.htm" not in asked
