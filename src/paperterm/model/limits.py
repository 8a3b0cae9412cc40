"""The largest numbers paperterm takes in, wherever they enter: issue files, the state, the environment.

Each is far beyond any real newspaper and far inside what SQLite's 64-bit
INTEGER and a float hold, so no value that passed the edge can overflow later
(a page number of 2**63 once passed `check` and then broke `open` and every
search). docs/security.md lists them.
"""

from __future__ import annotations

MAX_PAGE = 9999
"""Page numbers, and the pages `continued_on` / `continued_from` name (1 … MAX_PAGE)."""

MAX_ARTICLES = 1_000_000
"""Articles in one issue."""

MAX_ID = 200
"""Characters in an article id (and in `continues`, which names one)."""

MAX_ISSUE_MB = 4096
"""The largest $PAPERTERM_MAX_ISSUE_MB: a file is read whole, so a limit must fit in memory."""

MAX_BLOCK = 1_000_000
"""Body blocks (paragraphs, 小标题) in one article: a reading position's block index."""

MAX_OFFSET = 1_000_000_000
"""A character offset within one block: a reading position's offset."""

MAX_NAME = 10_000
"""Characters in a one-line value kept in the reading state (an id, a title, a paper's name, a path)."""
