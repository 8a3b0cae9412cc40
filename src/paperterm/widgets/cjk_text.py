"""Rich Text set by paperterm's CJK line breaker, for every pane that shows issue text.

Rich wraps only at spaces and folds anywhere else, so a line could start with
，。、 or cut 5.9% in two. Text broken here fits its width line by line, so Rich
has nothing left to wrap; styles (keyword colours) are kept.
"""

from __future__ import annotations

from rich.text import Text

from paperterm.model.linebreak import cell_width, wrap, wrap_title

ELLIPSIS = "…"


def broken(text: Text, width: int, *, title: bool = False, words: bool = False, indent: int = 0) -> Text:
    """`text` in lines of at most `width` cells; every line after the first starts with `indent` spaces
    (and the width left after them). `title`: no stranded last line; `words`: break at spaces only."""
    layout = wrap_title if title else wrap
    rows: list[Text] = []
    for hard_line in text.split("\n", allow_blank=True):
        plain = hard_line.plain
        lines = layout(plain, max(width - indent, 2), words=words)
        offsets = [line.start for line in lines[1:]]
        rows.extend(part.copy() for part in hard_line.divide(offsets))
    for row in rows:
        row.rstrip()
    if indent:
        rows[1:] = [Text(" " * indent) + row for row in rows[1:]]
    return Text("\n").join(rows)


def cut(text: Text, width: int) -> Text:
    """`text` on one line of at most `width` cells: whole when it fits, else up to the last place
    the line breaker would break a line (never inside 5.9% or a name, never before ，) and an
    ellipsis, so a pane that has one line keeps the same rules as one that wraps."""
    if text.cell_len <= width:
        return text
    first = wrap(text.plain, max(width - cell_width(ELLIPSIS), 1))[0]
    head = text[: len(first.text)]
    head.rstrip()
    head.append(ELLIPSIS)
    return head
