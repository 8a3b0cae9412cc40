"""Which script a page is printed in (a PDF's pages, a saved site's): Traditional when most
of its characters that differ between the scripts are the Traditional forms."""

from __future__ import annotations

from collections import Counter

from paperterm.model.script import converter


def printed_language(text: str) -> str:
    """zh-Hant for text mostly in Traditional characters, else zh-Hans."""
    counts = Counter(ch for ch in text if "\u3400" <= ch <= "\u9fff")
    if not counts:
        return "zh-Hans"
    chars = list(counts)
    joined = "\n".join(chars)
    try:
        simplified = converter("t2s").convert(joined).split("\n")
        traditional = converter("s2t").convert(joined).split("\n")
    except Exception:  # OpenCC missing or broken: the usual case is the safe guess
        return "zh-Hans"
    if len(simplified) != len(chars) or len(traditional) != len(chars):
        return "zh-Hans"
    trad = sum(counts[c] for c, s in zip(chars, simplified, strict=True) if s != c)
    simp = sum(counts[c] for c, t in zip(chars, traditional, strict=True) if t != c)
    return "zh-Hant" if trad > simp else "zh-Hans"
