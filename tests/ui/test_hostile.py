"""Hostile issue files and a hostile environment: clear one-line errors, literal text, nothing lost."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.widgets import OptionList

from paperterm.app import make_app
from paperterm.cli import main
from paperterm.model.loader import load_issue, parse_issue
from paperterm.model.problems import Problem
from paperterm.screens.reader import ReaderScreen
from paperterm.state.db import FILENAME
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from paperterm.widgets.article_view import ArticleView
from tests.app_helpers import settled, visible_lines, widget_text
from tests.conftest import ROOT, SAMPLE

BAD = ROOT / "tests" / "data" / "bad"
LOADS = {
    "controls.yaml",
    "crlf.yaml",
    "emoji-and-marks.yaml",
    "long-line.yaml",
    "long-title.yaml",
    "many-articles.yaml",
    "markup.yaml",
}
"""Files that load (their bad parts made safe); every other file in tests/data/bad is refused."""
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): \S")


def corpus() -> list[Path]:
    return sorted(BAD.glob("*.yaml"))


def test_the_corpus_has_what_the_issue_asks_for() -> None:
    names = {p.name for p in corpus()}
    assert len(names) >= 29 and names >= LOADS


@pytest.mark.parametrize("path", corpus(), ids=lambda p: p.name)
def test_check_cat_and_open_on_every_bad_file(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loads = path.name in LOADS
    status = main(["check", str(path)])
    out, err = capsys.readouterr()
    assert status == (0 if loads else 1)
    assert "Traceback" not in out + err
    for line in out.splitlines():
        assert LINE.match(line) and line.startswith(str(path)), line
    if not loads:
        assert out, "a refused file says why"
    for command in ("cat", "open"):
        if loads and command == "open":
            continue  # opened headless below, in the Pilot test
        status = main([command, str(path)])
        out, err = capsys.readouterr()
        assert status == (0 if loads else 1), command
        assert "Traceback" not in out + err
        if not loads:
            assert out == "" and all(line.startswith(f"paperterm: {path}:") for line in err.splitlines())
            assert len(err.splitlines()) >= 1


@pytest.mark.parametrize("name", sorted(LOADS))
def test_what_loads_holds_no_terminal_control_characters(name: str) -> None:
    issue = load_issue(BAD / name)
    for page, article in issue.articles():
        texts = [
            page.name or "",
            article.title,
            *(str(getattr(article, f) or "") for f in ("kicker", "caption")),
        ]
        texts += [b if isinstance(b, str) else b.text for b in article.body]
        assert not any(UNSAFE.search(t) for t in texts)


@pytest.mark.parametrize("name", sorted(LOADS))
@pytest.mark.parametrize("size", [(80, 24), (41, 20), (23, 12)])
async def test_the_reader_opens_every_loadable_file(name: str, size: tuple[int, int]) -> None:
    app = make_app(load_issue(BAD / name))
    async with app.run_test(size=size) as pilot:
        await pilot.press("n", "enter", "space")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ReaderScreen)
        view = app.screen.query_one("#article", ArticleView)
        for row in visible_lines(view):
            assert cell_len(row) <= view.scrollable_content_region.width


async def test_markup_is_literal_in_titles_lists_notifications_and_search() -> None:
    issue = load_issue(BAD / "markup.yaml")
    notice = "[/] broken [bold]config[/bold] [@click=app.quit]x[/]"
    app = make_app(issue, ReaderOptions(notices=(notice,)))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert any(n.message == notice for n in app._notifications)
        headline = str(screen.query_one("#headlines", OptionList).get_option_at_index(0).prompt)
        assert "[@click=app.quit]x[/]" in headline and "[bold]粗[/]" in headline
        assert "[/]" in str(screen.query_one("#sidebar", OptionList).get_option_at_index(0).prompt)
        await pilot.press("slash", *"退出")
        await settled(pilot)
        results = str(app.screen.query_one("#results", OptionList).get_option_at_index(0).prompt)
        assert "=app.quit]退出[/]" in results  # the snippet shows 12 characters each side
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert "Quit; your place is kept" in widget_text(app.screen.query_one("#keys"))
        assert app.is_running


def test_a_50_mb_file_is_refused_quickly_with_a_size_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.write(SAMPLE.read_bytes())
        handle.write(b"#" * (50 * 1024 * 1024))
    assert main(["check", str(big)]) == 1
    assert "file is larger than 20 MB" in capsys.readouterr().out
    monkeypatch.setenv("PAPERTERM_MAX_ISSUE_MB", "0.001")
    assert main(["check", str(SAMPLE)]) == 1
    assert "larger than 0.001 MB" in capsys.readouterr().out


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_an_issue_or_problems_never_an_exception(text: str) -> None:
    issue, problems = parse_issue(text, "fuzz.yaml")
    assert issue is not None or problems
    assert all(isinstance(p, Problem) and str(p).startswith("fuzz.yaml") for p in problems)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_through_check_give_problems_never_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.yaml"
    path.write_bytes(data)
    assert main(["check", str(path)]) in (0, 1)


def test_a_library_that_is_a_file_or_loops(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert main(["open", "--library", str(not_a_folder)]) == 2
    assert capsys.readouterr().err == f"paperterm: no issues found in {not_a_folder}\n"
    loop = tmp_path / "loop"
    loop.mkdir()
    (loop / "sxrb").symlink_to(loop / "sxrb")
    (loop / "2024-11-20.yaml").symlink_to(loop / "2024-11-20.yaml")
    shutil.copy(SAMPLE, loop / "2024-11-19.yaml")
    assert main(["list", "--library", str(loop)]) == 0
    assert capsys.readouterr().out.startswith("2024年11月19日")


def test_a_file_that_vanishes_between_listing_and_opening(
    library: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import paperterm.model.loader as loader

    real = loader.load_issue

    def vanish_first(path, *args, **kwargs):
        Path(path).unlink()
        return real(path, *args, **kwargs)

    monkeypatch.setattr(loader, "load_issue", vanish_first)
    assert main(["cat", "2024-11-19", "--library", str(library)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("paperterm: ") and "cannot read file" in err and err.count("\n") == 1


def test_dates_never_become_paths_outside_the_library(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for when in ("2024-11-19/../../../etc/passwd", "../2024-11-19", "2024-11-19.yaml"):
        assert main(["cat", when, "--library", str(library)]) == 2
        assert "no such issue file" in capsys.readouterr().err
    assert main(["cat", "../../etc/hostname-that-is-not-an-issue"]) == 2  # a path the user chose: just a path


async def test_a_full_disk_during_a_save_neither_crashes_nor_corrupts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = ReadingState.open(tmp_path)
    app = make_app(load_issue(SAMPLE), ReaderOptions(state=state))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await settled(pilot)
        app.save_reading()
        before = (tmp_path / FILENAME).read_bytes()

        def full(*_: object, **__: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(state, "save_articles", full)
        await pilot.press("n", "enter", "space")
        await settled(pilot)
        app.save_reading()
        await pilot.pause()
        assert app.is_running
        assert any("Could not save reading position" in str(n.message) for n in app._notifications)
    assert (tmp_path / FILENAME).read_bytes() == before
    assert sqlite3.connect(tmp_path / FILENAME).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


async def test_a_broken_config_still_opens_with_a_notice_naming_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, library: Path
) -> None:
    import argparse

    from paperterm.cli.reader import reader_options

    config = tmp_path / "config.toml"
    config.write_text('highlight = "煤矿"\n', encoding="utf-8")
    monkeypatch.setenv("PAPERTERM_CONFIG", str(config))
    options = reader_options(
        argparse.Namespace(script=None, highlight=[], language=None), ReadingState.open(tmp_path / "s")
    )
    app = make_app(load_issue(SAMPLE), options)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any("'highlight' must be a list of strings" in str(n.message) for n in app._notifications)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article is not None


def test_an_unreadable_library_is_a_message(
    library: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # chmod cannot lock root (CI's user) out of a folder, so the refusal is simulated.
    import paperterm.model.library as library_module

    real = os.scandir

    def refuse(path):
        if Path(path) == library:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(library_module.os, "scandir", refuse)
    assert main(["list", "--library", str(library)]) == 2
    assert capsys.readouterr().err == f"paperterm: no issues found in {library}\n"
    assert main(["open", "2024-11-19", "--library", str(library)]) == 2
    assert "no issues found" in capsys.readouterr().err
