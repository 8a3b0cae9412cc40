"""`paperterm import` of a 16-page issue, against reading and splitting the same text."""

from __future__ import annotations

import datetime as dt

from bench.paths import ROOT
from bench.result import Result, median_seconds
from paperterm.importer.issue import Source, import_issue

RAW = ROOT / "tests" / "data" / "2024-11-19-page01.raw.txt"


def import_result(pages: int = 16, repeat: int = 5) -> Result:
    """Seconds to import `pages` pages (the sample page repeated, form-feed separated)."""
    text = "\f".join([RAW.read_text(encoding="utf-8")] * pages)

    def run() -> None:
        import_issue([Source("bench.txt", text)], date=dt.date(2024, 11, 19), paper="山西日报")

    seconds = median_seconds(run, repeat)
    baseline = median_seconds(lambda: [line.split() for line in text.splitlines()], repeat)
    return Result(
        f"import {pages} pages", seconds * 1000, baseline * 1000, "ms", None, "splitting the same text"
    )


def run(quick: bool = False) -> list[Result]:
    """The import benchmark; `quick` for the smoke test."""
    return [import_result(pages=1, repeat=1)] if quick else [import_result()]
