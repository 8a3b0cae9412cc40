"""What the reader starts with: remembered choices, config, command-line overrides."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from paperterm.model.highlight import Keyword
from paperterm.model.library import Library
from paperterm.model.script import DEFAULT_OTHER
from paperterm.state.reading import ReadingState


@dataclass(frozen=True)
class ReaderOptions:
    """Everything make_app() needs besides the issue; tests build one with just what they test."""

    script_on: bool = False
    script_other: str = DEFAULT_OTHER
    keywords: tuple[Keyword, ...] = ()
    state: ReadingState | None = None
    fold_cache: Path | None = None
    notices: tuple[str, ...] = field(default=())
    library: Library | None = None
    """The library the issue came from: for the calendar, other papers, < and >, archive search."""
    cache: Path | None = None
    """The cache dir for parsed issues and the search index; None keeps nothing."""
