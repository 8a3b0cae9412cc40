"""Text-level rules: encodings, pages, typesetting spaces, doubled bold runs, widths."""

from __future__ import annotations

import re

from paperterm.model.sanitize import clean

ENCODINGS = ("utf-8", "gb18030", "big5")
"""Tried in this order when the encoding is not given: UTF-8 first (strict), then the CJK legacy ones."""

_CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]"
_SPACE_BEFORE_ASCII = re.compile(rf"(?<={_CJK})[ \u3000]+(?=[0-9A-Za-z])")
_SPACE_AFTER_ASCII = re.compile(rf"(?<=[0-9A-Za-z%.])[ \u3000]+(?={_CJK})")
_FULL_WIDTH_PUNCTUATION = (
    "\u00b7\u30fb\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f“”‘’"
)
_SPACE_AT_PUNCTUATION = re.compile(
    rf"(?<=[{_FULL_WIDTH_PUNCTUATION}]) +(?=\S)|(?<=\S) +(?=[{_FULL_WIDTH_PUNCTUATION}])"
)
_PARENTHESISED = re.compile(r"([（(][^（）()]*[）)])")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACE_IN_JUSTIFIED = re.compile(
    rf"(?<=[{_HAN}{_FULL_WIDTH_PUNCTUATION}0-9]) +(?=[{_HAN}{_FULL_WIDTH_PUNCTUATION}])"
)
SENTENCE_END = frozenset("。！？…")
QUOTE_CLOSE = frozenset("”’」』")


class ImportProblem(ValueError):
    """Input the importer cannot use; the message says why."""


def decode(data: bytes, encoding: str | None = None) -> str:
    """Bytes to text: the given encoding, or UTF-8 (BOM allowed), GB18030/GBK or Big5, whichever fits."""
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise ImportProblem(f"cannot decode as {encoding}: {exc}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for candidate in ENCODINGS:
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if candidate == "gb18030" and _looks_like_big5(data):
            continue
        return text
    raise ImportProblem("cannot tell the encoding (tried UTF-8, GB18030, Big5); give --encoding")


def _looks_like_big5(data: bytes) -> bool:
    """Big5 bytes often decode as GB18030 too, into rare characters; prefer Big5 when it gives common ones."""
    try:
        big5 = data.decode("big5")
    except UnicodeDecodeError:
        return False
    gb = data.decode("gb18030")
    return _common(big5) > _common(gb)


def _common(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fa5")  # the basic block, where everyday words live


def pages(text: str) -> list[str]:
    """Split on form feeds (pdftotext puts one after every page); drop empty trailing pages."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = text.split("\f")
    while len(parts) > 1 and not parts[-1].strip():
        parts.pop()
    return [clean(p) for p in parts]


def squeeze_spaces(text: str) -> str:
    """Remove typesetting spaces between CJK and ASCII (2022 年 1 月 → 2022年1月).

    Spaces inside ASCII runs (hello world) are kept.
    """
    return _SPACE_AFTER_ASCII.sub("", _SPACE_BEFORE_ASCII.sub("", text))


def unhang(text: str) -> str:
    """Remove the spaces pdftotext reads beside full-width punctuation (“ 今年, 金名片” 。): a
    font that inks only half of a quote's or a stop's em leaves white that looks like a space,
    but Chinese type sets no space beside its own punctuation. Two Latin words keep theirs."""
    return _SPACE_AT_PUNCTUATION.sub("", text)


def unjustify(text: str) -> str:
    """Running text as printed without the white a justified or tracked line spreads between its
    characters (最大 下 潜 深 度 达 到 7800 米 。): body text sets no space between two Chinese
    characters; spaces around Latin words and numbers go as squeeze_spaces says. Inside
    brackets spaces stay: a dateline's byline sets names apart with them (（记者 朱晓琳 通讯员 方可）)."""
    parts = _PARENTHESISED.split(unhang(squeeze_spaces(text)))
    return "".join(p if p.startswith(("（", "(")) else _SPACE_IN_JUSTIFIED.sub("", p) for p in parts)


def undouble(line: str) -> str:
    """Print once what bold type printed twice: 本报记者本报记者 张文华张文华 摄摄 → 本报记者 张文华 摄.

    A token X+X is halved when it stands in a run of at least two doubled
    tokens, or when X is three or more characters: a lone 哈哈 stays.
    """
    tokens = line.split(" ")
    doubled = [_is_doubled(t) for t in tokens]
    out = []
    for index, token in enumerate(tokens):
        in_run = doubled[index] and (
            (index > 0 and doubled[index - 1]) or (index + 1 < len(tokens) and doubled[index + 1])
        )
        if doubled[index] and (in_run or len(token) >= 6):
            token = token[: len(token) // 2]
        out.append(token)
    return " ".join(out)


def _is_doubled(token: str) -> bool:
    half = len(token) // 2
    return len(token) >= 2 and len(token) % 2 == 0 and token[:half] == token[half:]


def width(line: str) -> int:
    """Printed width in half-em units: CJK characters and Chinese punctuation (“”—… are
    full-width in print, though terminals draw some narrow) count two, half-width digits
    and Latin letters one. Spaces are not counted: extraction adds them around digits."""
    return sum(1 if ord(ch) < 0x2000 else 2 for ch in line if not ch.isspace())


_COLUMN_RUN = f"[{_HAN}{_FULL_WIDTH_PUNCTUATION}\u30020-9A-Za-z%.]{{6,}}"
_SIDE_BY_SIDE = re.compile(rf"{_COLUMN_RUN}(?:(?<=[{_HAN}]) (?=[{_HAN}]){_COLUMN_RUN})+")
_CLAUSE = re.compile("[，。、；]")
SIDE_BY_SIDE_LINES = 2
"""Lines of a page holding runs of two columns before the page is said to be set so."""


def side_by_side(text: str) -> list[int]:
    """0-based numbers of the lines that hold two columns' lines side by side (航）记者从市轨道
    交通集 里，共设车站21座): runs of running text parted by one space between two Chinese
    characters, each six characters or more, with a clause mark among them, as pdftotext prints
    columns whose gutter is too narrow for it to see. (A kicker's two phrases hold no clause
    mark; hung punctuation leaves its space beside the mark.)"""
    return [
        n
        for n, line in enumerate(text.split("\n"))
        if _SIDE_BY_SIDE.fullmatch(line.strip()) and _CLAUSE.search(line)
    ]


def closes_sentence(text: str) -> bool:
    """Whether text ends a sentence: 。！？… , or a closing quote right after one (。”)."""
    text = text.rstrip()
    if not text:
        return False
    if text[-1] in QUOTE_CLOSE:
        return len(text) > 1 and text[-2] in SENTENCE_END
    return text[-1] in SENTENCE_END
