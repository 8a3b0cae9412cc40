"""Archive search queries: words to find (with OR), words to exclude, matched on folded text.

Grammar (the README's search section says the same):

- words separated by spaces must all appear (AND); a word is found as written, as a
  substring of the article (煤矿 finds 煤矿安全);
- `A OR B` (OR in capitals, a word of its own) needs either; OR binds tighter than the
  space, so `煤矿 安全 OR 事故` is 煤矿 AND (安全 OR 事故);
- `-word` excludes articles holding it;
- `"..."` quotes a word with spaces in it, or a literal `OR` or leading `-`.

The index (cache/search_index.py) only narrows the candidates: every hit is
checked here against the article's folded text, so the answer is the same as a
plain scan of the files would give, for any query length.
"""

# No `from __future__ import annotations`: typing.NamedTuple would compile every field's
# annotation string at import (a few ms a module, on a command that must start fast).
import re
from typing import TYPE_CHECKING, NamedTuple

from paperterm.model.words import snippet_bounds

if TYPE_CHECKING:
    from paperterm.model.fold import Fold
    from paperterm.model.issue import Article

_TERM = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
SNIPPET_CONTEXT = 16
"""Characters of context on each side of the first match in a snippet."""
OR = "OR"
TITLE_WEIGHT = 5
"""How many matches in the body one match in the title is worth, for the relevance order."""
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF), (0x2A700, 0x2EBEF))


class QueryError(ValueError):
    """A query that cannot be searched for (nothing to find)."""


class Query(NamedTuple):
    """Folded words: a word of every group (words joined by OR) must appear, none of `exclude`."""

    groups: tuple[tuple[str, ...], ...]
    exclude: tuple[str, ...] = ()

    @property
    def include(self) -> tuple[str, ...]:
        """Every word to find, once each: what a hit paints."""
        return tuple(dict.fromkeys(w for group in self.groups for w in group))

    def matches(self, folded: str) -> bool:
        """Whether a folded text holds a word of every group and no excluded word."""
        return all(any(w in folded for w in group) for group in self.groups) and not any(
            w in folded for w in self.exclude
        )

    @property
    def exact_in_index(self) -> bool:
        """Whether the index's tokens alone decide a match: every word is one or two Han characters.

        Such a word is a token of the index as it is (a character pair, or the prefix of
        one), so the index's answer needs no check against the text (`--count`).
        """
        return all(len(w) <= 2 and all(map(_is_han, w)) for w in (*self.include, *self.exclude))


def _is_han(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _HAN_RANGES)


def split_terms(text: str) -> tuple[list[list[str]], list[str]]:
    """The groups of words to find (alternatives joined by OR) and the words to exclude, as typed."""
    groups: list[list[str]] = []
    exclude: list[str] = []
    joining = False
    for match in _TERM.finditer(text):
        quoted = match[2] is not None
        negative, word = (match[1], match[2]) if quoted else (match[3], match[4])
        if not quoted and not negative and word == OR:
            joining = bool(groups)
            continue
        if not word.strip():
            continue
        if negative:
            exclude.append(word)
        elif joining:
            groups[-1].append(word)
        else:
            groups.append([word])
        joining = False
    return groups, exclude


def parse_query(text: str, fold: "Fold") -> Query:
    """`煤矿 安全 OR 事故 -演习 "a phrase"`: see the module's grammar."""
    typed, unwanted = split_terms(text)
    groups = [tuple(dict.fromkeys(fold(w) for w in group)) for group in typed]
    if not groups:
        raise QueryError("the query has no word to find (only -words, OR, or nothing)")
    return Query(tuple(dict.fromkeys(groups)), tuple(dict.fromkeys(fold(w) for w in unwanted)))


def first_word(text: str) -> str:
    """The first word to find, as typed: what the reader paints when a hit is opened."""
    groups, _ = split_terms(text)
    return groups[0][0] if groups else ""


def article_text(article: "Article") -> str:
    """Every string of an article a reader sees, one per line: what search looks in."""
    from paperterm.model.layout import article_sources  # only to index: a search reads stored text

    return "\n".join(article_sources(article).values())


def grams(folded: str) -> str:
    """Index tokens for folded text: every overlapping character pair, then the last character alone.

    FTS5's unicode61 tokenizer splits the pairs on spaces and punctuation, and a query
    word's pairs are cut the same way (fts_expression), so every pair of a substring is a
    token of the text's.
    """
    if not folded:
        return ""
    return " ".join(map(str.__add__, folded, folded[1:])) + " " + folded[-1]


def word_terms(word: str) -> list[str]:
    """FTS5 strings every article holding `word` must match: a one-character word is the
    prefix of a pair; a longer word needs each of its pairs (an AND, no positions).
    Strings the tokenizer finds no token in must be left out by the caller."""
    if len(word) == 1:
        return [f'"{_quote(word)}" *']
    return [f'"{_quote(word[i : i + 2])}"' for i in range(len(word) - 1)]


def _quote(text: str) -> str:
    return text.replace('"', '""')


class TextMatcher:
    """A query matched on text as it is written, through the fold's character classes
    (Fold.pattern): the same answers, offsets and counts as the query on folded text, without
    folding every article a search reads."""

    def __init__(self, query: Query, fold: "Fold") -> None:
        self.query = query
        self._groups = [[fold.pattern(w) for w in group] for group in query.groups]
        self._exclude = [fold.pattern(w) for w in query.exclude]
        self._include = [fold.pattern(w) for w in query.include]

    def matches(self, text: str) -> bool:
        """Whether the text holds a word of every group and no excluded word (Query.matches)."""
        return all(any(p.search(text) for p in group) for group in self._groups) and not any(
            p.search(text) for p in self._exclude
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the words to find are, in order, overlaps merged."""
        found = sorted(m.span() for p in self._include for m in p.finditer(text))
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def score(self, title: str, text: str) -> int:
        """Relevance: matches of the words in the text, each one in the title counting TITLE_WEIGHT times."""
        return sum(len(p.findall(text)) + (TITLE_WEIGHT - 1) * len(p.findall(title)) for p in self._include)


def snippet(
    text: str, spans: list[tuple[int, int]], width: int = SNIPPET_CONTEXT
) -> tuple[str, list[tuple[int, int]]]:
    """A line of text around the first of `spans` (TextMatcher.spans), and where they are in it."""
    if not spans:
        return text[: 2 * width].replace("\n", " "), []
    lo, hi = snippet_bounds(text, spans[0][0], spans[0][1], width)
    inside = [(max(s, lo) - lo, min(e, hi) - lo) for s, e in spans if s < hi and e > lo]
    return text[lo:hi].replace("\n", " "), inside
