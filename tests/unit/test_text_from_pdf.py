"""Every page of both PDF corpora, as pdftotext's default mode gives its text, imported through
the text path and compared with the page's golden issue, restricted to what text carries (titles,
kicker, subtitle, series, dateline, byline, paragraphs and 小标题, captions, credits,
continuation markers; no regions or sizes). Pages that come out exact are asserted exactly;
the others are strict xfails that say what their text has lost. The tally of the whole set may
only grow (docs/import.md, "How it is tested")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from paperterm.cli import main
from paperterm.importer.issue import NO_TEXT, Source, import_issue
from paperterm.importer.text import ImportProblem
from paperterm.model.loader import load_issue
from tests.pdfcorpus.pages import ALL as CORPUS1
from tests.pdfcorpus2.pages import ALL as CORPUS2
from tests.text_from_pdf import TEXTS, Case, carried, cases, import_case, page_tallies

UNREADABLE = "pdftotext reads none of the page's body type (its CID font's CMap is not in poppler-data)"
INTERLEAVED = (
    "pdftotext's default mode sets lines of two columns (or a column and a headline beside it) one "
    "after the other or on one line, so a story's text is cut apart in an order no typographic rule "
    "undoes"
)
LOST = {
    "weigang-2025-10-21": UNREADABLE,
    "jinghai-2025-11-20-p04": UNREADABLE,
}
EXACT = {"jiangnan-2025-11-03-front"}
"""Pages the text importer gets exactly right."""
FLOOR = (43, 7)
"""Articles found (same title) and articles exactly right, over every page: the tally after the
last change (docs/import.md); a change that lowers it is a regression."""

CASES = {case.name: case for case in cases()}


def _params() -> list[object]:
    params: list[object] = []
    for name in sorted(CASES):
        if name in EXACT:
            params.append(name)
        else:
            params.append(
                pytest.param(name, marks=pytest.mark.xfail(reason=LOST.get(name, INTERLEAVED), strict=True))
            )
    return params


def test_every_corpus_page_was_extracted() -> None:
    """One text per page of every corpus PDF (tools/extract_texts.sh)."""
    for spec in [*CORPUS1, *CORPUS2]:
        assert spec.name in CASES, spec.name
        assert len(CASES[spec.name].texts) == len(spec.pages), spec.name


@pytest.mark.parametrize("name", _params())
def test_page_text_imports_to_its_golden_articles(name: str) -> None:
    case: Case = CASES[name]
    issue = import_case(case)
    golden = load_issue(case.golden)
    assert [p.number for p in issue.pages] == [p.number for p in golden.pages]
    for got, want in zip(issue.pages, golden.pages, strict=True):
        assert [carried(a) for a in got.articles] == [carried(a) for a in want.articles]


def test_the_tally_does_not_fall() -> None:
    found = exact = 0
    for case in CASES.values():
        for _, tally in page_tallies(case):
            found += tally.found
            exact += tally.exact
    assert found >= FLOOR[0] and exact >= FLOOR[1]


def test_a_page_pdftotext_could_not_read_is_one_line_of_error(capsys: pytest.CaptureFixture[str]) -> None:
    path = TEXTS / "weigang-2025-10-21-p1.txt"
    assert main(["import", str(path), "--date", "2025-10-21", "--paper", "渭港日报"]) == 1
    assert capsys.readouterr().err == f"paperterm: {path}: {NO_TEXT}\n"


def test_no_corpus_text_gives_a_traceback() -> None:
    """Each page text alone, under any page number, imports or is refused with ImportProblem."""
    for path in sorted(TEXTS.glob("*.txt")):
        source = Source(path.name, path.read_text(encoding="utf-8"))
        try:
            result = import_issue([source], date=dt.date(2025, 11, 1), paper="测试报", first_page=9)
        except ImportProblem as problem:
            assert str(problem).startswith(f"{path.name}: ")
            continue
        assert result.problems == [], path


def test_texts_are_pdftotext_default_mode() -> None:
    """The committed texts carry the form feed pdftotext writes after a page and no -layout
    padding (lines are not indented)."""
    for path in TEXTS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert text.endswith("\f"), path
        assert not any(line.startswith("   ") for line in text.split("\n")), path
    assert (Path(TEXTS) / "VERSION").read_text().startswith("pdftotext version")
