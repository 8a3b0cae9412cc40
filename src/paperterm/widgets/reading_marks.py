"""One legend for the whole reader: the same marks and the same counts in every list, the calendar
and `paperterm list`."""

from __future__ import annotations

UNREAD, PARTLY, READ = "●", "◐", "✓"
"""An article (or a day's issue, or a page) not read, read in part, read to the end."""

KEPT = "★"
"""An article the reader keeps (收藏): after its reading mark in the headline list and the 目录."""

LEGEND = f"{UNREAD} unread · {PARTLY} in progress · {READ} read · {KEPT} kept · counts are read/all"
"""Said on the help screen."""
