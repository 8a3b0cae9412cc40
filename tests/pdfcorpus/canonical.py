"""Printed forms to canonical issue fields, exactly as /work/notes/conventions.md words them.

Written apart from the importer's own conventions module on purpose: the golden files must
not inherit its mistakes.
"""

from __future__ import annotations

import re
from typing import Any

from paperterm.model.issue import Article, ArticleKind

_SPACES = re.compile(r"[ \u3000\u00a0]+")
_ROLE_WORD = re.compile(r"(?<!\S)(记者|通讯员|記者|通訊員)(?=[^\s、，])")
_PARENTHESISED = re.compile(r"^(?P<dateline>[^（(]+?)\s*[（(](?P<byline>[^）)]*)[）)]\s*$")
_MARKER = re.compile(
    r"[（(]\s*(?:下轉|下转|上接|轉|转|接|详见|詳見|见|見)\s*第?\s*[A-Z]?(?P<n>[0-9０-９]+|[一二三四五六七八九十]+)\s*版\s*[）)]"
)
_BRACKETS = {"（": "）", "【": "】", "〔": "〕", "(": ")"}
_DIGITS = "一二三四五六七八九"


def is_cjk(ch: str) -> bool:
    """A CJK ideograph (the characters names are written in)."""
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def collapse(text: str) -> str:
    """Spaces collapsed: one half-width space per run, none at the ends, padded 2-char names joined."""
    tokens = _SPACES.split(text.strip(" \u3000\u00a0"))
    joined: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if len(token) == 1 and is_cjk(token) and len(following) == 1 and is_cjk(following):
            joined.append(token + following)
            index += 2
        else:
            joined.append(token)
            index += 1
    return " ".join(joined)


def no_spaces(text: str) -> str:
    """A dateline as typed: every space gone."""
    return _SPACES.sub("", text)


def dateline_fields(printed: str) -> tuple[str, str | None]:
    """`本报延安10月19日电　（记者贾丰丰）` → (`本报延安10月19日电`, `记者 贾丰丰`)."""
    match = _PARENTHESISED.match(printed)
    if match is None:
        return no_spaces(printed), None
    byline = _ROLE_WORD.sub(r"\1 ", match["byline"])
    return no_spaces(match["dateline"]), collapse(byline)


def credit(printed: str) -> str:
    """`新华社记者　卢汉欣摄` → `新华社记者 卢汉欣摄`; a credit in parentheses loses them."""
    text = collapse(printed)
    if text[:1] in _BRACKETS and text.endswith(_BRACKETS[text[0]]):
        text = collapse(text[1:-1])
    return text


def series(printed: str) -> str:
    """A bracketed 栏目 label without its outer brackets; a boxed one as printed."""
    return credit(printed)


def subtitle(printed: str) -> str:
    """A leading —— or — is dropped."""
    return collapse(printed.lstrip("—"))


def joined_lines(lines: tuple[str, ...]) -> str:
    """Headline lines as one: no space between CJK lines, one between two Latin words."""
    text = ""
    for line in (collapse(line) for line in lines):
        if text and text[-1].isascii() and text[-1].isalnum() and line[:1].isascii() and line[:1].isalnum():
            text += " "
        text += line
    return text


def page_of_marker(printed: str) -> int:
    """`（下转第二版）` → 2, `（接第12版）` → 12, `（详见第5版）` → 5."""
    match = _MARKER.fullmatch(printed.strip())
    if match is None:
        raise ValueError(f"not a continuation marker: {printed!r}")
    return numeral(match["n"])


def numeral(text: str) -> int:
    """Arabic, full-width or Chinese numerals 一…九十九."""
    if text.isdigit():
        return int(text)
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return _DIGITS.index(text) + 1
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_DIGITS.index(units) + 1 if units else 0)


def chinese_numeral(number: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (page numbers as 第二版 prints them)."""
    tens, units = divmod(number, 10)
    text = ("" if tens <= 1 else _DIGITS[tens - 1]) + ("十" if tens else "")
    return text + (_DIGITS[units - 1] if units else "")


def caption_title(caption: str) -> str:
    """A photo item without a headline: its caption's first sentence up to 。 or ，, at most 20 chars."""
    first = re.split(r"[。，]", caption, maxsplit=1)[0]
    return first[:20]


def article(article_id: str, item: Any, kind: ArticleKind) -> Article:
    """The article a careful reader types from a printed story of either corpus.

    `item` is a spec's story (tests/pdfcorpus Module, tests/pdfcorpus2 Story): its printed
    headline, dateline, byline line, signature, photo, body and continuation markers.
    """
    head, photo = item.headline, item.photo
    dateline = byline = None
    if item.dateline:
        dateline, byline = dateline_fields(item.dateline)
    if item.byline:
        byline = collapse(item.byline)
    if item.signature:
        byline = collapse(item.signature)
    if head is not None:
        title = joined_lines(head.title)
    elif photo is not None:
        title = caption_title(photo.caption)
    else:
        raise ValueError(f"{article_id} has neither a headline nor a photo")
    return Article(
        id=article_id,
        title=title,
        kind=kind,
        series=series(head.series) if head and head.series else None,
        kicker=collapse(head.kicker) if head and head.kicker else None,
        subtitle=subtitle(head.subtitle) if head and head.subtitle else None,
        dateline=dateline,
        byline=byline,
        body=item.body,
        caption=photo.caption if photo else None,
        credit=credit(photo.credit) if photo else None,
        continued_on=page_of_marker(item.continued_on) if item.continued_on else None,
        continued_from=page_of_marker(item.continued_from) if item.continued_from else None,
    )
