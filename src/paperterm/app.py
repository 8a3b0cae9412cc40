"""The Textual application and the one factory that builds it, for the CLI and the tests alike.

The app reads one issue at a time and owns moving between issues: the
previous or next day (`<` `>`), the calendar (`d`), other papers (`P`),
archive search hits (`ctrl+f`) and kept articles (`K`). Within an issue, the ReaderScreen does the
work. Anything that touches the disk — listing the library again, parsing
an issue, naming papers — runs in a thread worker, never on the UI thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from platformdirs import user_downloads_path
from rich.console import RenderableType
from rich.text import Text
from textual import work
from textual.app import App, SystemCommand
from textual.command import CommandPalette
from textual.screen import Screen

from paperterm.cache.atomic import write_atomically
from paperterm.cache.parse_cache import folder, load_cached
from paperterm.commands.base import bindings
from paperterm.commands.table import APP, READER
from paperterm.i18n import N_, _, resolve, use
from paperterm.model.issue import Issue
from paperterm.model.library import IssueRef, Library
from paperterm.model.problems import IssueFileError
from paperterm.model.script import modes_for
from paperterm.screens.reader import ReaderScreen
from paperterm.screens.worker_calls import on_ui_thread
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import IssueKey
from paperterm.state.session import issue_key

if TYPE_CHECKING:
    from paperterm.cache.search_index import ArchiveHit, SearchIndex
    from paperterm.state.kept import KeptArticle


TEXTUAL_COMMANDS = (
    N_("Theme"),
    N_("Change the current theme"),
    N_("Quit the application as soon as possible"),
    N_("Hide the keys and widget help panel"),
    N_("Show help for the focused widget and a summary of available keys"),
    N_("Minimize"),
    N_("Minimize the widget and restore to normal size"),
    N_("Maximize"),
    N_("Maximize the focused widget"),
    N_("Screenshot"),
    N_("Save an SVG 'screenshot' of the current screen"),
)
"""Textual's own palette entries (as of Textual 8), marked here so the catalogs translate them."""

EXIT_GRACE = 2.0
"""Seconds the app may take to leave once it decided to; then the process ends regardless."""
SCREENSHOT_TIME = "%Y-%m-%d %H-%M-%S"
"""A screenshot's name after the app's: sorts by time, and no character a file system refuses."""


class PapertermApp(App[None]):
    """A reader for the issues of one library."""

    CSS_PATH = "paperterm.tcss"
    TITLE = "paperterm"
    BINDINGS = bindings(APP)

    def __init__(
        self, issue: Issue | None, options: ReaderOptions | None = None, choices: Sequence[IssueRef] = ()
    ) -> None:
        super().__init__()
        self.issue = issue
        self.options = options or ReaderOptions()
        self.choices = list(choices)
        self._library = self.options.library
        self._library_lock = threading.Lock()
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()
        use(resolve(self.options.language))  # no text on screen yet: with `auto`, the locale's
        self.crash: str | None = None
        """The traceback of the first unhandled exception, for the CLI's crash report; None if none."""

    def get_default_screen(self) -> Screen[object]:
        """The reader itself, not a blank screen with the reader pushed over it: the first frame
        the terminal gets is then the issue (a blank first frame cost ≈50 ms before text showed)."""
        if self.issue is not None:
            return cast("Screen[object]", ReaderScreen(self.issue, self.options))
        return super().get_default_screen()

    def on_mount(self) -> None:
        if self.issue is None:
            self.choose_paper(self.choices, _("Several papers have this day. Which one?"), exit_if_none=True)
        if not self.is_headless:
            self._catch_hangups()

    def _catch_hangups(self) -> None:
        """An SSH drop sends SIGHUP, a shutdown SIGTERM: save the reading position, then leave."""
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGHUP, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._hang_up)

    def _hang_up(self) -> None:
        self.save_reading()
        self.exit()

    def exit(self, result: None = None, return_code: int = 0, message: RenderableType | None = None) -> None:
        """Leave; and whatever happens next, the process ends within EXIT_GRACE seconds.

        With the terminal gone, Textual's last writes can block for ever; the reading
        state is written before this is called, so nothing is lost by ending hard.
        """
        if not self.is_headless:
            watchdog = threading.Timer(EXIT_GRACE, os._exit, (return_code,))
            watchdog.daemon = True
            watchdog.start()
        super().exit(result, return_code, message)

    def _handle_exception(self, error: Exception) -> None:
        """Any unhandled exception ends the app (Textual's rule): save the reading position first,
        keep the traceback for the crash report the CLI writes, and leave the terminal clean —
        one line from the CLI, not a screenful of Textual's traceback with its locals."""
        if self.crash is None:
            self.crash = "".join(traceback.format_exception(error))
            with contextlib.suppress(Exception):  # the state may be what failed
                self.save_reading()
        shown = len(self._exit_renderables)
        super()._handle_exception(error)
        del self._exit_renderables[shown:]

    def save_reading(self) -> None:
        """Write every reader screen's pending reading state now."""
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.flush()

    async def action_quit(self) -> None:
        """Save, waiting a bounded time for a state another paperterm holds, then leave; q again
        while it waits leaves at once. The wait runs in a worker, so the screen can say so."""
        if any(worker.group == "quit" for worker in self.workers):
            self.exit(message=Text(_("paperterm: left without saving the reading position")))
            return
        self.run_worker(self._save_then_exit(), group="quit")

    async def _save_then_exit(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen) and (error := await screen.save_before_quit()):
                self.exit(
                    message=Text(
                        _("paperterm: the reading position could not be saved ({error})").format(error=error)
                    )
                )
                return
        self.exit()

    @property
    def reader(self) -> ReaderScreen | None:
        """The reader screen on top, if the top screen is one."""
        return self.screen if isinstance(self.screen, ReaderScreen) else None

    # --- the library, off the UI thread ----------------------------------------------------

    def _rescanned_library(self) -> Library | None:
        """The library, listed again if a folder changed (issues added while reading). Reads the disk:
        call it from a worker."""
        with self._library_lock:
            if self._library is not None:
                self._library = self._library.rescanned()
            return self._library

    def _current_ref(self, library: Library) -> IssueRef | None:
        issue = self.issue
        return library.find(Path(issue.path)) if issue is not None and issue.path else None

    def _needs_library(self) -> bool:
        """Whether this issue came from a library (not opened as a file); says so when it did not."""
        if self._library is None or self.issue is None or not self.issue.path:
            self.notify(_("This issue was opened as a file, not from a library"), timeout=3)
            return False
        return True

    def action_step_issue(self, step: int) -> None:
        if self._needs_library():
            self._step_issue(step)

    @work(thread=True, exclusive=True, group="library")
    def _step_issue(self, step: int) -> None:
        library = self._rescanned_library()
        ref = self._current_ref(library) if library is not None else None
        if library is None or ref is None:
            on_ui_thread(self, self.notify, _("This issue is no longer in the library"), timeout=3)
            return
        target = library.step(ref, step)
        if target is None:
            message = _("No later issue of this paper") if step > 0 else _("No earlier issue of this paper")
            on_ui_thread(self, self.notify, message, timeout=2)
        else:
            on_ui_thread(self, self.open_issue, target)

    def action_next_unread_issue(self) -> None:
        if self._needs_library():
            self._next_unread_issue()

    @work(thread=True, exclusive=True, group="library")
    def _next_unread_issue(self) -> None:
        """`N`: the first later issue of this paper not read to the end, then another paper's, from
        this date on — as newsboat's next unread feed."""
        library = self._rescanned_library()
        ref = self._current_ref(library) if library is not None else None
        if library is None or ref is None or self.issue is None:
            return
        state = self.options.state
        read = {
            (r.paper_id, r.date)
            for r in (state.recent() if state is not None else [])
            if r.total_articles and r.read >= r.total_articles
        }
        candidates = [r for r in library.issues(ref.paper_id) if r.date > ref.date]
        papers = [p for p in library.papers if p != ref.paper_id]
        candidates += [r for paper in papers for r in library.issues(paper) if r.date >= ref.date]
        mine = self.issue.paper_id
        for candidate in candidates:
            paper_id = mine if candidate.paper_id == ref.paper_id else candidate.paper_id or ""
            if (paper_id, candidate.date.isoformat()) not in read:
                on_ui_thread(self, self.open_issue, candidate)
                return
        on_ui_thread(self, self.notify, _("Every later issue is read"), timeout=3)

    def action_calendar(self) -> None:
        if self._needs_library():
            self._open_calendar()

    @work(thread=True, exclusive=True, group="library")
    def _open_calendar(self) -> None:
        library = self._rescanned_library()
        ref = self._current_ref(library) if library is not None else None
        if library is None or ref is None or self.issue is None:
            return
        state, paper_id = self.options.state, self.issue.paper_id
        progress = (
            {
                dt.date.fromisoformat(r.date): (r.read, r.total_articles)
                for r in state.recent()
                if r.paper_id == paper_id
            }
            if state is not None
            else {}
        )
        on_ui_thread(self, self._show_calendar, library, ref, progress)

    def _show_calendar(
        self, library: Library, ref: IssueRef, progress: dict[dt.date, tuple[int, int]]
    ) -> None:
        from paperterm.screens.calendar import CalendarScreen

        def chosen(target: IssueRef | None) -> None:
            if target is not None and target != ref:
                self.open_issue(target)

        self.push_screen(CalendarScreen(library, ref.paper_id, progress, ref.date), chosen)

    def action_papers(self) -> None:
        if self._needs_library():
            self._other_papers()

    @work(thread=True, exclusive=True, group="library")
    def _other_papers(self) -> None:
        library = self._rescanned_library()
        if library is None or self.issue is None:
            return
        if len(library.papers) < 2:
            on_ui_thread(self, self.notify, _("The library holds one paper"), timeout=2)
            return
        date = self.issue.date
        choices = []
        for paper in library.papers:
            same_day = [r for r in library.issues(paper) if r.date == date]
            before, after = library.nearest(date, paper)
            choice = same_day[0] if same_day else before or after
            if choice is not None:
                choices.append(choice)
        on_ui_thread(
            self, self.choose_paper, choices, _("Read which paper? (the same day, or the nearest before it)")
        )

    def action_archive_search(self) -> None:
        if self._library is None or self.options.cache is None:
            self.notify(_("Archive search needs a library"), timeout=3)
            return
        from paperterm.screens.archive_search import ArchiveSearchScreen

        reader = self.reader
        query = (reader.search_term if reader is not None else None) or ""
        convert = reader.script.text if reader is not None else None
        screen = ArchiveSearchScreen(self.archive_index, query, convert)
        self.push_screen(screen, self._archive_hit_chosen)

    def _archive_hit_chosen(self, result: tuple[ArchiveHit, str] | None) -> None:
        if result is not None:
            self._open_hit(*result)

    @work(thread=True, exclusive=True, group="library")
    def _open_hit(self, hit: ArchiveHit, word: str) -> None:
        library = self._rescanned_library()
        ref = library.find(hit.path) if library is not None else None
        if ref is not None:
            on_ui_thread(self, self.open_issue, ref, (hit.article_id, word))

    def action_kept(self) -> None:
        state = self.options.state
        if state is None:
            self.notify(_("Kept articles need the reading state"), timeout=3)
            return
        from paperterm.screens.kept import KeptList

        reader = self.reader
        script_for = (lambda language: reader.script_for(language).text) if reader is not None else None
        self.push_screen(KeptList(state, script_for), self._kept_chosen)

    def _kept_chosen(self, kept: KeptArticle | None) -> None:
        reader = self.reader
        if reader is not None:
            reader.load_kept()  # the list may have unkept some of its articles
        if kept is None:
            return
        if reader is not None and issue_key(reader.issue) == IssueKey(kept.paper_id, kept.date):
            reader.read_article(kept.article_id)
        elif self._library is None:
            self.notify(_("This issue was opened as a file, not from a library"), timeout=3)
        else:
            self._open_kept(kept)

    @work(thread=True, exclusive=True, group="library")
    def _open_kept(self, kept: KeptArticle) -> None:
        """A kept article of another issue: the file it was read from if the library still has it,
        else the library's issue of that paper and day (its folder, or the top level's)."""
        library = self._rescanned_library()
        ref = library.find(Path(kept.path)) if library is not None and kept.path else None
        if ref is None and library is not None:
            day = library.on(dt.date.fromisoformat(kept.date))
            ref = next((r for r in day if r.paper_id == kept.paper_id), None)
            ref = ref or next((r for r in day if r.paper_id is None), None)
        if ref is None:
            message = _("The library no longer has {paper} of {date}").format(
                paper=kept.paper or kept.paper_id, date=kept.date
            )
            on_ui_thread(self, self.notify, message, timeout=3, markup=False)
        else:
            on_ui_thread(self, self.open_issue, ref, (kept.article_id, ""))

    def archive_index(self) -> SearchIndex | None:
        """The library's search index, opened on first use (call it in a worker: it reads files)."""
        from paperterm.cache.fold_table import opencc_fold
        from paperterm.cache.search_index import SearchIndex, index_location

        library = self._rescanned_library()
        if library is None or self.options.cache is None:
            return None
        with self._index_lock:
            if self._index is None:
                # The full fold, as the index is built with; never the interim one the reader starts with.
                fold = opencc_fold(self.options.fold_cache)
                location = index_location(self.options.cache, library.root)
                # An edit in place made while the reader was closed moved no folder: look at every file once.
                self._index = SearchIndex(
                    location, library.root, fold, every_file_first=True, parsed=folder(self.options.cache)
                )
            return self._index

    def on_unmount(self) -> None:
        if self._index is not None:
            self._index.close()

    # --- opening an issue ------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="open-issue")
    def open_issue(self, ref: IssueRef, at: tuple[str, str] | None = None) -> None:
        """Parse (or take from the cache) another issue off the UI thread, then read it.

        `at` is (article id, word): open that article with the word highlighted.
        """
        cache = folder(self.options.cache) if self.options.cache else None
        try:
            issue = load_cached(ref.path, ref.paper_id, cache)
        except IssueFileError as exc:
            on_ui_thread(self, self.notify, str(exc.problems[0]), severity="error", markup=False)
            return
        on_ui_thread(self, self._read, issue, at)

    def _read(self, issue: Issue, at: tuple[str, str] | None) -> None:
        self.issue = issue
        current = self.reader
        fold = current.full_fold if current is not None else None
        if fold is None and self._index is not None:
            fold = self._index.fold  # an archive hit: its word may be in the other script
        screen = ReaderScreen(issue, self.options, fold=fold, at=at)
        if current is not None:
            current.flush()
        if current is not None and len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:  # the first reader is the app's base screen, which Textual cannot switch out
            self.push_screen(screen)

    def choose_paper(self, refs: list[IssueRef], title: str, *, exit_if_none: bool = False) -> None:
        """Ask which of these issues to read (their paper names read in a worker)."""
        self._name_papers(refs, title, exit_if_none)

    @work(thread=True, exclusive=True, group="papers")
    def _name_papers(self, refs: list[IssueRef], title: str, exit_if_none: bool) -> None:
        from paperterm.model.header import read_header

        choices = [(ref, read_header(ref.path).get("paper", ref.paper_id or "?")) for ref in refs]
        library = self._library
        current = self._current_ref(library) if library is not None else None
        on_ui_thread(self, self._ask_paper, choices, title, exit_if_none, current)

    def _ask_paper(
        self,
        choices: list[tuple[IssueRef, str]],
        title: str,
        exit_if_none: bool,
        current: IssueRef | None,
    ) -> None:
        from paperterm.screens.issue_chooser import IssueChooser

        def chosen(ref: IssueRef | None) -> None:
            if ref is not None:
                self.open_issue(ref)
            elif exit_if_none:
                self.exit()

        reader = self.reader  # the papers' names in the script the reader shows
        shown = [(ref, reader.script.text(name)) for ref, name in choices] if reader else choices
        self.push_screen(IssueChooser(title, shown, current), chosen)

    # --- the palette's "Screenshot" ---------------------------------------------------------

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """Save an SVG of the screen into `screenshot_folder()` (Textual's own delivery fails when
        ~/Downloads does not exist, as on most servers), written the one way paperterm writes files,
        off the UI thread; a notice names the file. Nothing is delivered to a browser: None."""
        name = filename or f"{self.title} {dt.datetime.now():{time_format or SCREENSHOT_TIME}}.svg"
        self._save_screenshot((Path(path) if path else screenshot_folder()) / name, self.export_screenshot())
        return None

    @work(thread=True, group="screenshot")
    def _save_screenshot(self, target: Path, svg: str) -> None:
        try:
            write_atomically(target, svg)
        except OSError as exc:
            message = _("The screenshot could not be saved as {file}: {error}").format(
                file=target, error=exc.strerror or exc
            )
            on_ui_thread(self, self.notify, message, title=_("Screenshot"), severity="error", markup=False)
            return
        message = _("Saved as {file}").format(file=target)
        on_ui_thread(self, self.notify, message, title=_("Screenshot"), markup=False)

    # --- the command palette ---------------------------------------------------------------

    def action_command_palette(self) -> None:
        """Textual's palette (`ctrl+p`), its prompt in the reader's language."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(CommandPalette(placeholder=_("Search for commands…"), id="--command-palette"))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Every command of the reader's table, and each script variant."""
        for textual in super().get_system_commands(screen):  # Textual's own, in the reader's language
            yield textual._replace(title=_(textual.title), help=_(textual.help))
        if not isinstance(screen, ReaderScreen):
            return
        for command in READER:
            if command.PALETTE:
                yield SystemCommand(
                    _(command.HELP),
                    _("key: {keys}").format(keys=command.keys()),
                    _run_action(screen, command.ACTION),
                )
        for mode in modes_for(screen.issue.language):
            yield SystemCommand(
                _("Script: {label} ({name})").format(label=mode.label, name=mode.name),
                _("Show the text in this script — rewrites words!")
                if mode.phrases
                else _("Show the text in this script"),
                lambda name=mode.name: screen.set_mode(name),
            )


def screenshot_folder() -> Path:
    """Where a screenshot goes: the Downloads folder when it exists (what Textual and browsers use),
    else the folder paperterm was started from (where a shell user looks first, and what Textual's
    save_screenshot uses), else home when that one is not writable. A folder is never made."""
    for candidate in (user_downloads_path(), Path.cwd(), Path.home()):
        if candidate.is_dir() and os.access(candidate, os.W_OK):
            return candidate
    return Path.home()


def _run_action(screen: ReaderScreen, action: str) -> Callable[[], object]:
    """A palette callback that runs the action as its key would (app actions keep their `app.`)."""
    return lambda: screen.run_action(action)


def make_app(
    issue: Issue | None, options: ReaderOptions | None = None, choices: Sequence[IssueRef] = ()
) -> PapertermApp:
    """Build the app for an issue (or a choice of issues); the CLI runs it, tests drive it with Pilot."""
    return PapertermApp(issue, options, choices)
