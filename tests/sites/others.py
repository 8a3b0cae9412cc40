"""Sites of e-paper systems no profile knows, each invented after a kind real papers use, with
its own names, folders, encoding and markup: what `paperterm import` must read by structure.

- 青山日报 (`bz`): GBK with no charset declared, `.shtml`, date folders 2025/11/19,
  版面 labels like A2版：评论, the headline group as h4/h2/h4 with an author line.
- 海峽時報 (`table`): Big5 in Traditional script, pages named 1.htm, articles news_K-NN.htm,
  date folders 202511/19, table layout; its articles are linked only from the image map.
- 星河晚报 (`noisy`): UTF-8 pages under pc/layout/2025-11-19/node_A01.html with articles
  content_N.htm (a name the classic Founder profile also uses), wrapped in a site's chrome:
  nav bars, 上一版/下一版, 返回目录, share links, 上一篇/下一篇, scripts and a footer.
- 东方商报 (`plain`): UTF-8 with no charset declared, pages 1.html and articles 108001.html
  (names that say nothing) under 20251119/, no image map, the current page's label as plain
  text, divs named for the title group, and a 目录 page listing every article of the day.
- 南湖日报 (`js`): UTF-8 pages layout/2025-11/19/bm_N.html whose every link is made by script:
  the page list by table rows' onclick, the titles by `javascript:openwin('…')` or list items'
  onclick, the image map's areas by `javascript:showArticle('…')`, the way back by
  `location.href='…'` on a `#` link,
  among script calls that open no page of the issue (print, an advertiser's site).
- 江城日报 (`frames`): GB2312, each 版面 html/2025-11/19/node_N.htm a frameset: a banner frame
  with the masthead and date, a page list frame shared by every page (links to the framesets,
  target=_top), the page picture's frame with its image map, and the title list's frame.
- 南岭日报 (`blocks`): UTF-8 pages e/20251119/bm_N.html printing every article of the 版面 on
  the page itself, each after an `<a name="artN">` marker that the image map and the title
  list link (`#artN`); no article pages at all.
"""

from __future__ import annotations

import datetime as dt
import re

from tests.sites.builders import Mirror
from tests.sites.texts import CITY, Item, Sheet, traditional

DAY = dt.date(2025, 11, 19)


def _plain(fragment: str) -> str:
    return re.sub(r"<[^>]+>", "", fragment)


def _areas(item: Item, href: str) -> str:
    shape = lambda c: "rect" if c.count(",") == 3 else "poly"  # noqa: E731
    return "".join(
        f'<area shape="{shape(c)}" coords="{c}" href="{href}" target="_blank">\n' for c in item.coords
    )


# -- 青山日报: epaper/2025/11/19/bz_01.shtml, art_N.shtml, GBK undeclared --------------------------


def bz(date: dt.date = DAY, issue: list[Sheet] = CITY) -> Mirror:
    folder = f"epaper/{date:%Y/%m/%d}/"
    files: Mirror = {}
    menu = "".join(
        f'<li><a href="bz_{s.number:02d}.shtml">A{s.number}版：{s.name}</a>'
        f'<a href="../../../../pdf/{date:%Y%m%d}/A{s.number}.pdf" class="pdf">PDF</a></li>\n'
        for s in issue
    )
    number = 11900
    for sheet in issue:
        titles, areas = [], []
        for item in sheet.items:
            number += 1
            href = f"art_{number}.shtml"
            titles.append(f'<li><a href="{href}">{_plain(item.title)}</a></li>\n')
            areas.append(_areas(item, href))
            files[folder + href] = _bz_article(item, sheet)
        page = (
            "<html>\n<head>\n<title>青山日报-A"
            f"{sheet.number}版：{sheet.name}</title>\n"
            '<link rel="stylesheet" href="../../../../css/epaper.css">\n</head>\n<body>\n'
            '<div class="top"><img src="../../../../img/logo.gif" alt="青山日报"> '
            f"{date.year}年{date.month}月{date.day}日 星期三</div>\n"
            '<div class="main"><div class="left">'
            f'<img src="../../../../pic/{date:%Y%m%d}/A{sheet.number}.jpg" usemap="#imgmap" '
            'width="600" height="900">\n'
            f'<map name="imgmap">\n{"".join(areas)}</map></div>\n'
            f'<div class="right"><ul class="bmlist">\n{menu}</ul>\n'
            f'<ul class="tlist">\n{"".join(titles)}</ul></div></div>\n</body>\n</html>\n'
        )
        files[folder + f"bz_{sheet.number:02d}.shtml"] = page.encode("gbk")
    return files


def _bz_article(item: Item, sheet: Sheet) -> bytes:
    picture = '<div class="pic"><img src="../../../../pic/p1.jpg"></div>\n' if item.picture else ""
    author = f'<div class="author">{item.author}</div>\n' if item.author else ""
    body = "\n".join(f"<p>{p}</p>" for p in item.body)
    page = (
        f"<html>\n<head>\n<title>{_plain(item.title)}-青山日报</title>\n</head>\n<body>\n"
        f'<div class="top"><img src="../../../../img/logo.gif" alt="青山日报"></div>\n'
        f'<div class="detail">\n<h4 class="yt">{item.kicker}</h4>\n<h2>{item.title}</h2>\n'
        f'<h4 class="ft">{item.subtitle}</h4>\n{author}'
        f'<div class="content">\n{picture}{body}\n</div>\n'
        f'<div class="back"><a href="bz_{sheet.number:02d}.shtml">返回A{sheet.number}版</a></div>\n'
        "</div>\n</body>\n</html>\n"
    )
    return page.encode("gbk")


# -- 海峽時報: html/202511/19/1.htm, news_K-NN.htm, Big5, Traditional, table layout --------------


def table(date: dt.date = DAY, issue: list[Sheet] | None = None) -> Mirror:
    issue = traditional(CITY) if issue is None else issue
    folder = f"html/{date:%Y%m}/{date:%d}/"
    files: Mirror = {}
    rows = "".join(
        f'<tr><td><a href="{s.number}.htm">第{s.number:02d}版：{s.name}</a></td></tr>\n' for s in issue
    )
    for sheet in issue:
        areas = []
        for index, item in enumerate(sheet.items, 1):
            href = f"news_{index}-{sheet.number:02d}.htm"
            areas.append(_areas(item, href))
            files[folder + href] = _table_article(item, date)
        page = (
            '<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=big5">\n'
            f"<TITLE>海峽時報電子報</TITLE></HEAD>\n<BODY>\n"
            '<TABLE width="980" border="0"><TR><TD colspan="2">'
            f'<IMG src="../../../images/masthead.gif" alt="海峽時報"> {date.year}年{date.month}月'
            f"{date.day}日</TD></TR>\n<TR><TD valign=top>"
            f'<IMG src="../../../images/{date:%Y%m%d}/{sheet.number}.jpg" border="0" '
            f'usemap="#m{sheet.number}">\n'
            f'<MAP name="m{sheet.number}">\n{"".join(areas)}</MAP></TD>\n'
            f'<TD valign=top><TABLE class="banmian">\n{rows}</TABLE></TD></TR></TABLE>\n</BODY></HTML>\n'
        )
        files[folder + f"{sheet.number}.htm"] = page.encode("big5")
    return files


def _table_article(item: Item, date: dt.date) -> bytes:
    picture = '<TR><TD><IMG src="../../../images/photo.jpg"></TD></TR>\n' if item.picture else ""
    body = "<BR>\n".join(item.body)
    page = (
        '<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=big5">\n'
        f"<TITLE>海峽時報 {_plain(item.title)}</TITLE></HEAD>\n<BODY>\n"
        '<TABLE width="700" border="0">\n'
        f'<TR><TD class="yinti">{item.kicker}</TD></TR>\n'
        f'<TR><TD class="biaoti">{item.title}</TD></TR>\n'
        f'<TR><TD class="futi">{item.subtitle}</TD></TR>\n'
        f'<TR><TD class="zuozhe">{item.author}</TD></TR>\n{picture}'
        f'<TR><TD class="zhengwen">{body}</TD></TR>\n'
        f"<TR><TD>{date.year}年{date.month}月{date.day}日</TD></TR>\n</TABLE>\n</BODY></HTML>\n"
    )
    return page.encode("big5")


# -- 星河晚报: pc/layout/2025-11-19/node_A01.html, pc/content/2025-11-19/content_N.htm, chrome ----


_STYLE = "<style>.nav a{margin:0 8px}</style>\n<script>var _hmt=_hmt||[];/* 统计代码 */</script>\n"
_HEADER = (
    '<div class="header-nav"><a href="/">首页</a> | <a href="/history.html">往期回顾</a> | '
    '<a href="/login.html">登录</a> | <a href="/about.html">关于我们</a></div>\n'
)
_FOOTER = (
    '<div class="footer"><p>版权所有 星河晚报社 未经书面授权不得转载</p>'
    "<p>主办：星河日报社　地址：星河市滨江路8号　电话：0000-12345678</p>"
    "<p>ICP备00000000号</p></div>\n"
)


def noisy(date: dt.date = DAY, issue: list[Sheet] = CITY) -> Mirror:
    layout, content = f"pc/layout/{date:%Y-%m-%d}/", f"pc/content/{date:%Y-%m-%d}/"
    files: Mirror = {}
    nav = "".join(f'<a href="node_A{s.number:02d}.html">{s.number:02d}版 {s.name}</a>\n' for s in issue)
    number = 30000
    for at, sheet in enumerate(issue):
        links, areas = [], []
        hrefs = [f"content_{number + k}.htm" for k in range(1, len(sheet.items) + 1)]
        number += len(sheet.items)
        for item, href in zip(sheet.items, hrefs, strict=True):
            links.append(
                f'<li><a href="../../content/{date:%Y-%m-%d}/{href}">{_plain(item.title)}</a></li>\n'
            )
            areas.append(_areas(item, f"../../content/{date:%Y-%m-%d}/{href}"))
        for index, (item, href) in enumerate(zip(sheet.items, hrefs, strict=True)):
            before = hrefs[index - 1] if index else None
            after = hrefs[index + 1] if index + 1 < len(hrefs) else None
            files[content + href] = _noisy_article(item, sheet, date, before, after)
        turn = []
        if at:
            turn.append(f'<a href="node_A{issue[at - 1].number:02d}.html">上一版</a>')
        if at + 1 < len(issue):
            turn.append(f'<a href="node_A{issue[at + 1].number:02d}.html">下一版</a>')
        page = (
            f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>星河晚报 - {date.year}年{date.month}月{date.day}日 - {sheet.number:02d}版</title>\n"
            f"{_STYLE}</head>\n<body>\n{_HEADER}"
            f'<div class="masthead"><h1>星河晚报</h1>'
            f"<span>{date.year}年{date.month}月{date.day}日 星期三</span></div>\n"
            f'<div class="bm-nav">{nav}</div>\n'
            f'<div class="turn">{" ".join(turn)} <a href="../../index.html">返回目录</a></div>\n'
            f'<div class="paper"><img src="../../images/{date:%Y%m%d}/A{sheet.number:02d}.jpg" '
            f'usemap="#PageMap">\n<map name="PageMap">\n{"".join(areas)}</map></div>\n'
            f'<div class="titles"><h3>本版标题</h3><ul>\n{"".join(links)}</ul></div>\n'
            f'<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>\n'
            f"{_FOOTER}</body></html>\n"
        )
        files[layout + f"node_A{sheet.number:02d}.html"] = page.encode("utf-8")
    return files


def _noisy_article(item: Item, sheet: Sheet, date: dt.date, before: str | None, after: str | None) -> bytes:
    picture = '<figure><img src="../../images/photo.jpg"></figure>\n' if item.picture else ""
    body = "\n".join(f"<p>{p}</p>" for p in item.body)
    turn = (f'<p>上一篇：<a href="{before}">上一篇文章</a></p>' if before else "") + (
        f'<p>下一篇：<a href="{after}">下一篇文章</a></p>' if after else ""
    )
    author = f'<span class="author">{item.author}</span>' if item.author else ""
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta name="publishdate" content="{date.isoformat()}">'
        f"<title>{_plain(item.title)}_星河晚报</title>\n{_STYLE}</head>\n<body>\n{_HEADER}"
        f'<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; '
        f'<a href="../../layout/{date:%Y-%m-%d}/node_A{sheet.number:02d}.html">'
        f"{sheet.number:02d}版 {sheet.name}</a></div>\n"
        f'<div class="art-head"><p class="pretitle">{item.kicker}</p>\n<h1>{item.title}</h1>\n'
        f'<p class="subtitle">{item.subtitle}</p>\n'
        f'<div class="info">{author}<span class="time">{date.isoformat()}</span> '
        "字号：<a>大</a> <a>中</a> <a>小</a></div></div>\n"
        f'<div class="art-body">\n{picture}{body}\n</div>\n'
        '<div class="tools">分享到：<a href="#">微信</a> <a href="#">微博</a> '
        '<a href="#">打印本页</a></div>\n'
        f'<div class="art-turn">{turn}</div>\n'
        f'<a href="../../layout/{date:%Y-%m-%d}/node_A{sheet.number:02d}.html">返回目录</a>\n'
        f"{_FOOTER}<script>document.write('<img src=/count.gif>')</script>\n</body></html>\n"
    )
    return page.encode("utf-8")


# -- 东方商报: html/dfsb/20251119/1.html, 108001.html, UTF-8 undeclared, a 目录 page -------------


def plain(date: dt.date = DAY, issue: list[Sheet] = CITY) -> Mirror:
    folder = f"html/dfsb/{date:%Y%m%d}/"
    files: Mirror = {}
    every: list[str] = []
    number = 108000
    for sheet in issue:
        links = []
        for item in sheet.items:
            number += 1
            links.append(f'<li><a href="{number}.html" target="_blank">{_plain(item.title)}</a></li>\n')
            files[folder + f"{number}.html"] = _plain_article(item, sheet)
        every += links
        pages = "".join(
            f'<span class="now">第{s.number}版：{s.name}</span>\n'
            if s is sheet
            else f'<a href="{s.number}.html">第{s.number}版：{s.name}</a>\n'
            for s in issue
        )
        page = (
            f"<!DOCTYPE html>\n<html><head><title>东方商报</title></head>\n<body>\n"
            f'<div class="dfsb-head"><img src="/images/logo.png" alt="东方商报">'
            f"<span>{date.year}年{date.month}月{date.day}日　星期三　农历十月廿九</span></div>\n"
            f'<div class="dfsb-pages">{pages}</div>\n'
            f'<div class="dfsb-paper"><img src="/pic/{date:%Y%m%d}/{sheet.number}.jpg"></div>\n'
            f'<ul class="dfsb-list">\n{"".join(links)}</ul>\n'
            f'<p><a href="index.html">返回目录</a></p>\n</body></html>\n'
        )
        files[folder + f"{sheet.number}.html"] = page.encode("utf-8")
    files[folder + "index.html"] = (
        f"<!DOCTYPE html>\n<html><head><title>东方商报 目录</title></head>\n<body>\n"
        f"<h2>本期目录</h2><ul>\n{''.join(every)}</ul>\n</body></html>\n"
    ).encode()
    return files


def _plain_article(item: Item, sheet: Sheet) -> bytes:
    picture = '<p align="center"><img src="/pic/photo.jpg"></p>\n' if item.picture else ""
    body = "\n".join(f"<p>{p}</p>" for p in item.body)
    author = f'<div class="dfsb-author">作者：{item.author}　来源：东方商报</div>\n' if item.author else ""
    page = (
        f"<!DOCTYPE html>\n<html><head><title>{_plain(item.title)} - 东方商报</title></head>\n<body>\n"
        f'<div class="dfsb-head"><img src="/images/logo.png" alt="东方商报"></div>\n'
        f'<div class="dfsb-title-box"><div class="dfsb-pretitle">{item.kicker}</div>\n'
        f'<div class="dfsb-title">{item.title}</div>\n'
        f'<div class="dfsb-subtitle">{item.subtitle}</div></div>\n'
        f'{author}<div class="dfsb-article">\n{picture}{body}\n</div>\n'
        f'<p><a href="{sheet.number}.html">返回第{sheet.number}版</a></p>\n</body></html>\n'
    )
    return page.encode("utf-8")


# -- 南湖日报: layout/2025-11/19/bm_N.html, content/2025-11/19/art_N.html, links by script ----------


def js(date: dt.date = DAY, issue: list[Sheet] = CITY) -> Mirror:
    layout, content = f"layout/{date:%Y-%m}/{date:%d}/", f"content/{date:%Y-%m}/{date:%d}/"
    files: Mirror = {}
    menu = "".join(
        f'<tr onclick="goPage(\'bm_{s.number}.html\');return false;" style="cursor:pointer">'
        f"<td>第{s.number:02d}版：{s.name}</td></tr>\n"
        for s in issue
    )
    number = 500
    for sheet in issue:
        titles, areas = [], []
        for item in sheet.items:
            number += 1
            href = f"../../../{content}art_{number}.html"
            titles.append(
                f"<li><a href=\"javascript:openwin('{href}')\">{_plain(item.title)}</a></li>\n"
                if sheet.number % 2
                else f"<li onclick=\"openwin('{href}')\"><span>{_plain(item.title)}</span></li>\n"
            )
            areas.append(_areas(item, f"javascript:showArticle(&quot;{href}&quot;, 1)"))
            files[content + f"art_{number}.html"] = _js_article(item, sheet, date)
        page = (
            f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>南湖日报</title>\n'
            "<script>function openwin(u){window.open(u,'_blank')}"
            "function goPage(u){location.href=u}</script></head>\n<body>\n"
            f'<div class="head"><img src="/img/logo.png" alt="南湖日报"> '
            f"{date.year}年{date.month}月{date.day}日 星期三 "
            '<a href="javascript:window.print()">打印</a> '
            "<a href=\"javascript:window.open('http://ad.example.com/promo.html')\">广告</a></div>\n"
            f'<div class="pic"><img src="/pic/{date:%Y%m%d}/{sheet.number}.jpg" usemap="#bm">\n'
            f'<map name="bm">\n{"".join(areas)}</map></div>\n'
            f'<table class="pages">\n{menu}</table>\n<ul class="titles">\n{"".join(titles)}</ul>\n'
            "</body></html>\n"
        )
        files[layout + f"bm_{sheet.number}.html"] = page.encode("utf-8")
    return files


def _js_article(item: Item, sheet: Sheet, date: dt.date) -> bytes:
    picture = '<div class="photo"><img src="/pic/photo.jpg"></div>\n' if item.picture else ""
    body = "\n".join(f"<p>{p}</p>" for p in item.body)
    author = f'<p class="author">{item.author}</p>\n' if item.author else ""
    back = f"../../../layout/{date:%Y-%m}/{date:%d}/bm_{sheet.number}.html"
    page = (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{_plain(item.title)}</title></head>\n'
        f'<body>\n<div class="article">\n<h3>{item.kicker}</h3>\n<h1>{item.title}</h1>\n'
        f'<h3>{item.subtitle}</h3>\n{author}<div class="text">\n{picture}{body}\n</div>\n'
        f'<p><a href="#" onclick="location.href=\'{back}\'">返回本版</a></p>\n</div>\n</body></html>\n'
    )
    return page.encode("utf-8")


# -- 江城日报: html/2025-11/19/node_N.htm framesets of top.htm, menu.htm, pic_N.htm, list_N.htm --


def frames(date: dt.date = DAY, issue: list[Sheet] = CITY, *, into_frame: bool = False) -> Mirror:
    """With into_frame, the page list opens a page's picture in the picture frame, not the
    whole frameset."""
    folder = f"html/{date:%Y-%m}/{date:%d}/"
    files: Mirror = {}
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
    files["top.htm"] = (
        f'{head}</head><body><img src="images/logo.gif" alt="江城日报"> '
        f"{date.year}年{date.month}月{date.day}日 星期三</body></html>\n"
    ).encode("gbk")
    menu = "".join(
        f'<tr><td><a href="{link}">第{s.number:02d}版：{s.name}</a></td></tr>\n'
        for s in issue
        for link in [
            f'pic_{s.number}.htm" target="pic' if into_frame else f'node_{s.number}.htm" target="_top'
        ]
    )
    files[folder + "menu.htm"] = f"{head}</head><body><table>\n{menu}</table></body></html>\n".encode("gbk")
    number = 7000
    for sheet in issue:
        titles, areas = [], []
        for item in sheet.items:
            number += 1
            href = f"content_{number}.htm"
            titles.append(f'<tr><td><a href="{href}" target="_blank">{_plain(item.title)}</a></td></tr>\n')
            areas.append(_areas(item, href))
            files[folder + href] = _frames_article(item, sheet)
        files[folder + f"pic_{sheet.number}.htm"] = (
            f'{head}</head><body><img src="../../../pic/{date:%Y%m%d}/{sheet.number}.jpg" usemap="#Map" '
            f'width="600" height="900" border="0">\n<map name="Map">\n{"".join(areas)}</map></body></html>\n'
        ).encode("gbk")
        files[folder + f"list_{sheet.number}.htm"] = (
            f"{head}</head><body><table>\n{''.join(titles)}</table></body></html>\n"
        ).encode("gbk")
        files[folder + f"node_{sheet.number}.htm"] = (
            f"{head}<title>江城日报电子版</title></head>\n"
            '<frameset rows="90,*" border="0">\n<frame name="top" src="../../../top.htm" scrolling="no">\n'
            '<frameset cols="200,620,*">\n<frame name="menu" src="menu.htm">\n'
            f'<frame name="pic" src="pic_{sheet.number}.htm">\n'
            f'<frame name="list" src="list_{sheet.number}.htm">\n'
            "</frameset>\n<noframes><body>您的浏览器不支持框架</body></noframes>\n</frameset></html>\n"
        ).encode("gbk")
    return files


def _frames_article(item: Item, sheet: Sheet) -> bytes:
    picture = '<tr><td align="center"><img src="../../../pic/photo.jpg"></td></tr>\n' if item.picture else ""
    body = "".join(f"<p>{p}</p>\n" for p in item.body)
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        f'<title>{_plain(item.title)}</title></head><body>\n<table width="640">\n'
        f'<tr><td class="yinti">{item.kicker}</td></tr>\n<tr><td class="biaoti">{item.title}</td></tr>\n'
        f'<tr><td class="futi">{item.subtitle}</td></tr>\n<tr><td class="author">{item.author}</td></tr>\n'
        f"{picture}<tr><td>\n{body}</td></tr>\n"
        f'<tr><td><a href="node_{sheet.number}.htm" target="_top">返回第{sheet.number}版</a></td></tr>\n'
        "</table></body></html>\n"
    )
    return page.encode("gbk")


# -- 南岭日报: e/20251119/bm_N.html, every article on its 版面 page under an anchor ------------------


def blocks(date: dt.date = DAY, issue: list[Sheet] = CITY) -> Mirror:
    folder = f"e/{date:%Y%m%d}/"
    files: Mirror = {}
    menu = "".join(f'<a href="bm_{s.number}.html">第{s.number}版：{s.name}</a>\n' for s in issue)
    for sheet in issue:
        titles, areas, stories = [], [], []
        for index, item in enumerate(sheet.items, 1):
            titles.append(f'<li><a href="#art{index}">{_plain(item.title)}</a></li>\n')
            areas.append(_areas(item, f"#art{index}"))
            picture = '<div class="photo"><img src="/pic/photo.jpg"></div>\n' if item.picture else ""
            author = f'<p class="author">{item.author}</p>\n' if item.author else ""
            body = "\n".join(f"<p>{p}</p>" for p in item.body)
            stories.append(
                f'<a name="art{index}"></a>\n<h3>{item.kicker}</h3>\n<h2>{item.title}</h2>\n'
                f'<h3>{item.subtitle}</h3>\n{author}{picture}{body}\n<p><a href="#top">返回顶部</a></p>\n'
            )
        page = (
            f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>南岭日报</title></head>\n'
            f'<body><a name="top"></a>\n<div class="masthead"><img src="/img/logo.png" alt="南岭日报"> '
            f'{date.year}年{date.month}月{date.day}日 星期三</div>\n<div class="pages">{menu}</div>\n'
            f'<img src="/pic/{date:%Y%m%d}/{sheet.number}.jpg" usemap="#bm" width="600" height="900">\n'
            f'<map name="bm">\n{"".join(areas)}</map>\n<ul class="titles">\n{"".join(titles)}</ul>\n'
            f'<div class="stories">\n{"".join(stories)}</div>\n</body></html>\n'
        )
        files[folder + f"bm_{sheet.number}.html"] = page.encode("utf-8")
    return files


SITES = {
    "bz": ("青山日报", "epaper.qingshan.example", bz),
    "table": ("海峽時報", "www.haixia.example", table),
    "noisy": ("星河晚报", "epaper.xinghe.example/xhwb", noisy),
    "plain": ("东方商报", "paper.dongfang.example", plain),
    "js": ("南湖日报", "epaper.nanhu.example", js),
    "frames": ("江城日报", "www.jiangcheng.example/epaper", frames),
    "blocks": ("南岭日报", "www.nanling.example", blocks),
}
"""Each invented system: the paper its pages name, its host and path as wget names the folders,
and the builder."""


def golden_name(site: str) -> str:
    """The golden issue's name in tests/data/sites/ (mirror.golden reads it)."""
    return f"generic-{site}"
