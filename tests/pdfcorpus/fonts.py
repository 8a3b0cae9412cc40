"""The corpus's three CJK faces and their metrics: two CID fonts reportlab knows by name, one
TrueType font embedded from its Debian package (fonts-wqy-zenhei, installed by .ci/run)."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from tests.pdfcorpus.spec import FontName

ZENHEI = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
FULL_WIDTH_EXTRA = frozenset("“”‘’—…·")
"""Set on the em grid in Chinese text, though Unicode calls their width ambiguous."""


@cache
def register(font: FontName) -> str:
    """Make the face known to reportlab once; a missing font file is one clear sentence."""
    if font == "zenhei":
        if not ZENHEI.exists():
            raise RuntimeError(f"{ZENHEI} is missing: apt-get install fonts-wqy-zenhei (.ci/run does)")
        pdfmetrics.registerFont(TTFont(font, str(ZENHEI), subfontIndex=0))
    else:
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    return font


def full_width(ch: str) -> bool:
    """A character that takes a whole em: ideographs, kana, full-width punctuation and forms."""
    return unicodedata.east_asian_width(ch) in ("W", "F") or ch in FULL_WIDTH_EXTRA


@cache
def half_advance(ch: str, font: FontName, size: float) -> float:
    """A Latin letter, digit or half-width sign at the font's own width."""
    return float(pdfmetrics.stringWidth(ch, register(font), size))


def advance(ch: str, font: FontName, size: float) -> float:
    """How far the pen moves after `ch`: an em for CJK, the font's width for Latin."""
    return size if full_width(ch) else half_advance(ch, font, size)


def width(text: str, font: FontName, size: float) -> float:
    """The printed width of a line of text."""
    return sum(advance(ch, font, size) for ch in text)


def natural_advance(ch: str, font: FontName, size: float) -> float:
    """Where the font itself would put the next glyph: runs are drawn while this agrees."""
    return float(pdfmetrics.stringWidth(ch, register(font), size))
