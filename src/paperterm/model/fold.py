"""A length-preserving character fold, so 煤礦 finds 煤矿 and ２０２４ finds 2024.

Every character OpenCC relates in either direction is put in one equivalence
class (卫/衛/衞, 着/著, 里/裏/裡 ...), and each class folds to one member. The
fold maps one character to one character, so an offset in folded text is the
same offset in the text on screen: fold both text and keyword, search, paint.
The table is built from the installed OpenCC by `paperterm.cache.fold_table`,
which keeps it as a file; this module is the pure part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF), (0x2A700, 0x2EBEF))
FOLD_CONFIGS = ("s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "t2tw", "tw2t", "t2hk", "hk2t")
"""Character-level configs only: the phrase configs (s2twp) change word lengths."""
PHRASE_DICTIONARIES = (
    "STPhrases",
    "TSPhrases",
    "TWVariantsPhrases",
    "TWVariantsRevPhrases",
    "HKVariantsPhrases",
    "HKVariantsRevPhrases",
)
"""Dictionaries whose entries convert a word character by character (了解 → 瞭解), so
their characters line up. The regional vocabulary ones (TWPhrases: 鼠标 → 滑鼠) do not."""

FoldTable = dict[int, int]

FOLD_VERSION = 2
"""Part of the cached table's key: a table kept by an older paperterm is built again."""


def _base_table() -> FoldTable:
    """Full-width ASCII to ASCII and upper to lower case: the fold without OpenCC."""
    table: FoldTable = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = code + 32
    for full in range(0xFF21, 0xFF3B):  # Ａ-Ｚ go all the way to a-z
        table[full] = full - 0xFEE0 + 32
    table[0x3000] = 0x20
    # Corner quotes fold to the curly ones: 「煤矿」 is found by “煤矿” and the other way round.
    table.update({ord("「"): ord("“"), ord("」"): ord("”"), ord("『"): ord("‘"), ord("』"): ord("’")})
    return table


def build_table(
    convert: Callable[[str, str], str],
    configs: Iterable[str] = FOLD_CONFIGS,
    phrases: Iterable[tuple[str, str]] = (),
) -> FoldTable:
    """Union every character with what each config turns it into, and the aligned
    characters of every same-length phrase pair (the context-dependent ones: 了/瞭)."""
    chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi + 1)]
    parent: dict[str, str] = {}

    def find(ch: str) -> str:
        root = ch
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(ch, ch) != root:
            parent[ch], ch = root, parent[ch]
        return root

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    source = "\n".join(chars)
    for config in configs:
        converted = convert(config, source).split("\n")
        if len(converted) != len(chars):
            continue
        for before, after in zip(chars, converted, strict=True):
            if len(after) == 1 and after != before:
                union(before, after)
    for before, after in phrases:
        if len(before) == len(after):
            for a, b in zip(before, after, strict=True):
                if a != b:
                    union(a, b)
    table = _base_table()
    for ch in parent:
        root = find(ch)
        if root != ch:
            table[ord(ch)] = ord(root)
    return table


class Fold:
    """Folds text for script-, width- and case-insensitive matching, one character for one."""

    def __init__(self, table: FoldTable | None = None, signature: str | None = None) -> None:
        self.table = table if table is not None else _base_table()
        self.signature = signature
        """What the table was built from (the OpenCC engine and fold version), when known: it names
        the table without hashing it."""

        self._preimages: dict[str, str] | None = None

    def __call__(self, text: str) -> str:
        return text.translate(self.table)

    def pattern(self, word: str) -> re.Pattern[str]:
        """Where text as written holds a folded word: each of its characters stands for every
        character that folds to it (矿 for 矿, 礦 and 鑛). Because the fold is one character for
        one, a match here is a match of `self(text)` at the same offsets, found without folding
        the text (folding an article costs ten times the search of it)."""
        if self._preimages is None:
            preimages: dict[str, list[str]] = {}
            for source, target in self.table.items():
                preimages.setdefault(chr(target), [chr(target)]).append(chr(source))
            self._preimages = {target: "".join(chars) for target, chars in preimages.items()}
        classes = (self._preimages.get(ch, ch) for ch in word)
        return re.compile("".join(f"[{re.escape(c)}]" if len(c) > 1 else re.escape(c) for c in classes))
