"""The reader's ways to other issues: the day before and after, the calendar, other papers, the archive.

A mixin of ReaderScreen: it uses the screen's issue, its place in the library
(`ref`) and its options, and asks the app to open what the reader chooses.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from paperterm.model.library import IssueRef, Library

if TYPE_CHECKING:
    from paperterm.cache.search_index import ArchiveHit


class ArchiveActions:
    """`<` `>` `d` `P` and `ctrl+f` (bound in ReaderScreen.BINDINGS)."""

    def _library(self) -> Library | None:
        """The app's library, if this issue is one of its files (not opened by path)."""
        library = self.app.library
        if library is None or self.ref is None:
            self.notify("This issue was opened as a file, not from a library", timeout=3)
            return None
        return library

    def action_step_issue(self, step: int) -> None:
        library = self._library()
        if library is None or self.ref is None:
            return
        target = library.step(self.ref, step)
        if target is None:
            self.notify(
                "No later issue of this paper" if step > 0 else "No earlier issue of this paper", timeout=2
            )
        else:
            self.app.open_issue(target)

    def action_calendar(self) -> None:
        library = self._library()
        if library is None or self.ref is None:
            return
        from paperterm.screens.calendar import CalendarScreen

        progress = {}
        if self.options.state is not None:
            progress = {
                dt.date.fromisoformat(r.date): (r.read, r.total_articles)
                for r in self.options.state.recent()
                if r.paper_id == self.issue.paper_id
            }

        def chosen(ref: IssueRef | None) -> None:
            if ref is not None and ref != self.ref:
                self.app.open_issue(ref)

        self.app.push_screen(CalendarScreen(library, self.ref.paper_id, progress, self.issue.date), chosen)

    def action_papers(self) -> None:
        library = self._library()
        if library is None:
            return
        if len(library.papers) < 2:
            self.notify("The library holds one paper", timeout=2)
            return
        choices = []
        for paper in library.papers:
            same_day = [r for r in library.issues(paper) if r.date == self.issue.date]
            before, after = library.nearest(self.issue.date, paper)
            choice = same_day[0] if same_day else before or after
            if choice is not None:
                choices.append(choice)
        self.app.choose_paper(choices, "Read which paper? (the same day, or the nearest before it)")

    def action_archive_search(self) -> None:
        if self.app.library is None or self.options.cache is None:
            self.notify("Archive search needs a library", timeout=3)
            return
        from paperterm.screens.archive_search import ArchiveSearchScreen

        def opened(result: tuple[ArchiveHit, str] | None) -> None:
            library = self.app.library
            if result is not None and library is not None:
                hit, word = result
                ref = library.find(hit.path)
                if ref is not None:
                    self.app.open_issue(ref, at=(hit.article_id, word))

        self.app.push_screen(ArchiveSearchScreen(self.app.archive_index, self.search_term or ""), opened)
