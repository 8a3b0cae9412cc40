"""After OpenCC: the forms Taiwan and Hong Kong news text is printed in, where OpenCC's dictionaries
fall short, and 「」『』 quotes.

OpenCC converts character by character with a phrase dictionary on top; words it
has no phrase for get the character's most common Traditional form, which in
news vocabulary is often not the standard one. Each entry says what standard
it follows (docs/script-and-keywords.md has the list with sources). Every
replacement keeps the length of the text, so an offset in the converted text
is the same offset in the source: highlighting and the search fold rely on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

MANUFACTURE = (
    ("制氫", "製氫"),
    ("制氧", "製氧"),
    ("制鹼", "製鹼"),
    ("制氨", "製氨"),
    ("制鋼", "製鋼"),
    ("制熱", "製熱"),
    ("制米", "製米"),
    ("制酒", "製酒"),
    ("制醋", "製醋"),
    ("制種", "製種"),
    ("鑄制", "鑄製"),
    ("紡制", "紡製"),
    ("冶制", "冶製"),
    ("焙制", "焙製"),
    ("蒸制", "蒸製"),
    ("曬制", "曬製"),
)
"""製 (to make) where OpenCC lacks the word and falls back to 制 (to restrain): 綠電制氫 → 綠電製氫.
Both regions write 製 for making things (臺灣《重編國語辭典》 製造、製藥; 香港《常用字字形表》 製)."""

FURNITURE = (("傢俱", "家具"),)
"""家具 is the standard form in Taiwan (《重編國語辭典》 家具; 傢俱 is a variant) and common in Hong Kong;
OpenCC gives 傢俱 for every 家具."""

TAIWAN_ONLY = (("佈", "布"),)
"""Taiwan's standard forms write 布 in 公布、宣布、發布、分布、布局、布置 (《國字標準字體》; 佈 is listed as
a variant of 布 in the Ministry of Education's 異體字字典). OpenCC's s2tw writes 佈 in all of them, and
only there: every 佈 it prints comes from a 布, so the change is safe character by character.
Hong Kong print keeps 佈 (發佈會), so this is Taiwan's alone."""

CORNER_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
"""Taiwan and Hong Kong print corner brackets: 「…」 outside, 『…』 inside."""


def forms_for(config: str | None) -> tuple[tuple[str, str], ...]:
    """The corrections for the text an OpenCC config makes (none for Simplified or plain s2t)."""
    if config in ("s2tw", "s2twp"):
        return (*MANUFACTURE, *FURNITURE, *TAIWAN_ONLY)
    if config == "s2hk":
        return (*MANUFACTURE, *FURNITURE)
    return ()


def corner_quotes_for(config: str | None) -> bool:
    """Whether this config's readers print 「」 (Taiwan and Hong Kong)."""
    return config in ("s2tw", "s2twp", "s2hk")


class Polish:
    """Applies a list of same-length replacements (and the corner quotes) in one pass."""

    def __init__(self, pairs: Iterable[tuple[str, str]], corner_quotes: bool) -> None:
        table = {old: new for old, new in pairs if old and len(old) == len(new)}
        self._table = table
        self._pattern = _pattern(tuple(sorted(table, key=len, reverse=True))) if table else None
        self._quotes = corner_quotes

    def __call__(self, text: str) -> str:
        if self._pattern is not None:
            text = self._pattern.sub(lambda m: self._table[m.group(0)], text)
        return text.translate(CORNER_QUOTES) if self._quotes else text


@cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in words))
