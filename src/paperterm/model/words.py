"""What a reader takes as one word, so no line or snippet cuts it: a run of digits or Latin
letters (400, 5.9%, APEC), a number with its magnitude (400万, 1.2亿), and each name a byline
gives after its role word (记者 王佳丽 李若男). Standard library only: the search command pays
for this module on its way to the first hit."""

from __future__ import annotations

import re

MAGNITUDES = frozenset("百千万亿兆萬億")
"""Written after digits, part of the number (400万, 1.2亿)."""
_CJK_NAME = r"[\u3400-\u9fff·]{2,4}"
# The names a byline gives after its role word (本报记者 张文华, 记者 王佳丽 李若男, 通讯员李明):
# two to four characters each, set off by spaces, punctuation or the end of the text.
ROLE_WORDS = ("记者", "記者", "通讯员", "通訊員")
"""The words a byline's names follow."""
_BYLINE_NAMES = (
    rf"(?:{'|'.join(ROLE_WORDS)})(?P<names>(?:[ \u3000]*{_CJK_NAME}(?=[ \u3000]|$|[，、；。）)]))+)"
)
NAME_REACH = 32
"""How far before a name its role word may stand: the role, then up to four names and spaces."""


def inside_names(text: str) -> set[int]:
    """Offsets of the second and later characters of every name after a byline's role word."""
    inside: set[int] = set()
    for byline in re.finditer(_BYLINE_NAMES, text, re.MULTILINE):  # re's cache: compiled when first asked
        for name in re.compile(_CJK_NAME).finditer(text, byline.start("names"), byline.end("names")):
            inside.update(range(name.start() + 1, name.end()))
    return inside


def _in_run(ch: str) -> bool:
    """Part of a number or a Latin word: 400, 5.9%, APEC."""
    return (ch.isascii() and (ch.isalnum() or ch in ".%,")) or ch in "０１２３４５６７８９％．"


def snippet_bounds(text: str, start: int, end: int, context: int) -> tuple[int, int]:
    """About `context` characters either side of text[start:end], never cutting a word in two
    (…基层干部群众，4 for 400万, 记者 王佳丽 李若 for 李若男): the cut moves out to the word's end."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    near = max(0, lo - NAME_REACH)
    names = {near + i for i in inside_names(text[near : min(len(text), hi + NAME_REACH)])}

    def joined(at: int) -> bool:
        """text[at - 1] and text[at] are one word."""
        before, here = text[at - 1], text[at]
        return (_in_run(before) and _in_run(here)) or (here in MAGNITUDES and before.isdigit()) or at in names

    while 0 < lo < start and joined(lo):
        lo -= 1
    while end < hi < len(text) and joined(hi):
        hi += 1
    return lo, hi
