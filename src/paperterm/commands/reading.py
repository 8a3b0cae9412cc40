"""Commands within one issue; the reader screen runs them."""

from __future__ import annotations

from paperterm.commands.base import Command
from paperterm.i18n import N_


class NextArticle(Command):
    KEY = "n"
    ACTION = "next_article"
    TITLE = N_("Next")
    HELP = N_("Next article, across pages")
    FOOTER = True


class PreviousArticle(Command):
    KEY = "p"
    ACTION = "previous_article"
    TITLE = N_("Previous")
    HELP = N_("Previous article, across pages")
    FOOTER = True


class NextPage(Command):
    KEY = "right_square_bracket"
    ACTION = "next_page"
    TITLE = N_("Next page")
    HELP = N_("Next page")
    KEY_DISPLAY = "]"


class PreviousPage(Command):
    KEY = "left_square_bracket"
    ACTION = "previous_page"
    TITLE = N_("Previous page")
    HELP = N_("Previous page")
    KEY_DISPLAY = "["


class NextPane(Command):
    KEY = "tab"
    ACTION = "cycle_pane(1)"
    TITLE = N_("Pane")
    HELP = N_("Next pane")
    PRIORITY = True
    PALETTE = False


class PreviousPane(Command):
    KEY = "shift+tab"
    ACTION = "cycle_pane(-1)"
    TITLE = N_("Pane back")
    HELP = N_("Previous pane")
    PRIORITY = True
    PALETTE = False


class OpenArticle(Command):
    KEY = "enter"
    ACTION = "open_article"
    TITLE = N_("Read")
    HELP = N_("Read the chosen article")
    PALETTE = False


class Back(Command):
    KEY = "escape"
    ACTION = "back"
    TITLE = N_("Back")
    HELP = N_("Back to the headline list")
    PALETTE = False


class ToggleSidebar(Command):
    KEY = "s"
    ACTION = "toggle_sidebar"
    TITLE = N_("Pages")
    HELP = N_("Show or hide the page sidebar")


class ToggleZoom(Command):
    KEY = "z"
    ACTION = "toggle_zoom"
    TITLE = N_("Zoom")
    HELP = N_("Article alone, full width")
    FOOTER = True


class ToggleScript(Command):
    KEY = "t"
    ACTION = "toggle_script"
    TITLE = N_("简/繁")
    HELP = N_("Switch between the printed script and the other")
    FOOTER = True


class PickScript(Command):
    KEY = "T"
    ACTION = "pick_script"
    TITLE = N_("Script")
    HELP = N_("Choose the script variant (臺灣, 香港, …)")


class Keywords(Command):
    KEY = "h"
    ACTION = "keywords"
    TITLE = N_("Keywords")
    HELP = N_("Keyword manager: add, remove, switch on/off")


class Search(Command):
    KEY = "slash"
    ACTION = "search"
    TITLE = N_("Search")
    HELP = N_("Search this issue")
    KEY_DISPLAY = "/"
    FOOTER = True


class NextMatch(Command):
    KEY = "full_stop"
    ACTION = "next_match"
    TITLE = N_("Next match")
    HELP = N_("Next match")
    KEY_DISPLAY = "."


class PreviousMatch(Command):
    KEY = "comma"
    ACTION = "previous_match"
    TITLE = N_("Prev match")
    HELP = N_("Previous match")
    KEY_DISPLAY = ","


class ToggleRead(Command):
    KEY = "m"
    ACTION = "toggle_read"
    TITLE = N_("Read/unread")
    HELP = N_("Mark the article read, or not read")


class NextUnread(Command):
    KEY = "u"
    ACTION = "next_unread"
    TITLE = N_("Unread")
    HELP = N_("Next unread article")
    FOOTER = True


class PageRead(Command):
    KEY = "U"
    ACTION = "page_read"
    TITLE = N_("Page read")
    HELP = N_("Mark the whole page read (asks first)")


class Follow(Command):
    KEY = "c"
    ACTION = "follow"
    TITLE = N_("Continued")
    HELP = N_("Go to where the article goes on (下转), or back (上接)")


class ReadOn(Command):
    KEY = "o"
    ACTION = "toggle_read_on"
    TITLE = N_("Read on")
    HELP = N_("Show a continued article with its later parts as one")


class Help(Command):
    KEY = "question_mark"
    ACTION = "help"
    TITLE = N_("Keys")
    HELP = N_("This list of keys")
    KEY_DISPLAY = "?"
    FOOTER = True


class HalfPageDown(Command):
    KEY = "ctrl+d"
    ACTION = "half_page(1)"
    TITLE = N_("Half page")
    HELP = N_("Half a screen down in the article (as in less and vim)")


class HalfPageUp(Command):
    KEY = "ctrl+u"
    ACTION = "half_page(-1)"
    TITLE = N_("Half page up")
    HELP = N_("Half a screen up in the article")


class CopyArticle(Command):
    KEY = "y"
    ACTION = "copy_article"
    TITLE = N_("Copy")
    HELP = N_("Copy the article as plain text (OSC 52: works over SSH)")


class CopyCitation(Command):
    KEY = "Y"
    ACTION = "copy_citation"
    TITLE = N_("Cite")
    HELP = N_("Copy the article's citation: 《报名》日期第N版《标题》")


class TableOfContents(Command):
    KEY = "i"
    ACTION = "contents"
    TITLE = N_("目录")
    HELP = N_("目录: every page's headlines at once")


class PageMap(Command):
    KEY = "v"
    ACTION = "page_map"
    TITLE = N_("版面图")
    HELP = N_("See the page as printed and choose an article on it")
