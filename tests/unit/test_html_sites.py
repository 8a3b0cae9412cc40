"""Saved mirrors of each e-paper system import to their golden issues, by structure alone."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from paperterm.importer.html import import_html
from paperterm.importer.html.article import read_article
from paperterm.importer.html.profile import load_profiles
from paperterm.model.issue import Region
from tests.sites.builders import classic, nbs, pc
from tests.sites.mirror import DATE, PAPERS, golden, write_mirror


@pytest.mark.parametrize("system", sorted(PAPERS))
def test_a_mirror_imports_to_its_golden_issue(system: str, tmp_path: Path) -> None:
    paper_id, host, build = PAPERS[system]
    write_mirror(tmp_path, build(), host)
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.problems == []
    assert result.issue.paper_id == paper_id  # told by the folders wget names after the site
    assert result.yaml == golden(system)


def test_every_system_reads_the_same_issue_alike() -> None:
    """The same texts laid out three ways read the same (only the paper, the source and whether
    the page picture gives its size differ)."""
    bodies = {s: re.sub(r"\n *size: .*", "", golden(s).split("pages:", 1)[1]) for s in PAPERS}
    assert len(set(bodies.values())) == 1


def test_regions_come_from_the_image_map_in_the_pictures_pixels(tmp_path: Path) -> None:
    write_mirror(tmp_path, classic(DATE))
    issue = import_html([tmp_path], paper="科技日报", paper_id="kjrb", date=None).issue
    first = issue.pages[0]
    assert first.size == (600.0, 900.0)  # the page picture's width and height attributes
    story, report, photo = first.articles
    assert story.regions == (Region("body", 12.0, 20.0, 468.0, 280.0),)  # polygon → its box
    assert len(report.regions) == 2  # an article set in two blocks has two areas
    assert photo.regions == (Region("body", 250.0, 440.0, 230.0, 120.0),)  # rect


def test_a_size_the_map_overruns_is_dropped_and_the_regions_kept(tmp_path: Path) -> None:
    files = {k: v.replace(b"width=600 height=900", b"width=300 height=450") for k, v in classic(DATE).items()}
    write_mirror(tmp_path, files)
    result = import_html([tmp_path], paper="科技日报", paper_id="kjrb", date=None)
    assert result.problems == []
    assert result.issue.pages[0].size is None
    assert result.issue.pages[0].articles[0].regions
    assert any("image map reaches past" in note for note in result.notes)


def test_without_sizes_on_the_picture_the_regions_stay_in_its_pixels(tmp_path: Path) -> None:
    write_mirror(tmp_path, nbs(DATE))
    issue = import_html([tmp_path], paper=None, paper_id="rmrb", date=None).issue
    assert issue.pages[0].size is None
    assert issue.pages[0].articles[0].regions[0] == Region("body", 12.0, 20.0, 468.0, 280.0)


def test_pages_saved_without_their_articles_keep_the_link_titles(tmp_path: Path) -> None:
    files = {k: v for k, v in nbs(DATE).items() if "nbs." in k}
    write_mirror(tmp_path, files)
    result = import_html([tmp_path], paper="人民日报", paper_id=None, date=None)
    first = result.issue.pages[0].articles[0]
    # On these pages the link text is written by script: view("主题<br>副题") → the 主题.
    assert first.title == "秋粮收获进度过半"
    assert first.body == ()
    assert any("article page not there" in note for note in result.notes)


def test_article_pages_saved_alone_make_pages_of_their_own(tmp_path: Path) -> None:
    folder = write_mirror(tmp_path, nbs(DATE))
    saved = sorted(folder.rglob("nw.*_1-0[12].htm"))
    issue = import_html(saved, paper="人民日报", paper_id=None, date=None).issue
    assert [p.number for p in issue.pages] == [1, 2]  # from nw.…_1-02.htm
    assert issue.date == DATE


def test_one_saved_pc_article_page_gets_its_date_from_the_enpproperty(tmp_path: Path) -> None:
    page = next(v for k, v in pc(DATE).items() if k.endswith("content_30001.html"))
    (tmp_path / "content_30001.html").write_bytes(page)
    issue = import_html([tmp_path / "content_30001.html"], paper="x", paper_id=None, date=None).issue
    assert issue.date == DATE
    assert issue.pages[0].articles[0].title == "秋粮收获进度过半农机跨区作业提速"


def test_a_mirror_of_several_days_asks_which(tmp_path: Path) -> None:
    write_mirror(tmp_path, classic(DATE))
    write_mirror(tmp_path, classic(DATE.replace(day=21)))
    from paperterm.importer.text import ImportProblem

    with pytest.raises(ImportProblem, match=r"2025-10-20, 2025-10-21.*--date"):
        import_html([tmp_path], paper="x", paper_id=None, date=None)
    issue = import_html([tmp_path], paper="x", paper_id=None, date=DATE.replace(day=21)).issue
    assert issue.date == DATE.replace(day=21)


def test_parsing_a_saved_article_page_takes_under_5_ms() -> None:
    system = load_profiles().systems["founder-classic"]
    page = next(v for k, v in classic(DATE).items() if "content_" in k).decode("gbk")
    read_article(page, "x", system)  # the parser's import is paid once, at the first page
    start = time.perf_counter()
    for _ in range(50):
        read_article(page, "x", system)
    assert (time.perf_counter() - start) / 50 < 0.005


def test_wget_names_with_the_query_in_them_are_found(tmp_path: Path) -> None:
    """wget -r saves content_1001.htm?div=-1 under that very name (…@div=-1 on Windows)."""

    def saved_as(path: str) -> str:
        if "content_" not in path:
            return path
        return path + ("@div=-1" if path.endswith("content_1002.htm") else "?div=-1")

    renamed = {saved_as(k): v for k, v in classic(DATE).items()}
    write_mirror(tmp_path, renamed, PAPERS["founder-classic"][1])
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.yaml == golden("founder-classic")


def test_pages_a_browser_saved_with_absolute_links_in_one_folder(tmp_path: Path) -> None:
    site = "http://digitalpaper.stdaily.com/http_www.kjrb.com/kjrb/html/2025-10/20/"
    for path, data in classic(DATE).items():
        text = re.sub(rb"href=(node_|content_)", b"href=" + site.encode() + rb"\1", data)
        (tmp_path / path.rsplit("/", 1)[-1]).write_bytes(text)
    result = import_html([tmp_path], paper="科技日报", paper_id="kjrb", date=None)
    strip = lambda text: re.sub(r"(?m)^source: .*\n", "", text)  # noqa: E731
    assert strip(result.yaml) == strip(golden("founder-classic"))


def test_a_front_page_guide_to_stories_further_in_leaves_them_on_their_pages(tmp_path: Path) -> None:
    files = classic(DATE)
    front = "html/2025-10/20/node_2.htm"
    guide = b"<div id=titleList><ul>\r\n<li><a href=content_1004.htm>guide</a></li>"  # page 2's story
    files[front] = files[front].replace(b"<div id=titleList><ul>\r\n", guide, 1)
    write_mirror(tmp_path, files, PAPERS["founder-classic"][1])
    result = import_html([tmp_path], paper=None, paper_id=None, date=None)
    assert result.yaml == golden("founder-classic")
