"""An article laid out only as far as it is read.

`layout_article` breaks a whole article at once, which for a paragraph of five megabytes is a
second and more before the first line shows. The article pane instead keeps a `LazyLayout`: the
same lines (`layout.laid_batches`, a long paragraph a few thousand characters at a time), laid out
when asked for — what is on screen and a margin, or as far as a jump goes — and until the last
line is laid, an estimate of how many lines there will be, for the scrollbar.
"""

from __future__ import annotations

from paperterm.model.issue import Article
from paperterm.model.layout import LaidLine, article_sources, laid_batches
from paperterm.model.linebreak import PIECE
from paperterm.model.plaintext import LABELS, Labels


class LazyLayout:
    """The lines of one article at one width; `lines` holds those laid out so far, in order, and
    only ever grows (so indices into it stay valid)."""

    def __init__(self, article: Article, width: int, labels: Labels = LABELS, piece: int = PIECE) -> None:
        self.width = max(width, 1)
        self.lines: list[LaidLine] = []
        self.complete = False
        self.laid_chars = 0
        """Characters of the article's text laid out so far: what the work done is proportional to."""
        self._batches = laid_batches(article, width, labels, piece)
        sources = article_sources(article).values()
        self._chars = sum(map(len, sources))
        # A CJK character takes two cells; text with none takes one a character.
        self._cells = 1 if all(text.isascii() for text in sources) else 2
        self._blocks = len(article.body) + 1  # a blank line before each body block and the caption
        self._started = 0

    def more(self) -> bool:
        """Lay out the next batch (a title string, a heading, a piece of a paragraph); False when
        there was nothing left."""
        if self.complete:
            return False
        batch = next(self._batches, None)
        if batch is None:
            self.complete = True
            return False
        self.lines.extend(batch)
        self.laid_chars += sum(len(line.text) for line in batch)
        self._started += sum(1 for line in batch if line.role == "blank")
        return True

    def extend(self, lines: int, chars: int = 0) -> None:
        """Lay out until there are at least `lines` lines and `chars` characters, or all of them."""
        while (len(self.lines) < lines or self.laid_chars < chars) and self.more():
            pass

    def lay_out(self, chars: int) -> None:
        """Lay out about `chars` more characters (a slice of work that keeps the keyboard answered)."""
        self.extend(0, self.laid_chars + chars)

    def finish(self) -> None:
        """Lay out everything."""
        while self.more():
            pass

    @property
    def total(self) -> int:
        """How many lines the article has: exact once complete, until then an estimate from the
        characters left (cells over the measure, a blank line a block) that is always more than the
        lines laid, so the reader can scroll on into what is not laid out yet."""
        if self.complete:
            return len(self.lines)
        cells = max(0, self._chars - self.laid_chars) * self._cells
        rest = -(-cells // self.width) + max(0, self._blocks - self._started)
        return len(self.lines) + max(rest, 1)
