"""Every page of the three PDF corpora, as pdftotext's default mode gives its text, imported through
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
from paperterm.importer.page import import_page
from paperterm.importer.text import ImportProblem
from paperterm.model.loader import load_issue
from tests.conftest import RAW_PAGE
from tests.pdfcorpus.pages import ALL as CORPUS1
from tests.pdfcorpus2.pages import ALL as CORPUS2
from tests.pdfcorpus3.pages import ALL as CORPUS3
from tests.text_from_pdf import TEXTS, Case, carried, cases, import_case, page_tallies

UNREADABLE = (
    "pdftotext reads none of the page's body type: its CID font names a CMap (UniGB-UCS2-H for "
    "Adobe-CNS1) that poppler-data does not hold, so the text holds only the headlines"
)
SIDE_BY_SIDE = (
    "gutters of 0.8 em with punctuation hung into them: pdftotext sets lines of two columns on one "
    "line or alternately ('航）记者从市轨道交通集 里，共设车站21座'), so which characters are whose is lost"
)
LOST = {
    "weigang-2025-10-21": "nothing at all: " + UNREADABLE,
    "jinghai-2025-11-20-p04": UNREADABLE,
    "binhai-2025-12-08-p04": (
        "a headline set beside a column comes out between two lines of another story's paragraph, "
        "and a photo credit set with 全角 spaces is cut into lone characters printed apart"
    ),
    "dongfang-2025-10-20": (
        "the headline lines of two modules side by side come out interleaved (one's kicker, the "
        "other's series, the kicker's second line, the other's title), so which lines go together is lost"
    ),
    "jiangnan-2025-11-03-p05": (
        "a story's last line (疗服务。) is printed after the page's furniture and another story, and a "
        "photo item's title before another story's caption: the order gives them to the wrong stories"
    ),
    "jiangnan-2025-11-03-p08": (
        "a photo credit's name cut at its 全角 spaces into lone characters printed among other "
        "stories, a caption with no credit (nothing tells it from text), an advertisement inside a paragraph"
    ),
    "qinghe-2025-10-21-p03": (
        "一线调查 is a kicker because it has no box and 评论员观察 a series because it has one: "
        "the text shows no boxes"
    ),
    "qinghe-2025-10-21-p04": (
        "two stories' headlines come out one after the other before both bodies, and one story's "
        "columns are printed between another's: the order no longer says whose text is whose"
    ),
    "xiling-2025-11-17": (
        "the headline groups of two stories come out one after the other, the second's body first: "
        "nothing in the text says which headline the first body has"
    ),
    "dongjiang-2025-11-18-p02": SIDE_BY_SIDE,
    "dongjiang-2025-11-18-p06": SIDE_BY_SIDE,
    "nanling-2025-11-14-p01": SIDE_BY_SIDE,
    "nanling-2025-11-14-p07": SIDE_BY_SIDE,
    "yunzhou-2025-11-12-p01": SIDE_BY_SIDE,
    "yunzhou-2025-11-12-p03": SIDE_BY_SIDE,
    "yunzhou-2025-11-12-p05": SIDE_BY_SIDE,
    "nanhu-2025-11-24-a01": (
        "the lead's columns and the 导读 column beside them come out interleaved line by line (a "
        "导读 entry's label and title between the lead's kicker and its body), so whose lines are "
        "whose is lost"
    ),
    "nanhu-2025-11-24-a04": (
        "three stories' columns come out interleaved, and a commentary's series label prints over "
        "another box's label, away from its title: " + SIDE_BY_SIDE
    ),
    "qingjiang-2025-11-21-p03": SIDE_BY_SIDE,
    "qingjiang-2025-11-21-p05": (
        "an interview's four columns come out interleaved, so questions and answers are cut into "
        "each other: " + SIDE_BY_SIDE
    ),
    "qingjiang-2025-11-21-p07": (
        "two essays' columns come out interleaved with a poem set beside them (a verse line "
        "between two lines of prose, an essay's lines in another's): whose lines are whose is lost"
    ),
    "qingjiang-2025-11-21-p08": (
        "a feature's headline comes out interleaved line by line with the columns of a story beside "
        "it, and its pull quote and fact box print as lines among the text with nothing (no rules, "
        "no box, no size) to tell them from headlines: whose lines are whose is lost"
    ),
}
"""Pages the text importer cannot get exactly right, with what their text has lost."""
FLOOR = (70, 21)
"""Articles found (same title) and articles exactly right, over every page: the tally after the
last change (docs/import.md); a change that lowers it is a regression."""

CASES = {case.name: case for case in cases()}


def _params() -> list[object]:
    params: list[object] = []
    for name in sorted(CASES):
        if name in LOST:
            params.append(pytest.param(name, marks=pytest.mark.xfail(reason=LOST[name], strict=True)))
        else:
            params.append(name)
    return params


def test_every_corpus_page_was_extracted() -> None:
    """One text per page of every corpus PDF (tools/extract_texts.sh)."""
    for spec in [*CORPUS1, *CORPUS2, *CORPUS3]:
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


def test_columns_set_side_by_side_are_reported() -> None:
    """--report says when pdftotext set two columns on one line, and how to extract them instead;
    a page whose columns came out one after another (the real sample page) says nothing of it."""

    def reported(path: Path) -> list[str]:
        notes = import_page(path.read_text(encoding="utf-8"), 1).notes
        return [note for note in notes if "side by side" in note]

    assert reported(TEXTS / "yunzhou-2025-11-12-p05-p1.txt") == [
        "page 5: 14 lines (the first at line 20) hold two columns side by side; extract each column "
        "on its own (pdftotext -x -W) or import the PDF"
    ]
    assert reported(RAW_PAGE) == []
    assert reported(TEXTS / "jiangnan-2025-11-03-p05-p1.txt") == []
