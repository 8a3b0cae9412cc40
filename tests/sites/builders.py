"""The test issue (texts.py) laid out as each e-paper system lays out a day: every file of a
mirror, by its path below the paper's base URL, as the bytes the site would send.

Quirks real sites have are built in: the classic system is GB2312 with CRLF line ends and
unquoted attributes, `?div=-1` on its image-map links, trailing whitespace in its
enpproperty comment and empty authors; 人民日报's old pages are UTF-8 with a BOM and write
their titles by script; the pc pages list an editor's line among the articles.
"""

from __future__ import annotations

import datetime as dt
import re

from tests.sites.texts import ISSUE, Item, Sheet

Mirror = dict[str, bytes]


def _plain(fragment: str) -> str:
    return re.sub(r"<[^>]+>", "", fragment)


def _enp(item: Item, article_id: str, date: dt.date, page: str, *, wrap_title: bool = False) -> str:
    title = item.title.replace("<br>", "")
    title = f"<p>{title}</p>" if wrap_title else title
    return (
        f"<!--enpproperty <articleid>{article_id}</articleid><date>{date.isoformat()}</date>"
        f"<author>{item.author}</author><title>{title}</title><keyword></keyword>"
        f"<subtitle>{item.subtitle}</subtitle><introtitle>{item.kicker}</introtitle><siteid>1</siteid>"
        f"<nodeid>2</nodeid><nodename>{page}</nodename><picurl></picurl>  \r\n  /enpproperty-->"
    )


def _paragraphs(item: Item, tag: str = "P") -> str:
    return "\r\n".join(f"<{tag}>{p}</{tag}>" for p in item.body)


def _areas(item: Item, href: str) -> str:
    shape = lambda c: "rect" if c.count(",") == 3 else "polygon"  # noqa: E731
    return "".join(f'<area coords="{c}" shape="{shape(c)}" href="{href}">\r\n' for c in item.coords)


# -- 方正 classic: html/YYYY-MM/DD/node_N.htm, content_N.htm --------------------------------------


def classic(date: dt.date, paper: str = "科技日报", issue: list[Sheet] = ISSUE) -> Mirror:
    folder = f"html/{date:%Y-%m}/{date:%d}/"
    files: Mirror = {}
    nodes = {sheet.number: f"node_{sheet.number + 1}.htm" for sheet in issue}
    content = 1000
    rows = "".join(
        f"<tr><td><a id=pageLink href={nodes[s.number]}>第{s.number:02d}版：{s.name}</a></td>"
        f"<td><a href=../../../page/1/{date:%Y-%m}/{date:%d}/{s.number:02d}/"
        f"{date:%Y%m%d}{s.number:02d}_pdf.pdf>"
        f"<img src=../../../tplimg/pdf.gif border=0></a></td></tr>\r\n"
        for s in issue
    )
    for sheet in issue:
        links, areas = [], []
        for item in sheet.items:
            content += 1
            href = f"content_{content}.htm"
            links.append(
                f"<li><a href={href}><div style=display:inline id=mp{content}>{item.title}</div></a></li>"
            )
            areas.append(_areas(item, f"{href}?div=-1"))
            files[folder + href] = _classic_article(item, content, date, sheet, paper)
        following = f"<a href={nodes[sheet.number + 1]}>下一版</a>" if sheet.number + 1 in nodes else ""
        page = (
            f'<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312">\r\n'
            f"<TITLE>{paper}数字报-第{sheet.number:02d}版：{sheet.name}</TITLE></HEAD>\r\n<BODY>\r\n"
            f"<table><tr><td>{following}</td></tr></table>\r\n"
            f"<table><tr><td><img src=../../../page/1/{date:%Y-%m}/{date:%d}/{sheet.number:02d}/brief.jpg "
            f"border=0 usemap=#PagePicMap width=600 height=900>\r\n"
            f'<map name="PagePicMap">\r\n{"".join(areas)}</map></td>\r\n'
            f"<td><table id=pageList>\r\n{rows}</table></td></tr></table>\r\n"
            f"<div id=titleList><ul>\r\n{''.join(links)}\r\n</ul></div>\r\n</BODY></HTML>\r\n"
        )
        files[folder + nodes[sheet.number]] = page.replace("\r\n", "\n").replace("\n", "\r\n").encode("gbk")
    return files


def _classic_article(item: Item, content: int, date: dt.date, sheet: Sheet, paper: str) -> bytes:
    picture = "<table><tr><td><img src=../../../res/1/pic.jpg></td></tr></table>" if item.picture else ""
    page = (
        f'<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312">'
        f"<TITLE>{paper}数字报-{_plain(item.title)}</TITLE></HEAD>\r\n<BODY>\r\n"
        f"<table><tr><td class=font01>{item.kicker}</td></tr><tr><td class=font02>{item.title}</td></tr>"
        f"<tr><td class=font03>{item.subtitle}</td></tr></table>\r\n"
        f"<div id=ozoom>{picture}\r\n{_enp(item, str(content), date, sheet.name)}\r\n"
        f"<!--enpcontent-->{_paragraphs(item)}<!--/enpcontent-->\r\n</div>\r\n</BODY></HTML>\r\n"
    )
    return page.encode("gbk")


# -- 人民日报 until 2024: nbs.D110000renmrb_NN.htm, nw.D110000renmrb_YYYYMMDD_K-NN.htm ------------------


def nbs(date: dt.date, issue: list[Sheet] = ISSUE) -> Mirror:
    folder = f"html/{date:%Y-%m}/{date:%d}/"
    files: Mirror = {}
    slides = "".join(
        f'<div class="swiper-slide"><a id=pageLink href=nbs.D110000renmrb_{s.number:02d}.htm>'
        f"{s.number:02d}版：{s.name}</a></div>\r\n"
        for s in issue
    )
    for sheet in issue:
        links, areas = [], []
        for index, item in enumerate(sheet.items, 1):
            href = f"nw.D110000renmrb_{date:%Y%m%d}_{index}-{sheet.number:02d}.htm"
            script = f'<script>document.write(view("{item.title}<br>{item.subtitle}"))</script>'
            links.append(f"<li><a href={href}>{script}</a></li>\r\n")
            areas.append(_areas(item, href))
            files[folder + href] = _nbs_article(item, date, sheet)
        page = (
            '\ufeff<!DOCTYPE html>\r\n<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><title>人民日报</title></head>\r\n<body>\r\n'
            f'<div class="paper-box"><div class="paper"><img src="../../../images/{date:%Y-%m}/{date:%d}/'
            f'{sheet.number:02d}/b.jpg" border="0" usemap="#PagePicMap"></div>\r\n'
            f'<map name="PagePicMap" id="PagePicMap">{"".join(areas)}</map></div>\r\n'
            f'<p class="right btn"><a href=../../../images/{date:%Y-%m}/{date:%d}/{sheet.number:02d}/'
            f"rmrb{date:%Y%m%d}{sheet.number:02d}.pdf>PDF下载</a></p>\r\n"
            f'<div class="swiper-container">{slides}</div>\r\n'
            f'<div class="news"><ul class="news-list">{"".join(links)}</ul></div>\r\n</body></html>\r\n'
        )
        files[folder + f"nbs.D110000renmrb_{sheet.number:02d}.htm"] = page.encode("utf-8")
    return files


def _nbs_article(item: Item, date: dt.date, sheet: Sheet) -> bytes:
    picture = (
        '<table class="pci_c"><tr><td><img src="../../../res/pic.jpg"></td></tr></table>'
        if item.picture
        else ""
    )
    page = (
        "\ufeff<!DOCTYPE html>\r\n<html><head>"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{_plain(item.title)}--人民日报</title></head>\r\n<body>\r\n"
        f'<div class="text_c">\r\n<h3>{item.kicker}</h3>\r\n<h1>{item.title}</h1>\r\n'
        f"<h2>{item.subtitle}</h2>\r\n"
        f'<h4>{item.author}</h4>\r\n<div class="c_c">{picture}<div id="ozoom">\r\n'
        f"<!--enpcontent-->{_paragraphs(item)}<!--/enpcontent-->\r\n</div></div></div>\r\n</body></html>\r\n"
    )
    return page.encode("utf-8")


# -- 方正 pc: pc/layout/YYYYMM/DD/node_NN.html, pc/content/YYYYMM/DD/content_N.html -------------------


def pc(date: dt.date, paper: str = "人民日报", issue: list[Sheet] = ISSUE) -> Mirror:
    layout, content = f"pc/layout/{date:%Y%m}/{date:%d}/", f"pc/content/{date:%Y%m}/{date:%d}/"
    files: Mirror = {}
    pages = "".join(
        f'<li><a href="node_{s.number:02d}.html">{s.number:02d}版：{s.name}</a></li>\n' for s in issue
    )
    number = 30000
    for sheet in issue:
        links, areas = [], []
        for item in sheet.items:
            number += 1
            href = f"../../../content/{date:%Y%m}/{date:%d}/content_{number}.html"
            links.append(f'<li><a href="{href}">{_plain(item.title.replace("<br>", ""))}</a></li>\n')
            areas.append(_areas(item, href))
            files[content + f"content_{number}.html"] = _pc_article(item, number, date, sheet, paper)
        if sheet.items:
            number += 1
            links.append(
                f'<li><a href="../../../content/{date:%Y%m}/{date:%d}/content_{number}.html">'
                "本版责编：王小明</a></li>"
            )
            editor = Item(title="本版责编：王小明", body=["　　本版责编：王小明　版式设计：李红"])
            files[content + f"content_{number}.html"] = _pc_article(editor, number, date, sheet, paper)
        page = (
            f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{paper}</title></head>\n<body>\n'
            f'<div class="paper-box"><img src="../../../pic/{date:%Y%m}/{date:%d}/{sheet.number:02d}.jpg" '
            f'usemap="#PagePicMap" width="600" height="900">'
            f'<map name="PagePicMap">{"".join(areas)}</map></div>\n'
            f'<div class="paper-bot"><p class="left ban">{sheet.number:02d}版：{sheet.name}</p>'
            f'<p class="right btn"><a href="../../../attachement/{date:%Y%m}/{date:%d}/'
            f'page{sheet.number:02d}.pdf">'
            f"PDF下载</a></p></div>\n"
            f'<div class="swiper-box"><div id="list"><ul>\n{pages}</ul></div></div>\n'
            f'<div class="news"><ul class="news-list">\n{"".join(links)}</ul></div>\n</body></html>\n'
        )
        files[layout + f"node_{sheet.number:02d}.html"] = page.encode("utf-8")
    return files


def _pc_article(item: Item, number: int, date: dt.date, sheet: Sheet, paper: str) -> bytes:
    picture = '<div class="pic"><img src="../../../pic/x.jpg"></div>' if item.picture else ""
    page = (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{_plain(item.title)}</title></head>\n<body>\n"
        f'<div class="article">\n<h3>{item.kicker}</h3>\n<h1>{item.title}</h1>\n<h2>{item.subtitle}</h2>\n'
        f'<p class="sec">{item.author} <span class="date">《{paper}》（{date.year}年{date.month:02d}月'
        f"{date.day:02d}日 第 {sheet.number:02d} 版）</span></p>\n"
        f'<div class="article-box">{picture}<div id="ozoom"><founder-content>{_paragraphs(item, "p")}'
        f"</founder-content></div></div></div>\n"
        f"{_enp(item, str(number), date, sheet.name, wrap_title=True)}\n"
        "</body></html>\n"
    )
    return page.encode("utf-8")


SYSTEMS = {"founder-classic": classic, "founder-nbs": nbs, "founder-pc": pc}
