"""Lay an article out in screen lines, remembering where each line came from.

Each line knows its role (title, paragraph, caption, ...) so the UI can style
it, and the block and character offset it starts at, so a reading position
can be kept in source terms that survive a resize or a script change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from paperterm.model.issue import Article, Heading
from paperterm.model.linebreak import COMFORTABLE_MEASURE, wrap, wrap_pieces, wrap_title
from paperterm.model.plaintext import (
    INDENT,
    LABELS,
    Labels,
    byline_line,
    continuation_line,
    continued_from_line,
)

Role = Literal[
    "series",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "paragraph",
    "heading",
    "caption",
    "credit",
    "continued",
    "blank",
]

BALANCED: frozenset[Role] = frozenset({"series", "kicker", "title", "subtitle", "heading"})
"""Display lines, set as headlines are: no last line of one or two characters (…防治工 / 作)."""
HEAD = -1
"""Block index of lines that belong to the title block, not the body."""
TAIL = -2
"""Block index of caption, credit and continuation lines after the body."""


@dataclass(frozen=True)
class LaidLine:
    """One screen line of an article: text, role, and its place in the source."""

    text: str
    role: Role
    block: int
    start: int
    indent: int = 0


BLANK_BEFORE = -1
"""The offset that names the blank line before a body block, a position of its own (the block's
text starts at offset 0): a reader who left the article there comes back there."""


def measure(pane_width: int) -> int:
    """The text column for a pane: all of a narrow pane, about 40 CJK characters of a wide one."""
    return max(2, min(pane_width, COMFORTABLE_MEASURE))


SourceKey = tuple[int, str]
"""Which string of an article a line comes from: (block, role) for the title block and
caption, (body index, "body") for paragraphs and headings."""


def source_key(line: LaidLine) -> SourceKey:
    """The key of the source string a laid-out line was cut from."""
    return (line.block, line.role) if line.block in (HEAD, TAIL) else (line.block, "body")


def article_sources(article: Article) -> dict[SourceKey, str]:
    """Every string of an article a reader sees, keyed like source_key(): for matching and search."""
    sources: dict[SourceKey, str] = {}
    for role, text in _head(article):
        sources[(HEAD, role)] = text
    for index, block in enumerate(article.body):
        sources[(index, "body")] = block.text if isinstance(block, Heading) else block
    for role, text in _tail(article):
        sources[(TAIL, role)] = text
    return sources


def _head(article: Article) -> list[tuple[Role, str]]:
    fields: list[tuple[Role, str | None]] = [
        ("series", article.series),
        ("kicker", article.kicker),
        ("title", article.title),
        ("subtitle", article.subtitle),
        ("byline", byline_line(article)),
    ]
    return [(role, text) for role, text in fields if text]


def _tail(article: Article) -> list[tuple[Role, str]]:
    fields: list[tuple[Role, str | None]] = [("caption", article.caption), ("credit", article.credit)]
    return [(role, text) for role, text in fields if text]


def layout_article(article: Article, width: int, labels: Labels = LABELS) -> list[LaidLine]:
    """Break every part of the article into lines of at most `width` cells."""
    return [line for batch in laid_batches(article, width, labels) for line in batch]


def laid_batches(
    article: Article, width: int, labels: Labels = LABELS, piece: int | None = None
) -> Iterator[list[LaidLine]]:
    """The article's lines in reading order, a batch at a time: each title string, heading or
    caption whole, each paragraph whole or (`piece`) a few thousand characters at a time
    (`linebreak.wrap_pieces`: the same lines), so a reader of a huge paragraph waits for no more
    than is on screen (`model.lazy_layout`)."""

    def lines_of(text: str, role: Role, block: int) -> list[LaidLine]:
        layout = wrap_title if role in BALANCED else wrap
        return [LaidLine(ln.text, role, block, ln.start) for ln in layout(text, width)]

    for role, text in _head(article):
        yield lines_of(text, role, HEAD)
    back = continued_from_line(article, labels)
    if back:
        yield lines_of(back, "continued", HEAD)
    for index, block in enumerate(article.body):
        blank = LaidLine("", "blank", index, 0)
        if isinstance(block, Heading):
            yield [blank, *lines_of(block.text, "heading", index)]
            continue
        text = INDENT + block
        batches = wrap_pieces(text, width, piece) if piece else iter([wrap(text, width)])
        for batch in batches:
            laid = [blank] if batch[0].start == 0 else []  # only the first line starts at 0
            for ln in batch:
                if ln.start == 0:
                    laid.append(LaidLine(ln.text[len(INDENT) :], "paragraph", index, 0, indent=len(INDENT)))
                else:
                    laid.append(LaidLine(ln.text, "paragraph", index, ln.start - len(INDENT)))
            yield laid
    tail = _tail(article)
    if tail:
        yield [LaidLine("", "blank", TAIL, 0)]
        for role, text in tail:
            yield lines_of(text, role, TAIL)
    continuation = continuation_line(article, labels)
    if continuation:
        yield [LaidLine("", "blank", TAIL, 0), *lines_of(continuation, "continued", TAIL)]
