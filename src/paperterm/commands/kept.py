"""收藏: keeping an article, and the list of kept articles across every issue."""

from __future__ import annotations

from paperterm.commands.base import Command
from paperterm.i18n import N_


class KeepArticle(Command):
    KEY = "asterisk"
    ACTION = "keep"
    TITLE = N_("Keep")
    HELP = N_("Keep the article (收藏), or keep it no longer")
    KEY_DISPLAY = "*"


class KeptArticles(Command):
    """The app's: choosing a kept article may open another issue."""

    KEY = "K"
    ACTION = "app.kept"
    TITLE = N_("Kept")
    HELP = N_("Kept articles (收藏) of every issue: enter reads one, * or d keeps it no longer")
