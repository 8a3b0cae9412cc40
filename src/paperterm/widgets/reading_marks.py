"""One legend for the whole reader: the same marks and the same counts in every list, the calendar
and `paperterm list`."""

from __future__ import annotations

from paperterm.i18n import _

UNREAD, PARTLY, READ = "●", "◐", "✓"
"""An article (or a day's issue, or a page) not read, read in part, read to the end."""

KEPT = "★"
"""An article the reader keeps (收藏): after its reading mark in the headline list and the 目录."""


def legend() -> str:
    """What the marks mean, for the help screen, in the current language."""
    return _(
        "{unread} unread · {partly} in progress · {read} read · {kept} kept · counts are read/all"
    ).format(unread=UNREAD, partly=PARTLY, read=READ, kept=KEPT)
