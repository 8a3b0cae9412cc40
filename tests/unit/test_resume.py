"""Which issue `paperterm open` with no date goes back to."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from paperterm.cli.resolve import resume_target
from paperterm.model.library import Library
from tests.conftest import SAMPLE


class LastIssue:
    """A reading state that remembers one issue, read from a file in another folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def last_issue(self) -> dict[str, Any]:
        return {"date": "2024-11-19", "paper_id": "sxrb", "path": str(self.path)}


def args(**given: Any) -> SimpleNamespace:
    return SimpleNamespace(**{"when": None, "paper": None, "library": None, **given})


def test_an_issue_read_elsewhere_is_resumed_by_its_path(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere" / "2024-11-19.yaml"
    elsewhere.parent.mkdir()
    shutil.copy(SAMPLE, elsewhere)
    empty = Library.scan(tmp_path / "empty")
    target = resume_target(args(), LastIssue(elsewhere), empty)  # type: ignore[arg-type]
    assert target is not None and target.path == elsewhere


def test_library_given_on_the_command_line_wins_over_the_remembered_issue(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere" / "2024-11-19.yaml"
    elsewhere.parent.mkdir()
    shutil.copy(SAMPLE, elsewhere)
    other = tmp_path / "other"
    other.mkdir()
    (other / "2024-11-20.yaml").write_bytes(SAMPLE.read_bytes().replace(b"2024-11-19", b"2024-11-20"))
    state = LastIssue(elsewhere)
    assert resume_target(args(library=str(other)), state, Library.scan(other)) is None  # type: ignore[arg-type]


def test_the_remembered_issue_is_found_in_the_library_given(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    shutil.copy(SAMPLE, library / SAMPLE.name)
    state = LastIssue(tmp_path / "gone.yaml")
    target = resume_target(args(library=str(library)), state, Library.scan(library))  # type: ignore[arg-type]
    assert target is not None and target.path == library / SAMPLE.name
