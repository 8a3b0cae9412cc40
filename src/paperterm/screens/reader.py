"""The three-pane reader: pages, headlines, article.

The screen owns the reading state (which page, which article) and hands it
down to the panes through data binding; the panes report the reader's moves
up with messages.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.events import Resize
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from paperterm.model.issue import Article, Issue, Page
from paperterm.widgets.article_view import ArticleView
from paperterm.widgets.headline_list import HeadlineList
from paperterm.widgets.issue_header import IssueHeader
from paperterm.widgets.page_list import PageList

NARROW = 100
"""Below this many columns the sidebar folds away."""
SINGLE = 60
"""Below this many columns one pane shows at a time."""
PANES = ("sidebar", "headlines", "article")


class ReaderScreen(Screen[None]):
    """Reads one issue."""

    BINDINGS = [
        Binding("n", "next_article", "Next", tooltip="Next article, across pages"),
        Binding("p", "previous_article", "Previous", tooltip="Previous article, across pages"),
        Binding("right_square_bracket", "next_page", "Next page", key_display="]", show=False),
        Binding("left_square_bracket", "previous_page", "Previous page", key_display="[", show=False),
        Binding("tab", "cycle_pane(1)", "Pane", tooltip="Next pane", show=False, priority=True),
        Binding(
            "shift+tab",
            "cycle_pane(-1)",
            "Pane back",
            tooltip="Previous pane",
            show=False,
            priority=True,
        ),
        Binding("enter", "open_article", "Read", tooltip="Read the chosen article", show=False),
        Binding("escape", "back", "Back", tooltip="Back to the headline list", show=False),
        Binding("s", "toggle_sidebar", "Pages", tooltip="Show or hide the page sidebar", show=False),
        Binding("z", "toggle_zoom", "Zoom", tooltip="Article alone, full width"),
        Binding("question_mark", "help", "Keys", tooltip="This list of keys", key_display="?"),
    ]

    page: var[Page | None] = var(None)
    article: var[Article | None] = var(None)
    pane: var[str] = var("headlines")
    zoomed: var[bool] = var(False)
    sidebar_shown: var[bool] = var(False)

    def __init__(self, issue: Issue) -> None:
        super().__init__()
        self.issue = issue

    def compose(self) -> ComposeResult:
        yield IssueHeader(self.issue, id="header").data_bind(ReaderScreen.page)
        with Horizontal(id="panes"):
            yield PageList(self.issue, id="sidebar").data_bind(ReaderScreen.page)
            yield HeadlineList(id="headlines").data_bind(ReaderScreen.page, ReaderScreen.article)
            yield ArticleView(id="article").data_bind(ReaderScreen.article)
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        first = self.issue.pages[0]
        self.page = first
        self.article = first.articles[0] if first.articles else None
        self.query_one("#headlines").focus()

    def on_resize(self, event: Resize) -> None:
        width = event.size.width
        self.set_class(width < NARROW, "-narrow")
        self.set_class(width < SINGLE, "-single")

    def watch_pane(self, pane: str) -> None:
        for name in PANES:
            self.set_class(pane == name, f"-pane-{name}")

    def watch_zoomed(self, zoomed: bool) -> None:
        self.set_class(zoomed, "-zoomed")

    def watch_sidebar_shown(self, shown: bool) -> None:
        self.set_class(shown, "-sidebar-shown")

    def _visible_panes(self) -> list[str]:
        """The panes a reader can reach with tab in the current layout."""
        if self.zoomed:
            return ["article"]
        panes = list(PANES)
        if self.has_class("-narrow") and not self.sidebar_shown:
            panes.remove("sidebar")
        return panes

    def show_pane(self, pane: str) -> None:
        """Make a pane visible (in one-pane layouts) and give it the keyboard."""
        self.pane = pane
        widget = self.query_one(f"#{pane}", Widget)
        self.call_after_refresh(widget.focus)

    def on_descendant_focus(self) -> None:
        focused = self.focused
        if focused is not None and focused.id in PANES:
            self.pane = focused.id

    def action_cycle_pane(self, step: int) -> None:
        panes = self._visible_panes()
        current = self.pane if self.pane in panes else panes[0]
        self.show_pane(panes[(panes.index(current) + step) % len(panes)])

    def action_open_article(self) -> None:
        if self.article is not None:
            self.show_pane("article")

    def action_back(self) -> None:
        if self.zoomed:
            self.zoomed = False
        self.show_pane("headlines")

    def action_toggle_sidebar(self) -> None:
        self.sidebar_shown = not self.sidebar_shown
        if self.sidebar_shown:
            self.zoomed = False
            self.show_pane("sidebar")
        elif self.pane == "sidebar":
            self.show_pane("headlines")

    def action_toggle_zoom(self) -> None:
        self.zoomed = not self.zoomed
        self.show_pane("article" if self.zoomed else "headlines")

    def action_help(self) -> None:
        from paperterm.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def _step_article(self, step: int) -> None:
        ordered = list(self.issue.articles())
        if not ordered:
            return
        keys = [a.id for _, a in ordered]
        index = keys.index(self.article.id) if self.article is not None else -1
        target = index + step
        if 0 <= target < len(ordered):
            self.page, self.article = ordered[target]
        else:
            self.notify("No more articles" if step > 0 else "This is the first article", timeout=2)

    def action_next_article(self) -> None:
        self._step_article(1)

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def _step_page(self, step: int) -> None:
        if self.page is None:
            return
        index = self.issue.pages.index(self.page) + step
        if 0 <= index < len(self.issue.pages):
            self._go_to_page(self.issue.pages[index])
        else:
            self.notify("No more pages" if step > 0 else "This is the first page", timeout=2)

    def _go_to_page(self, page: Page) -> None:
        self.page = page
        self.article = page.articles[0] if page.articles else None

    def action_next_page(self) -> None:
        self._step_page(1)

    def action_previous_page(self) -> None:
        self._step_page(-1)

    @on(PageList.Chosen)
    def _page_chosen(self, event: PageList.Chosen) -> None:
        if event.page != self.page:
            self._go_to_page(event.page)

    @on(HeadlineList.Highlighted)
    def _article_highlighted(self, event: HeadlineList.Highlighted) -> None:
        self.article = event.article

    @on(HeadlineList.Chosen)
    def _article_chosen(self, event: HeadlineList.Chosen) -> None:
        self.article = event.article
        self.show_pane("article")
