"""Print articles the way a PDF text extraction does: column-wide lines, blank lines at column
breaks and between paragraphs, headlines before or after their text. For importer tests."""

from __future__ import annotations

from paperterm.model.issue import Article, Heading
from paperterm.model.linebreak import NO_LINE_START

COLUMN_BREAK = 7
"""A blank line after this many lines of one paragraph, as if the column ended there."""


def wrap_chars(text: str, width: int, first: int | None = None) -> list[str]:
    """Cut text into lines `width` full-width characters wide (the first line `first`, for the
    indent), as a typesetter would: half-width digits take half a place, closing punctuation
    hangs at the end of a line, Latin words stay whole."""
    lines: list[str] = []
    room = 2 * (first if first is not None else width)
    while text:
        used, cut = 0, 0
        while cut < len(text) and used + _units(text[cut]) <= room:
            used += _units(text[cut])
            cut += 1
        while cut < len(text) and (
            text[cut] in NO_LINE_START
            or (text[cut].isascii() and text[cut].isalnum() and text[cut - 1].isascii())
        ):
            cut += 1
        lines.append(text[:cut])
        text = text[cut:]
        room = 2 * width
    return lines


def _units(ch: str) -> int:
    return 1 if ord(ch) < 0x2000 else 2


def body_lines(article: Article, width: int) -> list[str]:
    """The body as extracted lines ("" for a blank line)."""
    out: list[str] = []
    blocks = list(article.body)
    if article.dateline and blocks and isinstance(blocks[0], str):
        blocks[0] = f"{article.dateline}（{article.byline}）{blocks[0]}"
    if article.continued_on and blocks and isinstance(blocks[-1], str):
        blocks[-1] = f"{blocks[-1]} （下转第{article.continued_on}版）"
    for block in blocks:
        if isinstance(block, Heading):  # set in its own type, broken after the comma as on the page
            head, comma, tail = block.text.partition("，")
            out.extend([head + comma, tail] if comma else [block.text])
            out.append("")
            continue
        for n, line in enumerate(wrap_chars(block, width, first=max(2, width - 2)), start=1):
            out.append(line)
            if n % COLUMN_BREAK == 0:
                out.append("")
        if out[-1] != "":
            out.append("")
    if article.caption or article.credit:
        caption = " ".join(p for p in (article.caption, article.credit) if p)
        out.extend(wrap_chars(caption, width * 2))  # captions run across two columns
        out.append("")
    return out


def head_lines(article: Article) -> list[str]:
    """Kicker, title (with subtitle), and a byline that is not in a dateline, as separate blocks."""
    out: list[str] = []
    if article.kicker:
        out += [article.kicker, ""]
    out.append(article.title)
    if article.subtitle:
        out.append(article.subtitle)
    if article.byline and not article.dateline:
        out.append(article.byline)
    out.append("")
    return out


def page_text(articles: list[Article], width: int, headlines: str) -> str:
    """A page: each article's series banner first, then text and headline in the order asked."""
    out: list[str] = []
    for article in articles:
        if article.series:
            out += [article.series, ""]
        body, head = body_lines(article, width), head_lines(article)
        out += head + body if headlines == "before" else body + head
    return "\n".join(out)
