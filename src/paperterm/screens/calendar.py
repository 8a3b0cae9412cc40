"""`d`: a month calendar of one paper's issues, with how much of each day is read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from paperterm.i18n import N_, _
from paperterm.model.library import IssueRef, Library
from paperterm.screens.dialog import Dialog
from paperterm.widgets.month_grid import MonthGrid, Progress
from paperterm.widgets.reading_marks import PARTLY, READ, UNREAD

LEGEND = N_("{unread} unread  {partly} in progress  {read} read")


class CalendarScreen(Dialog[IssueRef | None]):
    """Returns the issue of the chosen day; a day without one says where the nearest are."""

    DEFAULT_CSS = """
    CalendarScreen {
        & > .panel { width: 37; padding: 0; }
        & #legend, & #keys { color: $text-muted; }
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,d", "dismiss(None)", N_("Close"), tooltip=N_("Close the calendar"))
    ]

    def __init__(
        self, library: Library, paper: str | None, progress: Mapping[dt.date, Progress], current: dt.date
    ) -> None:
        super().__init__()
        self.library = library
        self.paper = paper
        self.refs = {ref.date: ref for ref in library.issues(paper)}
        self.progress = progress
        self.current = current

    def compose(self) -> ComposeResult:
        days = {date: self.progress.get(date) for date in self.refs}
        with Vertical(classes="panel"):
            yield MonthGrid(days, self.current, id="month")
            yield Static(Text(_(LEGEND).format(unread=UNREAD, partly=PARTLY, read=READ)), id="legend")
            yield Static(Text(_("←→ day ↑↓ week PgUp/PgDn month")), id="keys")

    @on(MonthGrid.Chosen)
    def _chosen(self, event: MonthGrid.Chosen) -> None:
        ref = self.refs.get(event.date)
        if ref is not None:
            self.dismiss(ref)
        else:
            self.notify(self._no_issue(event.date), timeout=4)

    def _no_issue(self, date: dt.date) -> str:
        """What to say on a day without an issue: the nearest ones, as whole sentences to translate."""
        before, after = self.library.nearest(date, self.paper)
        day = date.isoformat()
        if before and after:
            return _("No issue for {date}; nearest: {earlier} (earlier), {later} (later)").format(
                date=day, earlier=before.date.isoformat(), later=after.date.isoformat()
            )
        if before:
            return _("No issue for {date}; nearest: {earlier} (earlier)").format(
                date=day, earlier=before.date.isoformat()
            )
        if after:
            return _("No issue for {date}; nearest: {later} (later)").format(
                date=day, later=after.date.isoformat()
            )
        return _("No issue for {date}; nearest: none").format(date=day)
