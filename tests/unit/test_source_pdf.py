"""`source_pdf`: a page's PDF kept beside its issue, named by a path that cannot lead out of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperterm.cli import main
from paperterm.model.loader import parse_issue, pdf_path_problem
from paperterm.model.writer import dump_issue
from tests.issue_text import MINIMAL


def with_page_keys(keys: str) -> str:
    """MINIMAL with these (already indented) keys on its page, after `name` (line 7 on)."""
    return MINIMAL.replace("    name: 要闻\n", "    name: 要闻\n" + keys)


def errors(text: str) -> list[str]:
    _, problems = parse_issue(text, "x.yaml")
    return [str(p) for p in problems if p.severity == "error"]


def test_a_page_names_its_pdf_and_which_page_of_it_and_writing_keeps_both() -> None:
    issue, problems = parse_issue(
        with_page_keys("    source_pdf: 2024-11-19.pages/A01.pdf\n    source_pdf_page: 3\n"), "x.yaml"
    )
    assert problems == [] and issue is not None
    page = issue.pages[0]
    assert (page.source_pdf, page.source_pdf_page) == ("2024-11-19.pages/A01.pdf", 3)
    again, _ = parse_issue(dump_issue(issue), "x.yaml")
    assert again is not None and again.pages[0] == page


def test_without_it_nothing_is_written() -> None:
    issue, _ = parse_issue(MINIMAL, "x.yaml")
    assert issue is not None and issue.pages[0].source_pdf is None
    assert "source_pdf" not in dump_issue(issue)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/etc/passwd", "x.yaml:7: 'source_pdf' in page 1 must be relative to the issue file's folder"),
        ("C:/pages/a.pdf", "x.yaml:7: 'source_pdf' in page 1 must be relative to the issue file's folder"),
        ("../other/a.pdf", "x.yaml:7: 'source_pdf' in page 1 must not go up out of the issue file's folder"),
        ("pages/../../a.pdf", "x.yaml:7: 'source_pdf' in page 1 must not go up"),
        ("'pages\\a.pdf'", "x.yaml:7: 'source_pdf' in page 1 must use / between folders"),
        ("[a.pdf]", "x.yaml:7: 'source_pdf' in page 1 must be text"),
        ("a" * 1001, "x.yaml:7: 'source_pdf' in page 1 must be at most 1000 characters"),
    ],
)
def test_a_path_that_could_lead_out_of_the_issue_s_folder_is_an_error(value: str, expected: str) -> None:
    found = errors(with_page_keys(f"    source_pdf: {value}\n"))
    assert len(found) == 1 and found[0].startswith(expected), found


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (
            "    source_pdf: a.pdf\n    source_pdf_page: 0\n",
            "x.yaml:8: 'source_pdf_page' in page 1 must be 1 or more",
        ),
        (
            "    source_pdf: a.pdf\n    source_pdf_page: two\n",
            "x.yaml:8: 'source_pdf_page' in page 1 must be a whole",
        ),
        ("    source_pdf_page: 2\n", "x.yaml:7: 'source_pdf_page' in page 1 needs a 'source_pdf'"),
    ],
)
def test_the_page_of_the_pdf_is_a_whole_number_from_1_with_a_pdf(keys: str, expected: str) -> None:
    found = errors(with_page_keys(keys))
    assert len(found) == 1 and found[0].startswith(expected), found


def test_paths_inside_the_folder_are_fine() -> None:
    for path in ("a.pdf", "2024-11-19.pages/A01.pdf", "./x/y z.pdf", "..a.pdf", "版面/第1版.pdf"):
        assert pdf_path_problem(path) is None, path


def test_check_reports_a_bad_source_pdf_as_file_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "2024-11-19.yaml"
    bad.write_text(with_page_keys("    source_pdf: ../../secret.pdf\n"), encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert out == [f"{bad}:7: 'source_pdf' in page 1 must not go up out of the issue file's folder (no '..')"]
