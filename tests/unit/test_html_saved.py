"""Saved copies of a site read by the address each page stands for, however it was saved."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from paperterm.importer.html import import_html
from paperterm.importer.text import ImportProblem
from tests.sites.builders import classic
from tests.sites.mirror import DATE, PAPERS, golden
from tests.sites.saved_as import browser, httrack, wget_converted, wget_pages


def test_a_browser_saved_page_is_read_from_the_files_named_on_the_command_line(tmp_path: Path) -> None:
    """`paperterm import *.html`: the pages given, not their folder; the saved-from marks still
    tell the paper (its site) and the date (its folders)."""
    paper_id, host, build = PAPERS["founder-nbs"]
    browser(tmp_path, build(), host)
    result = import_html(sorted(tmp_path.glob("*.html")), paper=None, paper_id=None, date=None)
    assert result.issue.paper_id == paper_id
    assert result.yaml == golden("founder-nbs")


def test_what_a_browser_saves_beside_a_page_is_not_read(tmp_path: Path) -> None:
    _, host, build = PAPERS["founder-pc"]
    browser(tmp_path, build(), host)
    for page in tmp_path.glob("*.html"):
        page.unlink()
    with pytest.raises(ImportProblem, match="no saved pages"):
        import_html([tmp_path], paper=None, paper_id=None, date=None)


def test_httracks_own_files_are_not_read(tmp_path: Path) -> None:
    _, host, build = PAPERS["founder-classic"]
    httrack(tmp_path, build(), host)
    shutil.rmtree(tmp_path / host.split("/")[0])
    assert (tmp_path / "index.html").exists() and (tmp_path / "hts-cache").is_dir()
    with pytest.raises(ImportProblem, match="no saved pages"):
        import_html([tmp_path], paper=None, paper_id=None, date=None)


def test_wget_names_saved_on_windows_keep_the_query_after_an_at_sign(tmp_path: Path) -> None:
    """wget on Windows writes `?` as `@` (content_1.htm@div=-1.html); the page is the same."""
    _, host, build = PAPERS["founder-classic"]
    wget_converted(tmp_path, build(), host)
    for file in list(tmp_path.rglob("*?*")):
        file.rename(file.with_name(file.name.replace("?", "@")))
    for page in tmp_path.rglob("node_*.htm"):
        page.write_bytes(page.read_bytes().replace(b"%3F", b"@"))
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.yaml == golden("founder-classic")


def test_absolute_links_of_pages_saved_one_by_one_find_the_day_in_their_folders(tmp_path: Path) -> None:
    """`wget -p -k` run page by page leaves links to the other pages absolute; with two days
    saved, node_3.htm is in both, and the one in the link's host/path folders is meant."""
    _, host, _ = PAPERS["founder-classic"]
    wget_pages(tmp_path, classic(DATE + dt.timedelta(days=1), "科技日报"), host)
    wget_pages(tmp_path, classic(DATE), host)
    result = import_html([tmp_path], paper=None, paper_id=None, date=DATE)
    assert result.yaml == golden("founder-classic")


def test_a_mark_or_a_link_no_address_can_be_made_of_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        "<!-- saved from url=(0012)http://[bad -->\n<html><body><a href='http://[x/a.htm'>版面</a>"
        "<p>本报讯　今天上午，全市农民在田间收获玉米，一派丰收景象。</p></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ImportProblem, match="which paper"):
        import_html([tmp_path], paper=None, paper_id=None, date=None)
