"""Commands the app runs (actions named `app.…`): moving between issues, and quitting."""

from __future__ import annotations

from paperterm.commands.base import Command


class PreviousIssue(Command):
    KEY = "less_than_sign"
    ACTION = "app.step_issue(-1)"
    TITLE = "Day before"
    HELP = "Previous issue of this paper"
    KEY_DISPLAY = "<"


class NextIssue(Command):
    KEY = "greater_than_sign"
    ACTION = "app.step_issue(1)"
    TITLE = "Day after"
    HELP = "Next issue of this paper"
    KEY_DISPLAY = ">"


class Calendar(Command):
    KEY = "d"
    ACTION = "app.calendar"
    TITLE = "Calendar"
    HELP = "Calendar of this paper's issues"


class Papers(Command):
    KEY = "P"
    ACTION = "app.papers"
    TITLE = "Papers"
    HELP = "Read another paper of the library"


class ArchiveSearch(Command):
    KEY = "ctrl+f"
    ACTION = "app.archive_search"
    TITLE = "Archive"
    HELP = "Search every issue in the library"


class NextUnreadIssue(Command):
    KEY = "N"
    ACTION = "app.next_unread_issue"
    TITLE = "Unread issue"
    HELP = "Next issue not yet read: this paper's, then another's"


class Quit(Command):
    KEY = "q"
    ACTION = "app.quit"
    TITLE = "Quit"
    HELP = "Quit paperterm"
    FOOTER = True


class QuitNow(Command):
    """ctrl+c quits from anywhere, even from a text field, as in any terminal program."""

    KEY = "ctrl+c"
    ACTION = "app.quit"
    TITLE = "Quit"
    HELP = "Quit paperterm (as in any terminal program)"
    PRIORITY = True
    PALETTE = False
