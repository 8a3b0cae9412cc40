"""The three-pane reader: pages, headlines, article.

The screen owns the reading state (page, article, script, keywords, search)
and hands it down to the panes through data binding, converted for display;
the panes report the reader's moves up with messages, and the screen does
the persisting. Moving to another issue is the app's (app.py).

What changes what (reactive → watcher → what it sets; `⇒` is data_bind):

    page ─────────── watch_page ──────────→ shown_page ⇒ header, headline list
         ⇒ sidebar (its cursor)
    article ──────── watch_article ───────→ shown_article (script, read-on); session.open
    shown_article ⇒ headline list (its cursor)
    shown_article ── watch_shown_article ─→ ArticleView.article (at once, not bound: see there)
    script_on, script_other ─ _refresh_script → shown_paper, shown_mode ⇒ header;
                                               labels ⇒ sidebar; shown_page, shown_article
    read_on ──────── watch_read_on ───────→ shown_article
    keywords, fold, search_term ─ _refresh_matcher → matcher ⇒ sidebar, headline list, article
    records (SavingScreen.changed) ⇒ sidebar, headline list (read marks)
    kept (load_kept, action_keep) ⇒ headline list (★)
    pane, zoomed, sidebar_shown, size ─ _apply_layout → the screen's layout classes

Panes post up: PageList.Chosen/MapWanted, HeadlineList.Highlighted/Chosen, ArticleView.Moved
(→ session.move, progress line), ArticleView.NoMoreMatches, ArticleView.ContinuationClicked.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Footer

from paperterm.cache.fold_table import opencc_fold
from paperterm.commands.base import bindings, translated
from paperterm.commands.table import READER
from paperterm.i18n import _, resolve, use
from paperterm.model.continuation import continuation, continuation_ids, continued_from, read_on
from paperterm.model.dates import weekday_and_lunar
from paperterm.model.fold import Fold
from paperterm.model.highlight import Keyword, Matcher
from paperterm.model.issue import Article, Issue, Page
from paperterm.model.layout import HEAD, TAIL
from paperterm.model.plaintext import LABELS, Labels, article_lines, citation
from paperterm.model.script import MODES, ORIGINAL, SIMPLIFIED, Mode, Script, is_traditional, modes_for
from paperterm.screens.saving import SavingScreen
from paperterm.screens.worker_calls import on_ui_thread
from paperterm.state.kept import KeptArticle
from paperterm.state.options import ReaderOptions
from paperterm.state.session import ReadingSession, issue_key
from paperterm.state.settings import Settings, load_settings
from paperterm.widgets.article_view import ArticleView
from paperterm.widgets.headline_list import HeadlineList
from paperterm.widgets.issue_header import IssueHeader
from paperterm.widgets.page_list import PageList
from paperterm.widgets.reading_progress import ReadingProgress

if TYPE_CHECKING:
    from paperterm.model.search import Hit

NARROW = 100
"""Below this many columns the sidebar folds away."""
SINGLE = 60
"""Below this many columns one pane shows at a time."""
PANES = ("sidebar", "headlines", "article")


class ReaderScreen(SavingScreen):
    """Reads one issue."""

    AUTO_FOCUS = "#headlines"

    BINDINGS = bindings(READER)

    page: var[Page | None] = var(None)
    article: var[Article | None] = var(None)
    pane: var[str] = var("headlines", init=False)
    zoomed: var[bool] = var(False, init=False)
    sidebar_shown: var[bool] = var(False, init=False)

    script_on: var[bool] = var(False, init=False)
    script_other: var[str] = var("taiwan", init=False)
    keywords: var[tuple[Keyword, ...]] = var((), init=False)
    fold: var[Fold] = var(Fold, init=False)
    search_term: var[str | None] = var(None, init=False)
    read_on: var[bool] = var(False, init=False)
    kept: var[frozenset[str]] = var(frozenset())
    """Ids of this issue's articles the reader keeps (收藏)."""

    shown_page: var[Page | None] = var(None)
    shown_article: var[Article | None] = var(None)
    shown_paper: var[str] = var("")
    shown_mode: var[str] = var("")
    shown_dateline: var[str] = var("")
    words: var[Labels] = var(LABELS)
    labels: var[tuple[str, ...]] = var(())
    matcher: var[Matcher | None] = var(None)

    def __init__(
        self,
        issue: Issue,
        options: ReaderOptions | None = None,
        *,
        fold: Fold | None = None,
        at: tuple[str, str] | None = None,
    ) -> None:
        """`fold`: the OpenCC fold if already loaded; `at`: (article id, word) to open highlighted."""
        options = options or ReaderOptions()
        state = options.state
        super().__init__(ReadingSession(state, issue) if state is not None else None, options)
        self.issue = issue
        self.parts = continuation_ids(issue)
        self._at = at
        self.full_fold = fold
        """The OpenCC fold once it is here (given, or loaded after the first frame); None until then."""
        if fold is not None:
            self.set_reactive(ReaderScreen.fold, fold)
        self._scripts: dict[str, Script] = {}
        self._hits: list[Hit] = []
        self._dateline = ""
        """The masthead's date line in the printed script, once worked out."""
        self._kept_writing = threading.Lock()
        """One write of a 收藏 at a time, each of what `kept` says then: `*` twice fast ends as shown."""
        self._paged: str | None = None
        """The article last paged from the headline list (space, b): being read, though not focused."""
        self.set_reactive(ReaderScreen.script_on, self.options.script_on)
        self.set_reactive(ReaderScreen.script_other, self.options.script_other)
        self.set_reactive(ReaderScreen.keywords, self.options.keywords)
        use(self._chrome_language())  # before the footer is first drawn

    def compose(self) -> ComposeResult:
        yield IssueHeader(self.issue, id="header").data_bind(
            page=ReaderScreen.shown_page,
            paper=ReaderScreen.shown_paper,
            mode=ReaderScreen.shown_mode,
            dateline=ReaderScreen.shown_dateline,
        )
        with Horizontal(id="panes"):
            yield PageList(self.issue, self.parts, id="sidebar").data_bind(
                ReaderScreen.page, ReaderScreen.labels, ReaderScreen.matcher, ReaderScreen.records
            )
            yield HeadlineList(self.parts, id="headlines").data_bind(
                page=ReaderScreen.shown_page,
                article=ReaderScreen.shown_article,
                matcher=ReaderScreen.matcher,
                records=ReaderScreen.records,
                kept=ReaderScreen.kept,
                words=ReaderScreen.words,
            )
            with Vertical(id="article-pane"):
                yield ArticleView(id="article").data_bind(matcher=ReaderScreen.matcher)
                yield ReadingProgress(id="progress")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self._refresh_script()
        self._refresh_matcher()
        self.load_kept()
        resumed = self._resume()
        if resumed:  # back inside an article: show it, even where only one pane fits
            self.show_pane("article")
        else:
            self.query_one("#headlines").focus()
        notices = [*self.options.notices]
        if self.options.state is not None and self.options.state.notice:
            notices.append(self.options.state.notice)
        for notice in notices:
            self.notify(notice, severity="warning", timeout=10, markup=False)  # paths and messages may hold [
        if self.full_fold is None:
            self.call_after_refresh(self._load_fold)  # after the first frame: it competes for the GIL
        self.call_after_refresh(self._work_out_dateline)
        if self._at is not None:
            self._open_at(*self._at)

    def _open_at(self, article_id: str, word: str) -> None:
        """Open an article: an archive search hit with its word highlighted and the first match shown,
        or (no word) a kept article."""
        if not self.read_article(article_id) or not word:
            return
        self.search_term = word
        view = self.query_one("#article", ArticleView)
        self.call_after_refresh(view.first_match_at_or_after, HEAD, 0)

    def _resume(self) -> bool:
        """Open where the reader left this issue: its page, its article, its paragraph.

        Returns whether there was a place to go back to.
        """
        first = self.issue.pages[0]
        page, article = first, (first.articles[0] if first.articles else None)
        found = None
        if self.session is not None:
            self.records = dict(self.session.records)
            left = self.session.state.issue(self.session.key)
            found = self.issue.find(left.last_article) if left and left.last_article else None
            if found is not None:
                page, article = found
                record = self.session.record(article.id)
                self.query_one("#article", ArticleView).restore_to = (record.block, record.offset)
        self.page, self.article = page, article
        return found is not None

    @work(thread=True, exclusive=True, group="fold")
    def _load_fold(self) -> None:
        """Build (or read from cache) the OpenCC fold off the UI thread; until then, case and width only."""
        fold = opencc_fold(self.options.fold_cache)
        on_ui_thread(self, self._fold_loaded, fold)

    def _work_out_dateline(self) -> None:
        """The rest of the masthead's date line (星期, 农历), after the first frame: the lunar
        calendar takes a few milliseconds to load, which the first frame should not wait for."""
        self._dateline = weekday_and_lunar(self.issue.date)
        self.shown_dateline = self.script.text(self._dateline)

    def _fold_loaded(self, fold: Fold) -> None:
        self.fold = fold
        self.full_fold = fold
        from paperterm.screens.search import SearchScreen

        if isinstance(self.app.screen, SearchScreen):  # typed before the fold came: 礦 finds 矿 now
            self.app.screen.search_again()

    # --- what the panes show ---------------------------------------------------------

    @property
    def mode(self) -> Mode:
        """The script the text is shown in now."""
        if not self.script_on:
            return ORIGINAL
        if is_traditional(self.issue.language):
            return SIMPLIFIED
        return MODES.get(self.script_other, MODES["taiwan"])

    def script_for(self, language: str) -> Script:
        """The converter for text of another issue (a kept article's), in the mode shown now."""
        if language == self.issue.language:
            return self.script
        options = self.options
        return Script(self.mode, language, corner_quotes=options.corner_quotes, phrases=options.phrases)

    @property
    def script(self) -> Script:
        """The converter for the current mode, one per mode, kept for its cache."""
        mode = self.mode
        if mode.name not in self._scripts:
            self._scripts[mode.name] = Script(
                mode,
                self.issue.language,
                corner_quotes=self.options.corner_quotes,
                phrases=self.options.phrases,
            )
        return self._scripts[mode.name]

    def watch_page(self, page: Page | None) -> None:
        self.shown_page = self.script.page(page) if page is not None else None

    def watch_shown_article(self, article: Article | None) -> None:
        # Set at once, not through data binding (which lands a message later): keys typed
        # right after `n` (over SSH they arrive together) must scroll the new article.
        for view in self.query(ArticleView):
            view.article = article

    def watch_article(self, old: Article | None, article: Article | None) -> None:
        if article is not None and self.session is not None and (old is None or old.id != article.id):
            # Back to an article read before in this session: where the reader left it.
            record = self.session.record(article.id)
            if record.block or record.offset:
                self.query_one("#article", ArticleView).restore_to = (record.block, record.offset)
        self._show_article()
        self._note_place()

    def _attending(self, article_id: str) -> bool:
        """Whether the reader is reading this article, not passing over it in the list: the article
        pane has the keyboard, or they paged it from the list."""
        return self.pane == "article" or self._paged == article_id

    def _note_place(self) -> None:
        """Where the reader is; an article they attend to is at least opened."""
        article, page = self.article, self.page
        if article is None or page is None or self.session is None:
            return
        if self._attending(article.id):
            self.session.open(page.number, article.id, article.title)
        else:
            self.session.place_at(page.number, article.id, article.title)
        self.changed()

    def watch_script_on(self) -> None:
        self._refresh_script()

    def watch_script_other(self) -> None:
        self._refresh_script()

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The footer's keys, described in the current language."""
        return translated(super().active_bindings)

    def _chrome_language(self) -> str:
        """The language of paperterm's own words: the config's, or with `auto` the script shown."""
        mode = self.mode
        traditional = is_traditional(self.issue.language) if mode is ORIGINAL else mode is not SIMPLIFIED
        return resolve(self.options.language, traditional)

    def _refresh_script(self) -> None:
        if use(self._chrome_language()):
            self.refresh_bindings()
        script = self.script
        self.shown_paper = script.text(self.issue.paper)
        self.shown_mode = "" if self.mode is ORIGINAL else self.mode.label
        self.labels = tuple(script.text(p.label) for p in self.issue.pages)
        self.words = script.labels
        self.shown_dateline = script.text(self._dateline)
        for view in self.query(ArticleView):  # at once, like the article itself (watch_shown_article)
            view.words = self.words
        self.watch_page(self.page)
        self._show_article()  # the same article in another script: nothing to record

    def _show_article(self) -> None:
        article = self.article
        if (
            article is not None
            and self.read_on
            and self.page is not None
            and article.continued_on is not None
        ):
            article = read_on(self.issue, self.page, article)
        self.shown_article = self.script.article(article) if article is not None else None

    def watch_read_on(self) -> None:
        self._show_article()

    def watch_keywords(self) -> None:
        self._refresh_matcher()

    def watch_fold(self) -> None:
        self._refresh_matcher()

    def watch_search_term(self) -> None:
        self._refresh_matcher()

    def _refresh_matcher(self) -> None:
        self.matcher = Matcher(self.keywords, self.fold, self.search_term)

    # --- layout and panes ----------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._apply_layout(event.size.width)

    def watch_pane(self, pane: str) -> None:
        self._apply_layout()
        if pane == "article":  # the reader turned to the article: what is on screen now counts
            self._note_place()
            self.query_one("#article", ArticleView).report_position()

    def watch_zoomed(self) -> None:
        self._apply_layout()

    def watch_sidebar_shown(self) -> None:
        self._apply_layout()

    def _apply_layout(self, width: int | None = None) -> None:
        """Set every layout class at once: each restyle of the screen touches every widget."""
        width = width if width is not None else self.size.width
        wanted = {
            "-narrow": 0 < width < NARROW,
            "-single": 0 < width < SINGLE,
            "-zoomed": self.zoomed,
            "-sidebar-shown": self.sidebar_shown,
            "-article-focused": self.pane == "article",  # a cue for where the keyboard is
            # Which pane has the keyboard only changes the layout where one pane shows at a time.
            **{f"-pane-{name}": 0 < width < SINGLE and self.pane == name for name in PANES},
        }
        changed = [name for name, on in wanted.items() if self.has_class(name) != on]
        if not changed:
            return
        for name in changed:
            self.set_class(wanted[name], name, update=False)
        self.update_node_styles()

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
        if widget.display and widget.parent is not None and widget.parent.display:
            widget.focus()  # already on screen: the very next key goes to it
        else:
            self.call_after_refresh(widget.focus)  # shown by the class change, after the refresh

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

    def action_page_article(self, step: int) -> None:
        view = self.query_one("#article", ArticleView)
        if self.article is not None and self._paged != self.article.id:
            self._paged = self.article.id
            self._note_place()
        if step > 0:
            view.action_page_down()
        else:
            view.action_page_up()

    def action_contents(self) -> None:
        from paperterm.screens.contents import Contents

        contents = Contents(
            tuple(self.script.page(page) for page in self.issue.pages),
            self.article.id if self.article is not None else None,
            matcher=self.matcher,
            records=self.records,
            parts=self.parts,
            kept=self.kept,
            words=self.words,
        )
        self.app.push_screen(contents, self._contents_chosen)

    def action_page_map(self) -> None:
        from paperterm.screens.page_map import PageMapScreen

        if self.page is None:
            return
        page_map = PageMapScreen(
            self.issue.pages,
            self.page.number,
            self.article.id if self.article is not None else None,
            self.script.page,
            records=self.records,
            matcher=self.matcher,
            parts=self.parts,
            words=self.words,
            pictures=self.options.pictures,
            issue_path=self.issue.path,
        )
        self.app.push_screen(page_map, self._contents_chosen)

    def _contents_chosen(self, article_id: str | None) -> None:
        if article_id is not None:
            self.read_article(article_id)

    def read_article(self, article_id: str) -> bool:
        """Show an article by id in the article pane; False (and a notice) if the issue has no such
        article: an issue file changed since a hit was indexed or an article was kept."""
        if not self.go_to_article(article_id):
            message = _("This issue no longer has the article {id}").format(id=article_id)
            self.notify(message, timeout=3, markup=False)
            return False
        self.show_pane("article")
        return True

    def action_half_page(self, step: int) -> None:
        self.query_one("#article", ArticleView).action_half_page(step)

    def action_copy_article(self) -> None:
        page, article = self.shown_page, self.shown_article
        if page is None or article is None:
            return
        text = "\n".join(article_lines(page, article, None, self.words)).strip("\n")
        self._copy(text, _("Copied the article ({count} characters)").format(count=len(text)))

    def action_copy_citation(self) -> None:
        page, article = self.shown_page, self.shown_article
        if page is None or article is None:
            return
        text = citation(self.shown_paper, self.issue.date.isoformat(), page, article)
        self._copy(text, _("Copied: {citation}").format(citation=text))

    def _copy(self, text: str, notice: str) -> None:
        """To the clipboard through the terminal (OSC 52): it works over SSH, and in tmux with
        `set-clipboard on`. The text is issue text, already stripped of control characters."""
        self.app.copy_to_clipboard(text)
        self.notify(notice, timeout=3, markup=False)

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

    # --- moving --------------------------------------------------------------------------

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
            self.notify(_("No more articles") if step > 0 else _("This is the first article"), timeout=2)

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
            self.notify(_("No more pages") if step > 0 else _("This is the first page"), timeout=2)

    def _go_to_page(self, page: Page) -> None:
        self.page = page
        self.article = page.articles[0] if page.articles else None

    def action_next_page(self) -> None:
        self._step_page(1)

    def action_previous_page(self) -> None:
        self._step_page(-1)

    def go_to_article(self, article_id: str) -> bool:
        """Show an article by id; False if the issue has no such article."""
        found = self.issue.find(article_id)
        if found is None:
            return False
        self.page, self.article = found
        return True

    @on(PageList.Chosen)
    def _page_chosen(self, event: PageList.Chosen) -> None:
        if event.page != self.page:
            self._go_to_page(event.page)

    @on(PageList.MapWanted)
    def _page_map_wanted(self, event: PageList.MapWanted) -> None:
        if event.page == self.page:
            self.action_page_map()

    @on(HeadlineList.Highlighted)
    def _article_highlighted(self, event: HeadlineList.Highlighted) -> None:
        self.go_to_article(event.article.id)

    @on(HeadlineList.Chosen)
    def _article_chosen(self, event: HeadlineList.Chosen) -> None:
        self.go_to_article(event.article.id)
        self.show_pane("article")

    # --- read marks ---------------------------------------------------------------------

    @on(ArticleView.Moved)
    def _moved(self, event: ArticleView.Moved) -> None:
        """Show where the reader is, and keep it."""
        view = event.article_view
        progress = self.query_one("#progress", ReadingProgress)
        progress.paragraph = view.paragraph
        progress.percent = round(event.progress * 100)
        # A preview in the list marks nothing: its end on screen is not the reader's reading it.
        if (
            self.session is not None
            and self._attending(event.article_id)
            and self.session.move(event.article_id, event.block, event.offset, event.progress, event.at_end)
        ):
            self.changed()

    def action_toggle_read(self) -> None:
        if (
            self.session is not None
            and self.article is not None
            and self.session.toggle_read(self.article.id)
        ):
            self.changed()

    def action_next_unread(self) -> None:
        if self.session is None:
            return
        order = [a.id for _, a in self.issue.articles() if a.id not in self.parts]
        found = self.session.next_unread(order, self.article.id if self.article else None)
        if found is None:
            self.notify(_("Everything in this issue is read"), timeout=3)
        else:
            self.go_to_article(found)

    def action_page_read(self) -> None:
        if self.session is None or self.page is None:
            return
        from paperterm.screens.confirm import Confirm

        page = self.page
        unread = self.session.unread_count(a.id for a in page.articles)
        label = self.script.text(page.label)
        question = _("Mark all {count} articles of {page} read ({unread} unread)?").format(
            count=len(page.articles), page=label, unread=unread
        )

        def answer(yes: bool | None) -> None:
            if yes and self.session is not None and self.session.mark_read(a.id for a in page.articles):
                self.changed()

        self.app.push_screen(Confirm(question), answer)

    # --- 收藏 ---------------------------------------------------------------------------

    def load_kept(self) -> None:
        """Which of this issue's articles are kept (a small read: the list of kept articles may
        have changed them)."""
        state = self.options.state
        if state is not None:
            self.kept = frozenset(k.article_id for k in state.kept(issue_key(self.issue)))

    def action_keep(self) -> None:
        """`*`: keep the article (收藏), or keep it no longer; the mark shows at once, the write
        follows in a worker."""
        page, article, state = self.page, self.article, self.options.state
        if page is None or article is None or state is None:
            return
        keeping = article.id not in self.kept
        self.kept = self.kept ^ {article.id}
        key, title = issue_key(self.issue), " ".join(article.title.split("\n"))  # one line, as cited
        kept = KeptArticle(
            key.paper_id,
            key.date,
            article.id,
            self.issue.paper,
            page.number,
            title,
            self.issue.language,
            self.issue.path,
            time.time(),
        )
        self._save_kept(kept)
        title = self.script.text(title)
        notice = _("Kept: {title}") if keeping else _("No longer kept: {title}")
        self.notify(notice.format(title=title), timeout=3, markup=False)

    @work(thread=True, group="kept")
    def _save_kept(self, kept: KeptArticle) -> None:
        state = self.options.state
        if state is None:
            return
        try:
            with self._kept_writing:
                if kept.article_id in self.kept:
                    state.keep(kept)
                else:
                    state.unkeep(issue_key(self.issue), kept.article_id)
        except sqlite3.Error as exc:
            message = _("Could not save what you keep ({error})").format(error=exc)
            on_ui_thread(self, self.notify, message, severity="error", markup=False)

    def _remember_choices(self, keywords_edited: bool = False) -> None:
        """Save the script and, once edited here, the keyword list (else keep what was saved)."""
        state = self.options.state
        if state is None:
            return
        keywords = self.keywords if keywords_edited else load_settings(state).keywords
        self.save_settings(Settings(self.script_on, self.script_other, keywords))

    # --- script --------------------------------------------------------------------------

    def action_toggle_script(self) -> None:
        self.script_on = not self.script_on
        self._remember_choices()

    def action_pick_script(self) -> None:
        from paperterm.screens.script_picker import ScriptPicker

        self.app.push_screen(ScriptPicker(modes_for(self.issue.language), self.mode.name), self.set_mode)

    def set_mode(self, name: str | None) -> None:
        """Show the text in the named mode ('original' turns conversion off) and remember it."""
        if name is None or name not in MODES:
            return
        if name == ORIGINAL.name:
            self.script_on = False
        else:
            if name != SIMPLIFIED.name:
                self.script_other = name
            self.script_on = True
        self._remember_choices()

    # --- keywords and search ---------------------------------------------------------

    def action_keywords(self) -> None:
        from paperterm.screens.keywords import KeywordManager

        self.app.push_screen(KeywordManager(self.keywords, self.fold), self.set_keywords)

    def set_keywords(self, keywords: tuple[Keyword, ...] | None) -> None:
        """Use and remember a new keyword list."""
        if keywords is None or keywords == self.keywords:
            return
        self.keywords = keywords
        self._remember_choices(keywords_edited=True)

    def action_search(self) -> None:
        from paperterm.screens.search import SearchScreen

        self.app.push_screen(
            SearchScreen(self.issue, lambda: self.fold, self.script, self.search_term or ""), self._jump
        )

    def _jump(self, result: tuple[str, Hit] | None) -> None:
        if result is None:
            return
        from paperterm.model.search import search_issue

        query, hit = result
        self.search_term = query.strip() or None
        self._hits = search_issue(self.issue, query, self.fold)
        self._show_hit(hit)

    def _show_hit(self, hit: Hit) -> None:
        self.go_to_article(hit.article_id)
        self.show_pane("article")
        view = self.query_one("#article", ArticleView)
        block = hit.key[0]
        self.call_after_refresh(
            view.first_match_at_or_after, block, hit.start if block not in (HEAD, TAIL) else 0
        )

    def action_next_match(self) -> None:
        self.query_one("#article", ArticleView).step_match(forward=True)

    def action_previous_match(self) -> None:
        self.query_one("#article", ArticleView).step_match(forward=False)

    @on(ArticleView.NoMoreMatches)
    def _no_more_matches(self, event: ArticleView.NoMoreMatches) -> None:
        """Past the article's last match: with a search on, go on to the next article that has a hit."""
        if not self.search_term or not self._hits or self.article is None:
            self.notify(_("No more matches in this article"), timeout=2)
            return
        order = [a.id for _, a in self.issue.articles()]
        here = order.index(self.article.id)
        later = [
            h
            for h in self._hits
            if (order.index(h.article_id) > here if event.forward else order.index(h.article_id) < here)
        ]
        if not later:
            self.notify(_("No more hits in this issue"), timeout=2)
            return
        self._show_hit(later[0] if event.forward else later[-1])

    # --- continuations ------------------------------------------------------------------

    def action_follow(self, forward: bool | None = None) -> None:
        """`c`: to the part the article goes on in (下转), or else back to where it came from (上接)."""
        page, article = self.page, self.article
        if page is None or article is None:
            return
        if forward is None:
            forward = article.continued_on is not None
        part = (
            continuation(self.issue, page, article) if forward else continued_from(self.issue, page, article)
        )
        if part is None:
            marker = article.continued_on if forward else article.continued_from
            self.notify(
                _("This issue has no page {page} part of this article").format(page=marker)
                if marker
                else _("This article is not continued"),
                timeout=3,
            )
            return
        self.page, self.article = part
        self.show_pane("article")

    def action_toggle_read_on(self) -> None:
        self.read_on = not self.read_on
        self.notify(
            _("Continued articles shown whole") if self.read_on else _("Continued articles in parts"),
            timeout=2,
        )

    @on(ArticleView.ContinuationClicked)
    def _continuation_clicked(self, event: ArticleView.ContinuationClicked) -> None:
        self.action_follow(event.forward)
