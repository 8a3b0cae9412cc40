"""Commands the app runs (actions named `app.…`): moving between issues, and quitting."""

from __future__ import annotations

from paperterm.commands.base import Command
from paperterm.i18n import N_


class PreviousIssue(Command):
    KEY = "less_than_sign"
    ACTION = "app.step_issue(-1)"
    TITLE = N_("Day before")
    HELP = N_("Previous issue of this paper")
    KEY_DISPLAY = "<"


class NextIssue(Command):
    KEY = "greater_than_sign"
    ACTION = "app.step_issue(1)"
    TITLE = N_("Day after")
    HELP = N_("Next issue of this paper")
    KEY_DISPLAY = ">"


class Calendar(Command):
    KEY = "d"
    ACTION = "app.calendar"
    TITLE = N_("Calendar")
    HELP = N_("Calendar of this paper's issues")


class Papers(Command):
    KEY = "P"
    ACTION = "app.papers"
    TITLE = N_("Papers")
    HELP = N_("Read another paper of the library")


class ArchiveSearch(Command):
    KEY = "ctrl+f"
    ACTION = "app.archive_search"
    TITLE = N_("Archive")
    HELP = N_("Search every issue in the library")


class NextUnreadIssue(Command):
    KEY = "N"
    ACTION = "app.next_unread_issue"
    TITLE = N_("Unread issue")
    HELP = N_("Next issue not yet read: this paper's, then another's")


class Quit(Command):
    KEY = "q"
    ACTION = "app.quit"
    TITLE = N_("Quit")
    HELP = N_("Quit paperterm")
    FOOTER = True


class QuitNow(Command):
    """ctrl+c quits from anywhere, even from a text field, as in any terminal program."""

    KEY = "ctrl+c"
    ACTION = "app.quit"
    TITLE = N_("Quit")
    HELP = N_("Quit paperterm (as in any terminal program)")
    PRIORITY = True
    PALETTE = False
