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


def page_view(media: Rect, crop: Rect, trim: Rect, rotate: int) -> PageView:
    """The page as cut: the trim box if the PDF gives one, else the crop box (a viewer's), else
    the media box; each within the media box, as viewers take it. A box that leaves less than
    a usable page is passed over for the next."""
    for box in (trim, crop, media):
        left, bottom = max(box[0], media[0]), max(box[1], media[1])
        right, top = min(box[2], media[2]), min(box[3], media[3])
        if right - left >= SMALLEST_PAGE and top - bottom >= SMALLEST_PAGE:
            return PageView(left, bottom, right, top, rotate % 360 if rotate % 90 == 0 else 0)
    return PageView(*media, rotate=0)
