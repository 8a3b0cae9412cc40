"""The library listing: which names are issues, in what order, and what a ref is."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from paperterm.model.library import IssueRef, issue_date, scan

_ISSUE_NAME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\.(?:yaml|yml)")


def _expected(name: str) -> dt.date | None:
    match = _ISSUE_NAME.fullmatch(name)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


_CHARS = st.sampled_from(list("0123456789-.ymlaW+ ９１٣Tx"))


@given(st.text(_CHARS, min_size=8, max_size=16))
def test_only_real_days_of_ascii_digits_name_an_issue(name: str) -> None:
    assert issue_date(name) == _expected(name)


@given(st.dates(min_value=dt.date(1, 1, 1)), st.sampled_from([".yaml", ".yml"]))
def test_every_real_day_names_an_issue(day: dt.date, suffix: str) -> None:
    assert issue_date(day.isoformat() + suffix) == day


def test_a_listing_is_ordered_by_date_then_paper_folder_then_name(tmp_path: Path) -> None:
    for name in ("2024-11-20.yaml", "2024-11-19.yml", "2024-11-19.yaml", "notes.txt", "2024-13-01.yaml"):
        (tmp_path / name).touch()
    for paper in ("sxrb", "aa"):
        (tmp_path / paper).mkdir()
        (tmp_path / paper / "2024-11-19.yaml").touch()
    (tmp_path / "Not-A-Paper").mkdir()
    (tmp_path / "Not-A-Paper" / "2024-11-19.yaml").touch()

    listed = [(r.date.isoformat(), r.paper_id, r.name) for r in scan(tmp_path)]

    assert listed == [
        ("2024-11-19", None, "2024-11-19.yaml"),
        ("2024-11-19", None, "2024-11-19.yml"),
        ("2024-11-19", "aa", "2024-11-19.yaml"),
        ("2024-11-19", "sxrb", "2024-11-19.yaml"),
        ("2024-11-20", None, "2024-11-20.yaml"),
    ]
    assert scan(tmp_path)[2].path == tmp_path / "aa" / "2024-11-19.yaml"


def test_a_ref_is_a_value_whether_made_from_a_path_or_a_string() -> None:
    day = dt.date(2024, 11, 19)
    from_path = IssueRef(day, "sxrb", Path("lib/sxrb/2024-11-19.yaml"))
    from_text = IssueRef(day, "sxrb", "lib/sxrb/2024-11-19.yaml")

    assert from_path == from_text and hash(from_path) == hash(from_text)
    assert from_text.path == Path("lib/sxrb/2024-11-19.yaml") and from_text.name == "2024-11-19.yaml"
    assert from_path != IssueRef(day, None, "lib/sxrb/2024-11-19.yaml")
    assert len({from_path, from_text, IssueRef(day, "sxrb", "other.yaml")}) == 2
