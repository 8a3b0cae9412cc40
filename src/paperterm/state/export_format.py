"""The `paperterm-state/1` export: every field's type and range, checked before anything is replaced.

An export is a file the reader may have edited, or been sent. Each value is
checked where it enters: text is text (cleaned of terminal controls, like an
issue's), whole numbers are whole and bounded (model/limits.py), progress is a
finite fraction. The first value that is not is named, with where it is, in
one line; the import then changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import time
from typing import Any, NamedTuple

from paperterm.model.layout import BLANK_BEFORE
from paperterm.model.limits import MAX_ARTICLES, MAX_BLOCK, MAX_NAME, MAX_OFFSET, MAX_PAGE
from paperterm.model.sanitize import clean_line

EXPORT_FORMAT = "paperterm-state/1"
STATES = ("unread", "opened", "read")
LATEST_TIME = 253402300799.0
"""The last second of the year 9999: later "opened at" times are not times."""


class Rows(NamedTuple):
    """An export's rows, as the tables take them."""

    issues: list[tuple[Any, ...]]
    articles: list[tuple[Any, ...]]
    kept: list[tuple[Any, ...]]
    prefs: list[tuple[str, str]]


class _Entry:
    """One entry of the export (`articles[3]`), whose fields are read with their checks."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise ValueError(f"not a whole export: {where} is not an entry (was it edited?)")
        self.value, self.where = value, where

    def _get(self, key: str, default: Any) -> Any:
        if key in self.value:
            return self.value[key]
        if default is _REQUIRED:
            raise ValueError(f"not a whole export: {self.where} has no '{key}' (was it edited?)")
        return default

    def _wrong(self, key: str, value: Any, wanted: str) -> ValueError:
        return ValueError(
            f"not a whole export: {self.where}.{key} has the wrong type or is out of range "
            f"({_shown(value)}; {wanted})"
        )

    def text(self, key: str, default: Any = None, *, optional: bool = False) -> str | None:
        value = self._get(key, default)
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) > MAX_NAME:
            raise self._wrong(key, value, f"text of at most {MAX_NAME} characters")
        return clean_line(value)

    def whole(
        self, key: str, low: int, high: int, default: Any = None, *, optional: bool = False
    ) -> int | None:
        value = self._get(key, default)
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._wrong(key, value, f"a whole number from {low} to {high}")
        return value

    def number(self, key: str, low: float, high: float) -> float:
        value = self._get(key, _REQUIRED)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise self._wrong(key, value, f"a number from {low:g} to {high:g}")
        if not low <= value <= high:
            raise self._wrong(key, value, f"a number from {low:g} to {high:g}")
        return float(value)

    def date(self, key: str) -> str:
        value = self.text(key, _REQUIRED)
        try:
            return dt.date.fromisoformat(value or "").isoformat()
        except ValueError:
            raise self._wrong(key, value, "a date like 2024-11-19") from None

    def choice(self, key: str, choices: tuple[str, ...]) -> str:
        value = self._get(key, _REQUIRED)
        if value not in choices:
            raise self._wrong(key, value, " or ".join(choices))
        return str(value)


_REQUIRED = object()


def _shown(value: Any) -> str:
    """A value as the message shows it: repr escapes every control character; long ones are cut."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _entries(data: dict[str, Any], name: str) -> list[_Entry]:
    listed = data.get(name, [])
    if not isinstance(listed, list):
        raise ValueError(f"not a whole export: '{name}' is not a list (was it edited?)")
    return [_Entry(value, f"{name}[{n}]") for n, value in enumerate(listed)]


def checked_rows(data: Any) -> Rows:
    """The rows of an export; raises ValueError naming the first value that does not belong."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ValueError(f"not a {EXPORT_FORMAT} export")
    issues = [
        (
            i.text("paper_id", _REQUIRED),
            i.date("date"),
            i.text("paper", ""),
            i.text("path", None, optional=True),
            i.whole("total_articles", 0, MAX_ARTICLES, 0),
            i.whole("last_page", 0, MAX_PAGE, None, optional=True),
            i.text("last_article", None, optional=True),
            i.text("last_title", None, optional=True),
            i.number("opened_at", 0, LATEST_TIME),
        )
        for i in _entries(data, "issues")
    ]
    now = time.time()
    articles = [
        (
            a.text("paper_id", _REQUIRED),
            a.date("date"),
            a.text("article_id", _REQUIRED),
            a.choice("state", STATES),
            a.whole("block", -1, MAX_BLOCK, _REQUIRED),
            a.whole("offset", BLANK_BEFORE, MAX_OFFSET, _REQUIRED),
            a.number("progress", 0, 1),
            now,
        )
        for a in _entries(data, "articles")
    ]
    kept = [
        (
            k.text("paper_id", _REQUIRED),
            k.date("date"),
            k.text("article_id", _REQUIRED),
            k.text("paper", ""),
            k.whole("page", 0, MAX_PAGE, 0),
            k.text("title", ""),
            k.text("language", "zh-Hans"),
            k.text("path", None, optional=True),
            k.number("kept_at", 0, LATEST_TIME),
        )
        for k in _entries(data, "kept")  # an export from before 收藏 has none
    ]
    prefs = data.get("prefs", {})
    if not isinstance(prefs, dict):
        raise ValueError("not a whole export: 'prefs' is not a table of names (was it edited?)")
    return Rows(issues, articles, kept, [(k, json.dumps(v, ensure_ascii=False)) for k, v in prefs.items()])
