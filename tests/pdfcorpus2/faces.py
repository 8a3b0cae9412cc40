"""The typefaces of the second corpus, one per typographic role, as Founder pages use them:
a 宋体 for the body, a 黑体 for titles, a 楷体 for kickers and lead-ins, a 明体 for a second
paper's body. Two are reportlab's CID fonts (no file); the rest are TrueType files from Debian
packages (fonts-wqy-zenhei, fonts-arphic-ukai, fonts-arphic-uming: .ci/run installs them)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from tests.pdfcorpus.fonts import full_width

Face = Literal["song", "msung", "hei", "kai", "ming", "kai-tw", "ming-tw"]
"""song: STSong-Light (宋体, CID); msung: MSung-Light (traditional 宋体, CID); hei: WenQuanYi
Zen Hei (黑体); kai / kai-tw: AR PL UKai CN / TW (楷体); ming / ming-tw: AR PL UMing CN / TW (明体)."""

CID = {"song": "STSong-Light", "msung": "MSung-Light"}
TRUETYPE: dict[str, tuple[Path, int]] = {
    "hei": (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
    "kai": (Path("/usr/share/fonts/truetype/arphic/ukai.ttc"), 0),
    "kai-tw": (Path("/usr/share/fonts/truetype/arphic/ukai.ttc"), 2),
    "ming": (Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 0),
    "ming-tw": (Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 2),
}
PACKAGE = {
    "wqy-zenhei.ttc": "fonts-wqy-zenhei",
    "ukai.ttc": "fonts-arphic-ukai",
    "uming.ttc": "fonts-arphic-uming",
}


@cache
def register(face: Face) -> str:
    """The face's reportlab name, registered once; a missing font file is one clear sentence."""
    name = f"c2-{face}"
    if face in CID:
        pdfmetrics.registerFont(UnicodeCIDFont(CID[face]))
        return CID[face]
    path, index = TRUETYPE[face]
    if not path.exists():
        raise RuntimeError(f"{path} is missing: apt-get install {PACKAGE[path.name]} (.ci/run does)")
    pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
    return name


def embedded(face: Face) -> bool:
    """The face is a TrueType file embedded in the PDF (a CID font is named, not embedded)."""
    return face not in CID


@cache
def _latin(ch: str, face: Face, size: float) -> float:
    return float(pdfmetrics.stringWidth(ch, register(face), size))


def advance(ch: str, face: Face, size: float) -> float:
    """How far the pen moves after `ch` set solid: an em for CJK, the font's width for Latin."""
    return size if full_width(ch) else _latin(ch, face, size)


def natural(ch: str, face: Face, size: float) -> float:
    """Where the font itself puts the next glyph (a run drawn with one Tj moves by this)."""
    return _latin(ch, face, size)
