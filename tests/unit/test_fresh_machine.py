"""What a newcomer meets on a fresh install: the shipped sample, and the notice that says where issues go."""

from __future__ import annotations

from pathlib import Path

from paperterm.state.paths import SAMPLE_LIBRARY, library_dir, library_notice
from tests.conftest import SAMPLE


def test_the_package_ships_the_sample_issue_unchanged() -> None:
    shipped = sorted(SAMPLE_LIBRARY.iterdir())
    assert [p.name for p in shipped] == [SAMPLE.name]
    assert shipped[0].read_bytes() == SAMPLE.read_bytes()


def test_the_sample_stands_in_only_when_no_library_is_found(tmp_path: Path, isolated_user: Path) -> None:
    own = isolated_user / ".local" / "share" / "paperterm" / "issues"
    assert library_dir(cwd=tmp_path) == SAMPLE_LIBRARY
    notice = library_notice(SAMPLE_LIBRARY)
    assert notice is not None and "\n" not in notice
    assert f"issues go in {own}" in notice and "paperterm import PAGE.pdf" in notice
    assert f"--into {own}" in notice and "--library DIR" in notice
    own.mkdir(parents=True)  # an empty library of one's own is a library: `open` says it is empty
    assert library_dir(cwd=tmp_path) == own
    assert library_notice(own) is None
