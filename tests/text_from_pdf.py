"""The corpus pages as pdftotext gives them (tests/data/text_from_pdf/, made by
tools/extract_texts.sh), each with its golden issue (tests/data/pdf/, pdf2/, pdf3/), and how
near the text importer comes to it: `python -m tests.text_from_pdf` prints the tally, with
`--diff` also each found article's fields that differ."""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path
from typing import NamedTuple

from paperterm.importer.issue import Source, import_issue
from paperterm.model.issue import Article, Heading, Issue, Page
from paperterm.model.loader import load_issue

DATA = Path(__file__).resolve().parent / "data"
TEXTS = DATA / "text_from_pdf"
GOLDEN_FOLDERS = (DATA / "pdf", DATA / "pdf2", DATA / "pdf3")


class Case(NamedTuple):
    """One corpus PDF: its page texts in order and its golden issue."""

    name: str
    texts: tuple[Path, ...]
    golden: Path


class Carried(NamedTuple):
    """What of an article extracted text carries: no regions, sizes or links between pages."""

    title: str
    series: str | None
    kicker: str | None
    subtitle: str | None
    dateline: str | None
    byline: str | None
    body: tuple[str | Heading, ...]
    caption: str | None
    credit: str | None
    continued_on: int | None
    continued_from: int | None


class Tally(NamedTuple):
    """One page: articles the golden has, how many the import found (same title), how many it
    got exactly right, and whether the page as a whole is exact (same articles in the same order)."""

    expected: int
    found: int
    exact: int
    page_exact: bool


def cases() -> list[Case]:
    """Every corpus PDF whose pages were extracted, by name."""
    found = []
    for folder in GOLDEN_FOLDERS:
        for golden in sorted(folder.glob("*.yaml")):
            own = re.compile(rf"{re.escape(golden.stem)}-p\d+")
            texts = tuple(sorted((p for p in TEXTS.glob("*.txt") if own.fullmatch(p.stem)), key=_page_index))
            if texts:
                found.append(Case(golden.stem, texts, golden))
    return found


def _page_index(path: Path) -> int:
    return int(path.stem.rsplit("-p", 1)[1])


def carried(article: Article) -> Carried:
    return Carried(
        article.title,
        article.series,
        article.kicker,
        article.subtitle,
        article.dateline,
        article.byline,
        article.body,
        article.caption,
        article.credit,
        article.continued_on,
        article.continued_from,
    )


def import_case(case: Case) -> Issue:
    """The case's page texts imported as `paperterm import --date --paper --page N` imports them:
    one issue (the first page's number given, as a user gives it for a page without its
    running head)."""
    golden = load_issue(case.golden)
    sources = [Source(path.name, path.read_text(encoding="utf-8")) for path in case.texts]
    return import_issue(
        sources,
        date=golden.date,
        paper=golden.paper,
        paper_id=golden.paper_id,
        first_page=golden.pages[0].number,
        language=golden.language,
    ).issue


def tally(got: Page | None, expected: Page) -> Tally:
    want = [carried(a) for a in expected.articles]
    have = [carried(a) for a in got.articles] if got else []
    titles = {c.title for c in have}
    exact = sum(1 for c in want if c in have)
    return Tally(len(want), sum(1 for c in want if c.title in titles), exact, have == want)


def page_tallies(case: Case) -> list[tuple[int, Tally]]:
    """(page number, tally) for each golden page of the case."""
    golden = load_issue(case.golden)
    try:
        pages = {page.number: page for page in import_case(case).pages}
    except ValueError:
        pages = {}
    return [(page.number, tally(pages.get(page.number), page)) for page in golden.pages]


def differences(case: Case) -> list[str]:
    """For each golden article the import found (same title) but not exactly: its fields that
    differ, golden value then imported value; and the titles the import made up."""
    golden = load_issue(case.golden)
    try:
        pages = {page.number: page for page in import_case(case).pages}
    except ValueError as error:
        return [f"  refused: {error}"]
    lines = []
    for want_page in golden.pages:
        got_page = pages.get(want_page.number)
        have = {a.title: carried(a) for a in got_page.articles} if got_page else {}
        wanted = {a.title for a in want_page.articles}
        for article in want_page.articles:
            want, got = carried(article), have.get(article.title)
            if got is None or got == want:
                continue
            lines.append(f"  {article.title}")
            for field, w, g in zip(Carried._fields, want, got, strict=True):
                if field == "body" and w != g:
                    lines.extend(_body_differences(want.body, got.body))
                elif w != g:
                    lines.append(f"    {field}: {w!r}\n    {'':{len(field)}}≠ {g!r}")
        lines.extend(f"  made up: {title}" for title in have if title not in wanted)
    return lines


def _body_differences(want: tuple[str | Heading, ...], got: tuple[str | Heading, ...]) -> list[str]:
    """The paragraphs (shortened) that the import lost (-) or made (+)."""
    shown = (
        [str(p) if isinstance(p, str) else f"[{p.text}]" for p in want],
        [str(p) if isinstance(p, str) else f"[{p.text}]" for p in got],
    )
    lines = []
    for line in difflib.unified_diff(*shown, lineterm="", n=0):
        if line[:1] in "+-" and not line.startswith(("---", "+++")):
            text = line[1:]
            lines.append(f"    body {line[0]} {text if len(text) <= 70 else text[:30] + ' … ' + text[-30:]}")
    return lines


def main(argv: list[str]) -> int:
    totals = [0, 0, 0, 0, 0]
    for case in cases():
        for number, t in page_tallies(case):
            mark = "exact" if t.page_exact else ""
            print(f"{case.name} page {number}: {t.found}/{t.expected} found, {t.exact} exact {mark}")
            for k, value in enumerate((t.expected, t.found, t.exact, int(t.page_exact), 1)):
                totals[k] += value
        if "--diff" in argv:
            print("\n".join(differences(case)))
    expected, found, exact, pages_exact, pages = totals
    print(f"total: {found}/{expected} articles found, {exact} exact; {pages_exact}/{pages} pages exact")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
