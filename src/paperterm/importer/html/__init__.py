"""Reading the papers' 数字报 (e-paper) sites: Founder's classic and pc systems and 人民日报's
old nbs pages, from saved pages (`paperterm import`) or from the site (`paperterm fetch`).

The parser (selectolax) is imported only when a page is read; importing this package costs
nothing on paperterm's start-up path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from paperterm.importer.issue import Imported


def import_html(
    paths: Sequence[Path],
    *,
    paper: str | None,
    paper_id: str | None,
    date: dt.date | None,
    profiles: Path | None = None,
) -> Imported:
    """The issue held by saved e-paper pages: folders (a mirror) or single saved pages.

    `profiles` is the reader's own profile folder (added to the shipped ones). The paper is
    the one named, else the paper profile whose site the folders repeat; the date is the one
    given, else the one the pages' addresses hold. Raises ImportProblem (a one-line message
    naming the file, or the profile and the field) for input it cannot read.
    """
    from paperterm.importer.html.mirror import import_mirror
    from paperterm.importer.html.profile import load_profiles

    crawled = import_mirror(paths, load_profiles(profiles), paper=paper, paper_id=paper_id, date=date)
    return crawled.imported
