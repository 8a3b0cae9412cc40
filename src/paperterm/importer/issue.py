"""Several pages of extracted text to one issue, checked like any issue file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from paperterm.importer.page import import_page
from paperterm.importer.text import ImportProblem
from paperterm.importer.text import pages as split_pages
from paperterm.model.issue import Issue, Page
from paperterm.model.loader import parse_issue, slug
from paperterm.model.problems import Problem
from paperterm.model.writer import dump_issue

NO_TEXT = "holds no text to import (pdftotext gives none for a page whose fonts it cannot map to Unicode)"


@dataclass
class Source:
    """One input: its name (for messages) and its decoded text."""

    name: str
    text: str


@dataclass
class Imported:
    """The issue, its YAML, the notes on unsure decisions, and any validation problems."""

    issue: Issue
    yaml: str
    notes: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    origins: dict[int, tuple[str, int]] = field(default_factory=dict)
    """Page PDFs only: each page number's file and 0-based place in it (for `import --keep-pdf`)."""


def import_issue(
    sources: Sequence[Source],
    *,
    date: dt.date,
    paper: str,
    paper_id: str | None = None,
    first_page: int = 1,
    page_name: str | None = None,
    language: str = "zh-Hans",
) -> Imported:
    """Each source (and each form-feed page inside one) becomes the next page, from first_page on,
    unless its running head prints its number; pages come out in the order of their numbers.

    Raises ImportProblem when there is no text at all.
    """
    built: list[Page] = []
    notes: list[str] = []
    number = first_page
    for source in sources:
        for text in split_pages(source.text):
            if not text.strip():
                continue
            result = import_page(text, number, page_name, taken={page.number for page in built})
            built.append(result.page)
            notes.extend(f"{source.name}: {note}" for note in result.notes)
            number = max(number, result.page.number) + 1
    built.sort(key=lambda page: page.number)
    if not built:
        names = ", ".join(source.name for source in sources) or "the input"
        raise ImportProblem(f"{names}: {NO_TEXT}")
    issue = Issue(
        paper=paper,
        paper_id=paper_id or slug(paper),
        date=date,
        pages=tuple(built),
        language=language,
        source="Imported by paperterm from " + ", ".join(s.name for s in sources),
    )
    text = dump_issue(issue)
    _, problems = parse_issue(text, f"{date.isoformat()}.yaml")
    return Imported(issue, text, notes, [p for p in problems if p.severity == "error"])
