"""The page a reader is shown, out of the sheet a PDF page describes.

A print-ready page sits on a larger sheet: the trim box is the page as cut, and outside it lie
the bleed (artwork run past the cut), crop and registration marks, colour bars and the slug line
of printer's text, none of which a reader ever sees. A PDF page may also be stored turned
(/Rotate) and shown upright. Every position the importer reads is taken into this view: points
from the top-left corner of the page as shown.
"""

from __future__ import annotations

from typing import NamedTuple

from paperterm.importer.pdf.ink import Box

Rect = tuple[float, float, float, float]
"""left, bottom, right, top in PDF user space (y upward), as PDF boxes are given."""

SMALLEST_PAGE = 72.0
"""Points: a trim or crop box with a side shorter than an inch is a mistake, not a page."""


class PageView(NamedTuple):
    """The visible box in user space and the quarter turns (clockwise) it is shown at."""

    left: float
    bottom: float
    right: float
    top: float
    rotate: int
    """0, 90, 180 or 270: the page's /Rotate, clockwise as the PDF format counts it."""

    @property
    def size(self) -> tuple[float, float]:
        """Width and height of the page as shown."""
        across, up = self.right - self.left, self.top - self.bottom
        return (up, across) if self.rotate in (90, 270) else (across, up)

    def point(self, x: float, y: float) -> tuple[float, float]:
        """A user-space point as (x, y) from the shown page's top-left corner."""
        if self.rotate == 90:
            return y - self.bottom, x - self.left
        if self.rotate == 180:
            return self.right - x, y - self.bottom
        if self.rotate == 270:
            return self.top - y, self.right - x
        return x - self.left, self.top - y

    def box(self, left: float, bottom: float, right: float, top: float) -> Box:
        """A user-space rectangle as a Box on the shown page."""
        x1, y1 = self.point(left, bottom)
        x2, y2 = self.point(right, top)
        return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)

    def angle(self, degrees: float) -> float:
        """A direction in user space (counterclockwise from the x axis) as the reader sees it."""
        return (degrees - self.rotate + 180.0) % 360.0 - 180.0

    def shows(self, x: float, y: float) -> bool:
        """Whether a point on the shown page (from `point`) lies on it."""
        width, height = self.size
        return 0.0 <= x <= width and 0.0 <= y <= height

    def margins(self, within: PageView) -> tuple[float, float, float, float]:
        """How much to cut off `within` (a larger box, shown at the same turn) on its left,
        bottom, right and top as shown, to leave this page: what a renderer is told to crop."""
        x1, y1, x2, y2 = within.box(self.left, self.bottom, self.right, self.top)
        width, height = within.size
        return max(x1, 0.0), max(height - y2, 0.0), max(width - x2, 0.0), max(y1, 0.0)


def page_view(media: Rect, crop: Rect, trim: Rect, rotate: int) -> PageView:
    """The page as cut: the trim box if the PDF gives one, else the crop box (what a viewer
    shows), else the media box; each within the boxes after it, as viewers take them. A box
    that leaves less than a usable page is passed over for the next."""
    turn = rotate % 360 if rotate % 90 == 0 else 0
    media = _upright(media)
    shown = _within(_upright(crop), media)
    for box in (_within(_upright(trim), shown), shown, media):
        if box[2] - box[0] >= SMALLEST_PAGE and box[3] - box[1] >= SMALLEST_PAGE:
            return PageView(*box, rotate=turn)
    return PageView(*media, rotate=turn)


def shown_view(media: Rect, crop: Rect, rotate: int) -> PageView:
    """What a viewer (and PDFium's renderer) shows: the crop box within the media box."""
    return page_view(media, crop, crop, rotate)


def _upright(box: Rect) -> Rect:
    """A box given corner to corner in any order, as left, bottom, right, top."""
    return min(box[0], box[2]), min(box[1], box[3]), max(box[0], box[2]), max(box[1], box[3])


def _within(box: Rect, outer: Rect) -> Rect:
    return max(box[0], outer[0]), max(box[1], outer[1]), min(box[2], outer[2]), min(box[3], outer[3])
