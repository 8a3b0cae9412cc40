"""Which commands each place answers to, in footer order."""

from __future__ import annotations

from paperterm.commands.archive import (
    ArchiveSearch,
    Calendar,
    NextIssue,
    NextUnreadIssue,
    Papers,
    PreviousIssue,
    Quit,
    QuitNow,
)
from paperterm.commands.base import Command
from paperterm.commands.kept import KeepArticle, KeptArticles
from paperterm.commands.reading import (
    Back,
    CopyArticle,
    CopyCitation,
    Follow,
    HalfPageDown,
    HalfPageUp,
    Help,
    Keywords,
    NextArticle,
    NextMatch,
    NextPage,
    NextPane,
    NextUnread,
    OpenArticle,
    PageMap,
    PageRead,
    PickScript,
    PreviousArticle,
    PreviousMatch,
    PreviousPage,
    PreviousPane,
    ReadOn,
    Search,
    TableOfContents,
    ToggleRead,
    ToggleScript,
    ToggleSidebar,
    ToggleZoom,
)

READER: tuple[type[Command], ...] = (
    Help,  # first in the footer, with Quit: they stay when a narrow footer cuts the rest
    Quit,
    NextArticle,
    PreviousArticle,
    NextPage,
    PreviousPage,
    NextPane,
    PreviousPane,
    OpenArticle,
    Back,
    ToggleSidebar,
    ToggleZoom,
    ToggleScript,
    PickScript,
    Keywords,
    Search,
    TableOfContents,
    PageMap,
    NextMatch,
    PreviousMatch,
    ToggleRead,
    NextUnread,
    PageRead,
    Follow,
    ReadOn,
    HalfPageDown,
    HalfPageUp,
    CopyArticle,
    CopyCitation,
    KeepArticle,
    KeptArticles,
    PreviousIssue,
    NextIssue,
    NextUnreadIssue,
    Calendar,
    Papers,
    ArchiveSearch,
)
"""The reader screen's keys: its own actions, and the app's for moving between issues."""

APP: tuple[type[Command], ...] = (Quit, QuitNow)
"""Keys that work on every screen."""
