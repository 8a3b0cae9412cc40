"""Commands within one issue; the reader screen runs them."""

from __future__ import annotations

from paperterm.commands.base import Command


class NextArticle(Command):
    KEY = "n"
    ACTION = "next_article"
    TITLE = "Next"
    HELP = "Next article, across pages"
    FOOTER = True


class PreviousArticle(Command):
    KEY = "p"
    ACTION = "previous_article"
    TITLE = "Previous"
    HELP = "Previous article, across pages"
    FOOTER = True


class NextPage(Command):
    KEY = "right_square_bracket"
    ACTION = "next_page"
    TITLE = "Next page"
    HELP = "Next page"
    KEY_DISPLAY = "]"


class PreviousPage(Command):
    KEY = "left_square_bracket"
    ACTION = "previous_page"
    TITLE = "Previous page"
    HELP = "Previous page"
    KEY_DISPLAY = "["


class NextPane(Command):
    KEY = "tab"
    ACTION = "cycle_pane(1)"
    TITLE = "Pane"
    HELP = "Next pane"
    PRIORITY = True
    PALETTE = False


class PreviousPane(Command):
    KEY = "shift+tab"
    ACTION = "cycle_pane(-1)"
    TITLE = "Pane back"
    HELP = "Previous pane"
    PRIORITY = True
    PALETTE = False


class OpenArticle(Command):
    KEY = "enter"
    ACTION = "open_article"
    TITLE = "Read"
    HELP = "Read the chosen article"
    PALETTE = False


class Back(Command):
    KEY = "escape"
    ACTION = "back"
    TITLE = "Back"
    HELP = "Back to the headline list"
    PALETTE = False


class ToggleSidebar(Command):
    KEY = "s"
    ACTION = "toggle_sidebar"
    TITLE = "Pages"
    HELP = "Show or hide the page sidebar"


class ToggleZoom(Command):
    KEY = "z"
    ACTION = "toggle_zoom"
    TITLE = "Zoom"
    HELP = "Article alone, full width"
    FOOTER = True


class ToggleScript(Command):
    KEY = "t"
    ACTION = "toggle_script"
    TITLE = "简/繁"
    HELP = "Switch between the printed script and the other"
    FOOTER = True


class PickScript(Command):
    KEY = "T"
    ACTION = "pick_script"
    TITLE = "Script"
    HELP = "Choose the script variant (臺灣, 香港, …)"


class Keywords(Command):
    KEY = "h"
    ACTION = "keywords"
    TITLE = "Keywords"
    HELP = "Keyword manager: add, remove, switch on/off"


class Search(Command):
    KEY = "slash"
    ACTION = "search"
    TITLE = "Search"
    HELP = "Search this issue"
    KEY_DISPLAY = "/"
    FOOTER = True


class NextMatch(Command):
    KEY = "full_stop"
    ACTION = "next_match"
    TITLE = "Next match"
    HELP = "Next match"
    KEY_DISPLAY = "."


class PreviousMatch(Command):
    KEY = "comma"
    ACTION = "previous_match"
    TITLE = "Prev match"
    HELP = "Previous match"
    KEY_DISPLAY = ","


class ToggleRead(Command):
    KEY = "m"
    ACTION = "toggle_read"
    TITLE = "Read/unread"
    HELP = "Mark the article read, or not read"


class NextUnread(Command):
    KEY = "u"
    ACTION = "next_unread"
    TITLE = "Unread"
    HELP = "Next unread article"
    FOOTER = True


class PageRead(Command):
    KEY = "U"
    ACTION = "page_read"
    TITLE = "Page read"
    HELP = "Mark the whole page read (asks first)"


class Follow(Command):
    KEY = "c"
    ACTION = "follow"
    TITLE = "Continued"
    HELP = "Go to where the article goes on (下转), or back (上接)"


class ReadOn(Command):
    KEY = "o"
    ACTION = "toggle_read_on"
    TITLE = "Read on"
    HELP = "Show a continued article with its later parts as one"


class Help(Command):
    KEY = "question_mark"
    ACTION = "help"
    TITLE = "Keys"
    HELP = "This list of keys"
    KEY_DISPLAY = "?"
    FOOTER = True


class HalfPageDown(Command):
    KEY = "ctrl+d"
    ACTION = "half_page(1)"
    TITLE = "Half page"
    HELP = "Half a screen down in the article (as in less and vim)"


class HalfPageUp(Command):
    KEY = "ctrl+u"
    ACTION = "half_page(-1)"
    TITLE = "Half page up"
    HELP = "Half a screen up in the article"


class CopyArticle(Command):
    KEY = "y"
    ACTION = "copy_article"
    TITLE = "Copy"
    HELP = "Copy the article as plain text (OSC 52: works over SSH)"


class CopyCitation(Command):
    KEY = "Y"
    ACTION = "copy_citation"
    TITLE = "Cite"
    HELP = "Copy the article's citation: 《报名》日期第N版《标题》"


class TableOfContents(Command):
    KEY = "i"
    ACTION = "contents"
    TITLE = "目录"
    HELP = "目录: every page's headlines at once"


class PageMap(Command):
    KEY = "v"
    ACTION = "page_map"
    TITLE = "版面图"
    HELP = "See the page as printed and choose an article on it"
