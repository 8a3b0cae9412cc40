"""SVG snapshots of the main screens at fixed sizes; review any diff before accepting it."""

from __future__ import annotations

import pytest

from paperterm.app import make_app
from paperterm.model.highlight import Keyword
from paperterm.model.loader import load_issue
from paperterm.state.options import ReaderOptions
from tests.conftest import SAMPLE


@pytest.mark.parametrize(
    ("size", "keys"),
    [
        ((80, 24), []),
        ((120, 30), ["n", "enter"]),
        ((41, 20), ["n", "enter"]),
        ((23, 12), []),
        ((80, 24), ["question_mark"]),
    ],
    ids=["80x24-start", "120x30-article", "41x20-article", "23x12-list", "80x24-help"],
)
def test_screens(snap_compare, size: tuple[int, int], keys: list[str]) -> None:
    assert snap_compare(make_app(load_issue(SAMPLE)), terminal_size=size, press=keys)


def test_traditional_with_keywords(snap_compare) -> None:
    # Keywords written as displayed (Traditional), so the picture does not wait on the OpenCC fold.
    options = ReaderOptions(script_on=True, keywords=(Keyword("煤礦"), Keyword("臨汾")))
    app = make_app(load_issue(SAMPLE), options)
    assert snap_compare(app, terminal_size=(100, 30), press=["n", "enter"])


@pytest.mark.parametrize(
    ("size", "keys"),
    [((80, 24), ["d"]), ((41, 20), ["d"]), ((80, 24), ["ctrl+f", "煤", "礦", "enter"])],
    ids=["80x24-calendar", "41x20-calendar", "80x24-archive-search"],
)
def test_archive_screens(snap_compare, archive, tmp_path, size: tuple[int, int], keys: list[str]) -> None:
    from paperterm.model.library import Library
    from paperterm.state.reading import ReadingState

    options = ReaderOptions(
        state=ReadingState.open(tmp_path / "state"),
        fold_cache=tmp_path / "fold.json",
        library=Library.scan(archive),
        cache=tmp_path / "cache",
    )
    app = make_app(load_issue(archive / "sxrb" / "2015-01-06.yaml", "sxrb"), options)

    async def run_before(pilot) -> None:
        await pilot.press(*keys)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)
