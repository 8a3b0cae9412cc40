"""An e-paper page read by its structure alone, for a system no profile describes.

An article page is told by its body: the largest block of paragraphs (<p>s, or text split by
<br>s) of Chinese text outside links, with the site's chrome (navigation, 上一篇/下一篇, share
buttons, the copyright footer) left out. Its headline group is the run of headings (h1–h6, or
elements whose class names a title) just before that body: the main title is the one the
page's <title> repeats, else the highest-ranked; a heading set right above it is the kicker
(引题), one right under it the subtitle (副题). The enpproperty comment wins where a page has
one. A 版面 page is told by what it links: article pages, often through an image map.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from paperterm.importer.conventions import byline_line
from paperterm.importer.html.dom import ancestors, enpproperty, heading_text, holds, plain
from paperterm.importer.html.page import page_label

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

_CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_INLINE = frozenset(
    {"span", "font", "strong", "b", "em", "i", "u", "sub", "sup", "small", "big", "label", "p"}
    | {"founder-content", "center"}
)
"""Tags a paragraph's text sits in: the block holding them is the body's container."""
_OUTSIDE = frozenset(
    {"a", "script", "style", "noscript", "template", "title", "option", "button", "select"}
    | {"textarea", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "footer", "form", "map", "head"}
)
"""Text under these is never body text: links, headings, scripts, the page's chrome."""
_JUNK = "script, style, noscript, template, nav, footer, form, button, select, iframe, map, input"
_CHROME_NAME = re.compile(r"nav|menu|foot|share|copyright|breadcrumb|crumb|toolbar", re.IGNORECASE)
"""Class or id names of the chrome every site wraps its pages in."""
_CHROME_WORDS = re.compile(
    r"\s*[【\[(（]?\s*(?:上一篇|下一篇|上一版|下一版|上一期|下一期|返回|分享|打印|列印|关闭|關閉|收藏"
    r"|字号|字號|当前位置|當前位置|您的位置|网站地图|網站地圖|联系我们|聯繫我們|往期|版面导航|版面導航"
    r"|本版标题|本版標題|首页|首頁)(?:.{0,8}$|\s*[：:>》|｜])"
    r"|\s*[（(【\[]?\s*(?:主办|主辦|承办|承辦|地址|电话|電話|邮编|郵編|技术支持|技術支持|责任编辑|責任編輯)\s*[：:]"
)
"""A line of the site's chrome: a control's word (上一篇, 返回目录, 分享到, 打印本页) standing as a
short line or before a colon, or an imprint's label (主办：, 地址：, 责任编辑：). A sentence
that opens with such a word (返回家乡的路上，…) is an article's text."""
_CHROME_ANYWHERE = re.compile(
    r"版权所有|版權所有|copyright|©|ICP备|ICP備|未经.{0,6}授权|未經.{0,6}授權", re.IGNORECASE
)
_FOOTER_MAX = 80
"""Characters a footer line holds at most: a paragraph that mentions 版权所有 is not one."""


def chrome(line: str) -> bool:
    """Whether a line is the site's chrome, never an article's text."""
    text = line.strip()
    return bool(_CHROME_WORDS.match(text)) or (
        len(text) <= _FOOTER_MAX and bool(_CHROME_ANYWHERE.search(text))
    )


# Class names say the role in English, in pinyin, or in pinyin initials as many e-paper systems
# write them: yt 引题, bt/zt 标题/主题, ft 副题, zz 作者 (a class of its own, so "ft" is not a
# footer's "ft" unless it stands before the body, where a footer never does).
_TITLE_NAME = re.compile(
    r"title|biaoti|headline|\b(?:bt|zt|yt|ft)\d?\b|zhuti|yinti|futi|kicker", re.IGNORECASE
)
_KICKER_NAME = re.compile(r"pre|intro|yin|kicker|jt|\byt\d?\b", re.IGNORECASE)
_SUBTITLE_NAME = re.compile(r"sub|futi|fu-?title|\bft\d?\b", re.IGNORECASE)
_MAIN_NAME = re.compile(r"main|zhuti|biaoti|^title\b|\b(?:bt|zt)\d?\b|headline", re.IGNORECASE)
_AUTHOR_NAME = re.compile(r"author|zuozhe|byline|writer|\bzz\b", re.IGNORECASE)
_AUTHOR_TAIL = re.compile(r"\s*(?:来源|來源|日期|时间|時間|发布|發布|编辑|編輯|字号|字號|【).*$")
_HEADING_MAX = 80
"""Characters a headline holds at most; a longer "title" is a summary or a list."""
PAPER = re.compile(
    "(?<![本\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}?"
    "(?:日报|晚报|早报|时报|商报|都市报|青年报|法治报|日報|晚報|早報|時報|商報|都市報|報|报)"
)
"""A paper's name as its pages print it: 青山日报, 海峽時報, 星河晚报."""
NOT_PAPER = re.compile("(?:数字|电子|數字|數位|電子|本|下一|上一)[报報]$")
"""Words ending like a name that name no paper: 数字报, 电子报, 本报."""
_MASTHEAD = re.compile(
    "[\u4e00-\u9fff]{1,8}(?:日报|晚报|早报|时报|商报|都市报|青年报|法治报|日報|晚報|早報|時報|商報|都市報)"
    "(?:数字报|电子报|數位報|電子報|电子版|電子版|数字版|网|網)?"
)
"""A line naming only a paper, as a masthead does; a headline ending in 报 (春天的喜报) is not."""
_DATE_LINE = re.compile(r"\s*\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class Parts(NamedTuple):
    """What the structure of an article page says: its headline group, byline and body."""

    kicker: str
    title: str
    subtitle: str
    author: str
    body: str | None
    """The body's markup, chrome and headline group taken out; None when there is none."""
    date: str
    """The date the enpproperty or a <meta> gives, ISO (2025-10-20), else empty."""
    picture: bool
    """Whether a picture stands between the headline group and the body's end."""


def _names(node: LexborNode) -> str:
    return f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"


def _under(node: LexborNode, tags: frozenset[str]) -> bool:
    return any(a.tag in tags or _CHROME_NAME.search(_names(a)) for a in ancestors(node) if a.tag != "html")


def _in_group(text: LexborNode) -> bool:
    """Whether text sits in an element whose class names a headline or the author: the headline
    group set in <p>s beside the body (<p class=title>) is not body text."""
    return any(_TITLE_NAME.search(_names(a)) or _AUTHOR_NAME.search(_names(a)) for a in ancestors(text))


def _container(text: LexborNode) -> LexborNode | None:
    """The block a paragraph's text stands in: above its <p> and inline markup."""
    return next((a for a in ancestors(text) if a.tag not in _INLINE), None)


def cjk_count(text: str) -> int:
    return len(_CJK.findall(text))


class _Body(NamedTuple):
    node: LexborNode
    first: int
    """The place of the body's first paragraph text in the page (its nodes in document order)."""
    last: int
    size: int


def _body(doc: LexborHTMLParser, order: dict[int, int]) -> _Body | None:
    """The container holding the most paragraph text (CJK characters outside links and chrome);
    a block of blocks (<div>s of one paragraph each) counts its children's text at half."""
    root = doc.body
    if root is None:
        return None
    score: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for text in root.traverse(include_text=True):
        if text.tag != "-text":
            continue
        count = cjk_count(text.text_content or "")
        if not count or chrome(text.text_content or "") or _under(text, _OUTSIDE) or _in_group(text):
            continue
        block = _container(text)
        for weight, node in ((1.0, block), (0.5, block.parent if block is not None else None)):
            if node is None:
                continue
            nodes[node.mem_id] = node
            score[node.mem_id] = score.get(node.mem_id, 0.0) + weight * count
            first.setdefault(node.mem_id, order.get(text.mem_id, 0))
            last[node.mem_id] = order.get(text.mem_id, 0)
    if not score:
        return None
    best = max(score, key=lambda key: score[key])
    return _Body(nodes[best], first[best], last[best], int(score[best]))


def body_size(doc: LexborHTMLParser) -> int:
    """How much paragraph text a page holds outside its links: an article page has a body of it,
    a 版面 page little beyond its labels."""
    found = _body(doc, {})
    return found.size if found else 0


class _Heading(NamedTuple):
    node: LexborNode
    text: str
    rank: int
    start: int
    end: int


def _masthead(text: str) -> bool:
    """A line that only names the paper (青山日报, 青山日报数字报): the masthead, not a headline."""
    return _MASTHEAD.fullmatch(re.sub(r"\s", "", text)) is not None


def _rank(node: LexborNode) -> int:
    """A heading's rank, 1 the highest: its level (h1 …), else what its class calls it."""
    if node.tag and re.fullmatch(r"h[1-6]", node.tag):
        return int(node.tag[1])
    names = _names(node)
    if _MAIN_NAME.search(names):
        return 1
    return 5 if _KICKER_NAME.search(names) or _SUBTITLE_NAME.search(names) else 3


def _headings(doc: LexborHTMLParser, order: dict[int, int], before: int, page_title: str) -> list[_Heading]:
    """The headline-like elements before the body, innermost, in the page's order: headings,
    elements whose class names a title, and any plain element the page's <title> repeats
    (<td><font size=5>标题</font></td>, as old table layouts set a headline)."""
    found: list[_Heading] = []
    squeezed = re.sub(r"\s", "", page_title)
    for node in doc.css(f"h1, h2, h3, h4, h5, h6, [class], [id], {_PLAIN_TITLE}"):
        titled = node.tag in {"h1", "h2", "h3", "h4", "h5", "h6"} or _TITLE_NAME.search(_names(node))
        if not titled and not _repeated(node, squeezed):
            continue
        if node.tag in {"a", "html", "body", "title"} or holds(node, "a, h1, h2, h3, h4, h5, h6, p, li, td"):
            continue
        if _under(node, frozenset({"a", "nav", "footer", "form", "li"})):
            continue
        text = heading_text(node)
        if not text or len(text) > _HEADING_MAX or page_label(text) or chrome(text) or _masthead(text):
            continue
        if _DATE_LINE.match(text):  # the date set as a heading above the title
            continue
        texts = _places(node, order)
        if not texts or texts[-1] >= before:
            continue
        found.append(_Heading(node, text, _rank(node), texts[0], texts[-1]))
    unique = list({h.node.mem_id: h for h in found}.values())
    inner = [h for h in unique if not any(o is not h and _contains(h.node, o.node) for o in unique)]
    return sorted(inner, key=lambda h: h.start)


_PLAIN_TITLE = "td, div, span, p, font, strong, b, center"
_REPEATED_MIN = 4
"""Characters a plain element must hold for the <title>'s repeating it to make it a headline."""


def _repeated(node: LexborNode, squeezed_title: str) -> bool:
    """Whether a plain element's whole text is repeated in the page's <title>."""
    text = re.sub(r"\s", "", node.text() or "")
    return len(text) >= _REPEATED_MIN and text in squeezed_title


def _adjacent(first: _Heading, second: _Heading, texts: dict[int, str]) -> bool:
    """Nothing printed between the two headings."""
    return all(not plain(texts.get(i, "")) for i in range(first.end + 1, second.start))


def _group(headings: list[_Heading], page_title: str, texts: dict[int, str]) -> tuple[str, str, str, int]:
    """(kicker, title, subtitle, where the group starts) of the headline group."""
    if not headings:
        return "", "", "", -1
    squeezed = re.sub(r"\s", "", page_title)
    named = [h for h in headings if len(h.text) >= 2 and re.sub(r"\s", "", h.text) in squeezed]
    if named:
        main = named[-1]
    else:
        best = min(h.rank for h in headings)
        main = [h for h in headings if h.rank == best][-1]
    at = headings.index(main)
    kicker = subtitle = ""
    if at > 0:
        above = headings[at - 1]
        if _adjacent(above, main, texts) and (
            above.rank >= main.rank or _KICKER_NAME.search(_names(above.node))
        ):
            kicker = above.text
    if at + 1 < len(headings):
        under = headings[at + 1]
        if _adjacent(main, under, texts) and (
            under.rank >= main.rank or _SUBTITLE_NAME.search(_names(under.node))
        ):
            subtitle = under.text
    return kicker, main.text, subtitle, headings[at - 1].start if kicker else main.start


def _author(doc: LexborHTMLParser, order: dict[int, int], before: int) -> str:
    for node in doc.css("[class], [id]"):
        if not _AUTHOR_NAME.search(_names(node)) or holds(node, "p, div, li, td"):
            continue
        texts = _places(node, order)
        if texts and texts[0] < before:
            return _AUTHOR_TAIL.sub("", heading_text(node))
    return ""


def _date(doc: LexborHTMLParser, enp: dict[str, str] | None) -> str:
    if enp and _ISO.match(enp.get("date", "")):
        return enp["date"]
    for meta in doc.css("meta[content]"):
        name = (meta.attributes.get("name") or meta.attributes.get("property") or "").lower()
        match = _ISO.search(meta.attributes.get("content") or "")
        if match and ("date" in name or "time" in name):
            return match[0]
    return ""


def _clean(body: LexborNode, drop: list[LexborNode]) -> str:
    """The body's markup without the headline group, chrome, and lines that are only links."""
    drop = drop + body.css(_JUNK)
    drop += [node for node in body.css("[class], [id]") if _CHROME_NAME.search(_names(node))]
    for block in body.css("p, div, li, td, span, ul, table"):
        text = plain(block.text() or "")
        links = plain("".join(a.text() or "" for a in block.css("a")))
        if text and (text == links or chrome(text)):
            drop.append(block)
    drop += [link for link in body.css("a") if chrome(link.text() or "")]
    gone = {node.mem_id for node in drop}
    for node in drop:
        if node.mem_id != body.mem_id and not _inside(node, gone):
            node.decompose()
    return body.html or ""


def _inside(node: LexborNode, gone: set[int]) -> bool:
    """Whether an element above node is also being taken out (it goes with it)."""
    return any(a.mem_id in gone for a in ancestors(node))


def _places(node: LexborNode, order: dict[int, int]) -> list[int]:
    """Where the texts under node stand in the page."""
    return [
        order[t.mem_id] for t in node.traverse(include_text=True) if t.tag == "-text" and t.mem_id in order
    ]


def _picture(doc: LexborHTMLParser, order: dict[int, int], start: int, end: int) -> bool:
    """Whether a picture stands between the headline group and the body's end: the article's
    photo, wherever the layout puts it (a table row above the text, a figure inside it)."""
    return any(
        start <= order.get(img.mem_id, -1) <= end and not _under(img, frozenset({"a"}))
        for img in doc.css("img")
    )


def read_parts(doc: LexborHTMLParser, raw: str) -> Parts:
    """The headline group, byline, body and date of an article page, found by structure."""
    root = doc.body
    enp = enpproperty(raw)
    if root is None:
        return Parts("", "", "", "", None, "", False)
    texts: dict[int, str] = {}
    order: dict[int, int] = {}
    for node in root.traverse(include_text=True):
        order[node.mem_id] = len(order)
        if node.tag == "-text":
            texts[order[node.mem_id]] = node.text_content or ""
    found = _body(doc, order)
    before = found.first if found else len(order)
    title_node = doc.css_first("title")
    page_title = title_node.text() if title_node else ""
    headings = _headings(doc, order, before, page_title)
    kicker, title, subtitle, start = _group(headings, page_title, texts)
    author = _author(doc, order, before)
    if byline_line(subtitle):  # a heading under the title that signs it (<h4>本报记者 …</h4>)
        author, subtitle = author or subtitle, ""
    if enp is not None:
        kicker = enp.get("introtitle") or kicker
        title = enp.get("title") or title
        subtitle = enp.get("subtitle") or subtitle
        author = enp.get("author") or author
    date = _date(doc, enp)
    if found is None:
        return Parts(kicker, title, subtitle, author, None, date, False)
    picture = _picture(doc, order, start if start >= 0 else found.first, found.last)
    inside = [h.node for h in headings if _contains(found.node, h.node)]
    inside += [n for n in found.node.css("[class], [id]") if _AUTHOR_NAME.search(_names(n))]
    markup = _clean(found.node, inside)
    return Parts(kicker, title, subtitle, author, markup, date, picture)


def _contains(outer: LexborNode, inner: LexborNode) -> bool:
    return inner.mem_id == outer.mem_id or any(a.mem_id == outer.mem_id for a in ancestors(inner))
