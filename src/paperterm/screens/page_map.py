"""`v`: the 版面图 over the reader — the page as printed, an article chosen by pointing at it.

Returns the id of the article to read (enter, a click), or None (escape). A page that does not
say where its articles are printed (an issue imported from text, a hand-made file) gets one
line saying so and its 目录, the page's headlines, instead of an empty box. Where the terminal
shows pictures and the page keeps its PDF (`source_pdf`), the page is shown as printed once it
has rendered (the character map until then); a PDF that cannot be shown is one line, and the
character map stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Horizontal
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, Static

from paperterm.commands.base import translated
from paperterm.i18n import N_, _
from paperterm.model.highlight import Matcher
from paperterm.model.issue import Article, Page
from paperterm.model.page_map import MARKS, has_regions, plus_label
from paperterm.model.plaintext import LABELS, Labels, byline_line
from paperterm.state.options import Pictures
from paperterm.state.reading import ArticleRecord
from paperterm.widgets.headline_list import HeadlineList
from paperterm.widgets.highlight_styles import keyword_style
from paperterm.widgets.page_map import PageMap
from paperterm.widgets.page_picture import PagePicture, RenderProblem, resolve_pdf

CHROME = 3
"""Rows that are not the map: the title line, the status line, the footer."""
DETAIL = 24
"""Columns the map must leave free for the pane that describes the chosen article."""
STATES = {"unread": N_("unread"), "opened": N_("being read"), "read": N_("read")}


class PageMapScreen(Screen[str | None]):
    """One page of the issue as a map; `[` and `]` go to the other pages."""

    DEFAULT_CSS = """
    PageMapScreen {
        & #map-title { height: 1; background: $panel; padding: 0 1; text-style: bold; }
        & #map-row { height: 1fr; }
        & #map-detail { width: 1fr; padding: 0 2; }
        & #map-status, & #map-notice { height: 1; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis; }
        & #map-status { color: $text-muted; }
        & #contents { height: 1fr; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,v", "dismiss(None)", N_("Back"), tooltip=N_("Back to the reader")),
        Binding(
            "i", "toggle_contents", N_("目录"), tooltip=N_("The page's headlines as a list, or the map again")
        ),
        Binding(
            "left_square_bracket", "page(-1)", N_("Prev page"), key_display="[", tooltip=N_("Previous page")
        ),
        Binding("right_square_bracket", "page(1)", N_("Next page"), key_display="]", tooltip=N_("Next page")),
    ]

    def __init__(
        self,
        pages: tuple[Page, ...],
        number: int,
        reading: str | None,
        shown: Callable[[Page], Page],
        *,
        records: dict[str, ArticleRecord] | None = None,
        matcher: Matcher | None = None,
        parts: frozenset[str] = frozenset(),
        words: Labels = LABELS,
        pictures: Pictures | None = None,
        issue_path: str | None = None,
    ) -> None:
        """`pages`: the issue's pages as loaded; `number`: the one to show first; `reading`: the id
        of the article open in the reader; `shown`: a page's headlines in the script shown;
        `pictures`: how the terminal shows a page's PDF (None: it does not); `issue_path`: the
        issue's file, beside which its PDFs are kept."""
        super().__init__()
        self.pages = pages
        self.index = next((i for i, p in enumerate(pages) if p.number == number), 0)
        self.reading = reading
        self.shown = shown
        self.records = records
        self.matcher = matcher
        self.parts = parts
        self.words = words
        self.pictures = pictures
        self.issue_path = issue_path
        self.mapped = any(has_regions(p) for p in pages)
        self.listing = False
        """The reader asked for the headlines instead of the map (`i`)."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The footer's keys, described in the current language."""
        return translated(super().active_bindings)

    def compose(self) -> ComposeResult:
        yield Static(id="map-title")
        yield Static(id="map-notice")
        with Horizontal(id="map-row"):
            page_map = PageMap(self.parts, id="map")
            page_map.reading, page_map.records, page_map.matcher = self.reading, self.records, self.matcher
            yield page_map
            if self.pictures is not None:
                picture = PagePicture(self.parts, self.pictures, id="picture")
                picture.reading, picture.records, picture.matcher = self.reading, self.records, self.matcher
                picture.display = False
                yield picture
            yield Static(id="map-detail")
        contents = HeadlineList(self.parts, id="contents")
        contents.matcher, contents.records, contents.words = self.matcher, self.records, self.words
        yield contents
        yield Static(id="map-status")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self._show(self.pages[self.index])

    @property
    def page(self) -> Page:
        """The page on screen, in the script shown."""
        return self.shown(self.pages[self.index])

    def _show(self, page: Page) -> None:
        """Draw the page's map, or list its headlines where it has none or the reader asked (`i`)."""
        shown = self.shown(page)
        mapped = has_regions(shown)
        listed = self.listing or not mapped
        title = Text(
            _("{page} · 版面图  {number}/{count}").format(
                page=shown.label, number=self.index + 1, count=len(self.pages)
            )
        )
        unplaced = sum(1 for a in shown.articles if not a.regions)
        if mapped and unplaced and not listed:  # printed where the importer could not tell
            title.append("  " + _("{count} not on the map: i lists all").format(count=unplaced), style="dim")
        self.query_one("#map-title", Static).update(title)
        notice = self.query_one("#map-notice", Static)
        notice.display = not mapped
        notice.update(
            Text(
                _("No map of this page: where its articles are printed is not known. Its headlines (目录):")
                if self.mapped
                else _(
                    "No page map in this issue: where its articles are printed is not known. "
                    "Its headlines (目录):"
                )
            )
        )
        self._show_picture(None)
        self.query_one("#map-row").display = not listed
        page_map = self.query_one("#map", PageMap)
        contents = self.query_one("#contents", HeadlineList)
        contents.display = listed
        if listed:
            contents.page = shown
            ids = {a.id: a for a in shown.articles}
            contents.article = next((ids[i] for i in (page_map.selected, self.reading) if i in ids), None)
            contents.focus()
            self._describe(contents.article or (shown.articles[0] if shown.articles else None))
        else:
            page_map.page = shown
            self._fit_detail()
            page_map.focus()
            self._load_picture(shown)

    def action_toggle_contents(self) -> None:
        self.listing = not self.listing
        self._show(self.pages[self.index])

    def action_page(self, step: int) -> None:
        index = self.index + step
        if 0 <= index < len(self.pages):
            self.index = index
            self._show(self.pages[index])

    # --- what the map leaves room for -------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._fit_detail(event.size.width, event.size.height)
        if self._picture_shown():
            self._load_picture(self.page, (event.size.width, event.size.height))

    def _fit_detail(self, width: int | None = None, height: int | None = None) -> None:
        """The pane describing the chosen article shows where the map leaves it room."""
        width = self.size.width if width is None else width
        height = self.size.height if height is None else height
        room = width - self.pointer.columns_for(width, max(height - CHROME, 0))
        self.query_one("#map-detail", Static).display = room >= DETAIL

    def _describe(self, article: Article | None) -> None:
        """The chosen article on the status line, and in the side pane where there is room."""
        status = self.query_one("#map-status", Static)
        detail = self.query_one("#map-detail", Static)
        if article is None:
            status.update("")
            detail.update("")
            return
        area = self.pointer.layout_now.area(article.id)
        merged = [a for a in self.page.articles if area is not None and a.id in area.merged]
        marks = self._marks(article)
        if area is not None and area.article_id != article.id:
            plus = plus_label(len(area.merged))
            marks.append(
                "  " + _("(too small to draw: one of the {plus} of this box)").format(plus=plus), style="dim"
            )
        elif merged:
            marks.append(
                "  " + _("{plus}: tab goes through them").format(plus=plus_label(len(merged))), style="dim"
            )
        status.update(Text(article.title, style="bold") + marks)
        detail.update(self._detail(article, marks, merged))

    def _marks(self, article: Article) -> Text:
        """Its read state and keyword count, as the headline list marks them."""
        text = Text()
        if self.records is not None:
            record = self.records.get(article.id)
            state = record.state if record is not None else "unread"
            text.append(f"  {MARKS[state]} {_(STATES[state])}")
        count = self.matcher.count(article) if self.matcher else 0
        if count:
            text.append(f"  ◆{count}", style=keyword_style(0))
        return text

    def _detail(self, article: Article, marks: Text, merged: list[Article]) -> Text:
        """The chosen article's headline block, its state, and what is printed inside its box."""
        text = Text()
        for part, style in ((article.series, "dim"), (article.kicker, "")):
            if part:
                text.append(part + "\n", style=style)
        text.append(
            (self.words.photo if article.kind == "photo" else "") + article.title + "\n", style="bold"
        )
        if article.subtitle:
            text.append(article.subtitle + "\n")
        byline = byline_line(article)
        if byline:
            text.append(byline + "\n", style="dim")
        text.append_text(marks)
        for other in merged:
            text.append(f"\n+ {other.title}", style="dim")
        return text

    # --- the printed page -------------------------------------------------------------------------

    @property
    def pointer(self) -> PageMap:
        """What the reader points with: the printed page when it is shown, else the character map."""
        picture = self._picture()
        return picture if picture is not None and picture.display else self.query_one("#map", PageMap)

    def _picture(self) -> PagePicture | None:
        found = self.query("#picture")
        return found.first(PagePicture) if found else None

    def _picture_shown(self) -> bool:
        picture = self._picture()
        return picture is not None and bool(picture.display)

    def _load_picture(self, page: Page, size: tuple[int, int] | None = None) -> None:
        """Render the page's PDF where the terminal shows pictures; the character map meanwhile."""
        picture = self._picture()
        if picture is None or page.source_pdf is None:
            return
        try:
            path = resolve_pdf(self.issue_path, page.source_pdf)
        except RenderProblem as problem:
            self._picture_problem(str(problem))
            return
        width, height = size or (self.size.width, self.size.height)
        selected = self.pointer.selected
        picture.page = page
        picture.selected = selected
        picture.load(path, (page.source_pdf_page or 1) - 1, (width, max(height - CHROME, 1)))

    @on(PagePicture.Loaded)
    def _picture_loaded(self, event: PagePicture.Loaded) -> None:
        if self.listing:
            return
        if event.problem is not None:
            self._picture_problem(event.problem)
            return
        self._show_picture(event.page_picture)

    def _show_picture(self, picture: PagePicture | None) -> None:
        """The printed page in place of the character map (None: the character map again)."""
        page_map = self.query_one("#map", PageMap)
        shown = self._picture()
        if shown is None:
            return
        if picture is None:
            if shown.display:
                page_map.selected = shown.selected
                if shown.has_focus:
                    page_map.focus()
            shown.display, page_map.display = False, True
            return
        if not picture.display:  # the cursor goes over from the character map
            picture.selected = page_map.selected
        page_map.display, picture.display = False, True
        if page_map.has_focus or self.focused is None:
            picture.focus()
        self._fit_detail()

    def _picture_problem(self, problem: str) -> None:
        """One line: why the printed page is not shown; the character map stays."""
        self._show_picture(None)
        notice = self.query_one("#map-notice", Static)
        notice.update(
            Text(_("The printed page cannot be shown: {problem}. The map instead:").format(problem=problem))
        )
        notice.display = True

    # --- choosing ---------------------------------------------------------------------------------

    @on(PageMap.Highlighted)
    def _highlighted(self, event: PageMap.Highlighted) -> None:
        self._describe(event.article)

    @on(PageMap.Chosen)
    def _chosen(self, event: PageMap.Chosen) -> None:
        self.dismiss(event.article.id)

    @on(HeadlineList.Highlighted)
    def _contents_highlighted(self, event: HeadlineList.Highlighted) -> None:
        if event.article.regions:  # back on the map (`i`), the cursor is where it was in the list
            self.pointer.selected = event.article.id
        self._describe(event.article)

    @on(HeadlineList.Chosen)
    def _contents_chosen(self, event: HeadlineList.Chosen) -> None:
        self.dismiss(event.article.id)

    def action_open_article(self) -> None:
        """Enter in the 目录 (the headline list's own key): read the article under the cursor."""
        contents = self.query_one("#contents", HeadlineList)
        index = contents.highlighted
        if contents.page is not None and index is not None and 0 <= index < len(contents.page.articles):
            self.dismiss(contents.page.articles[index].id)
