"""`paperterm fetch` against a local e-paper site: each system's mirror fetches to its golden issue,
a second run resumes, and the faults of real sites end in one line, never a half-written issue."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from paperterm.cli import main
from paperterm.fetch.client import Client, FetchError
from paperterm.fetch.issue import fetch_issue, latest
from paperterm.fetch.store import Store
from paperterm.importer.html.profile import load_profiles
from tests.sites.builders import classic
from tests.sites.mirror import DATE, PAPERS, golden
from tests.sites.others import SITES, golden_name
from tests.sites.server import Fault, Site, serve
from tests.sites.texts import ISSUE, Sheet

SYSTEM_OF = {paper_id: system for system, (paper_id, _, _) in PAPERS.items()}
NAMES = {"kjrb": "科技日报", "rmrb": "人民日报", "jjrb": "经济日报"}


def _profiles(home: Path, site: Site) -> Path:
    """The reader's own profiles: the shipped papers, moved to the local site."""
    folder = home / ".config" / "paperterm" / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    for paper_id, system in SYSTEM_OF.items():
        (folder / f"{paper_id}.toml").write_text(
            f'kind = "paper"\nid = "{paper_id}"\nname = "{NAMES[paper_id]}"\n'
            f'base = "{site.url(paper_id)}/"\n\n[[edition]]\nsystem = "{system}"\n',
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def site(isolated_user: Path) -> Iterator[Site]:
    served = Site()
    for paper_id, _, build in PAPERS.values():
        served.files.update({f"{paper_id}/{path}": data for path, data in build().items()})
    for number in range(1, len(ISSUE) + 1):
        served.files[f"kjrb/page/1/2025-10/20/{number:02d}/20251020{number:02d}_pdf.pdf"] = b"%PDF-1.4 page"
    with serve(served):
        _profiles(isolated_user, served)
        yield served


def run(*args: str) -> int:
    return main(["fetch", *args])


def _issue(library: Path, paper_id: str) -> str:
    text = (library / paper_id / "2025-10-20.yaml").read_text(encoding="utf-8")
    return re.sub(r"(?m)^source: .*\n", "", text)


def _golden(system: str) -> str:
    return re.sub(r"(?m)^source: .*\n", "", golden(system))


@pytest.mark.parametrize("paper_id", sorted(SYSTEM_OF))
def test_fetch_of_each_system_equals_its_golden(site: Site, tmp_path: Path, paper_id: str) -> None:
    library = tmp_path / "lib"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "paperterm",
            "fetch",
            paper_id,
            "2025-10-20",
            "--into",
            str(library),
            "--delay",
            "0",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert _issue(library, paper_id) == _golden(SYSTEM_OF[paper_id])
    assert (
        "source: Fetched by paperterm from http://127.0.0.1"
        in (library / paper_id / "2025-10-20.yaml").read_text()
    )


def test_a_second_run_asks_only_for_the_pages_and_gets_304s(site: Site, tmp_path: Path) -> None:
    library = tmp_path / "lib"
    assert run("kjrb", "2025-10-20", "--into", str(library), "--delay", "0") == 0
    first = len(site.log)
    assert run("kjrb", "2025-10-20", "--into", str(library), "--delay", "0") == 0  # there already
    assert len(site.log) == first
    assert run("kjrb", "2025-10-20", "--into", str(library), "--delay", "0", "--force") == 0
    again = site.log[first:]
    assert again and all("node_" in path and conditional for path, conditional in again)


def test_a_failing_article_leaves_no_issue_and_the_retry_fetches_only_what_is_missing(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "lib"
    site.faults["jjrb/pc/content/202510/20/content_30006.html"] = Fault(status=500)
    assert run("jjrb", "2025-10-20", "--into", str(library), "--delay", "0") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "content_30006.html: HTTP 500" in err and "kept for the next try" in err
    assert not (library / "jjrb").exists()
    assert site.seen["jjrb/pc/content/202510/20/content_30006.html"] == 4  # retried 3 times
    site.faults.clear()
    before = len(site.log)
    assert run("jjrb", "2025-10-20", "--into", str(library), "--delay", "0") == 0
    fetched = [path for path, conditional in site.log[before:] if not conditional]
    assert [p for p in fetched if "content_" in p] == [
        "jjrb/pc/content/202510/20/content_30006.html",
        "jjrb/pc/content/202510/20/content_30007.html",
        "jjrb/pc/content/202510/20/content_30008.html",
        "jjrb/pc/content/202510/20/content_30009.html",
        "jjrb/pc/content/202510/20/content_30010.html",
    ]
    assert _issue(library, "jjrb") == _golden("founder-pc")


def test_an_article_the_site_does_not_have_keeps_its_title_and_says_so(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    del site.files["kjrb/html/2025-10/20/content_1002.htm"]
    assert run("kjrb", "2025-10-20", "--into", str(tmp_path), "--delay", "0", "--report") == 0
    assert "content_1002.htm: article page not there; its title only" in capsys.readouterr().err
    assert "  - id: p1-2\n    title: 前三季度国民经济运行总体平稳\n    regions:" in _issue(tmp_path, "kjrb")


def test_a_day_without_an_issue_is_one_line(
    site: Site, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("kjrb", "2025-10-21", "--into", str(tmp_path), "--delay", "0") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2025-10/21/node_2.htm: no such page" in err


def test_a_body_cut_short_is_asked_for_again(site: Site, tmp_path: Path) -> None:
    site.faults["rmrb/html/2025-10/20/nw.D110000renmrb_20251020_1-01.htm"] = Fault(cut=True, times=1)
    assert run("rmrb", "2025-10-20", "--into", str(tmp_path), "--delay", "0") == 0
    assert _issue(tmp_path, "rmrb") == _golden("founder-nbs")


def _store(tmp_path: Path, **settings: float) -> Store:
    return Store(tmp_path / "cache", Client(delay=0, backoff=0, **settings))  # type: ignore[arg-type]


def test_a_slow_site_times_out_in_one_line(site: Site, tmp_path: Path) -> None:
    site.faults["kjrb/html/2025-10/20/node_3.htm"] = Fault(pause=1.0)
    profiles = load_profiles(tmp_path / "home" / ".config" / "paperterm" / "profiles")
    with pytest.raises(FetchError, match=r"node_3\.htm: timed out, 2 tries"):
        fetch_issue(profiles.papers["kjrb"], profiles, DATE, _store(tmp_path, timeout=0.3, retries=1))


def test_a_redirect_loop_and_a_bomb_are_refused(site: Site, tmp_path: Path) -> None:
    site.faults["kjrb/html/2025-10/20/node_3.htm"] = Fault(redirect="kjrb/loop")
    site.faults["kjrb/loop"] = Fault(redirect="kjrb/html/2025-10/20/node_3.htm")
    profiles = load_profiles(tmp_path / "home" / ".config" / "paperterm" / "profiles")
    with pytest.raises(FetchError, match="too many redirects"):
        fetch_issue(profiles.papers["kjrb"], profiles, DATE, _store(tmp_path))
    site.faults = {"kjrb/html/2025-10/20/node_4.htm": Fault(huge=12 * 1024 * 1024)}
    with pytest.raises(FetchError, match=r"node_4\.htm: larger than 8 MB"):
        fetch_issue(profiles.papers["kjrb"], profiles, DATE, _store(tmp_path))


def test_a_page_that_changes_between_runs_is_read_again(site: Site, tmp_path: Path) -> None:
    assert run("kjrb", "2025-10-20", "--into", str(tmp_path), "--delay", "0") == 0
    bigger = [Sheet(s.number, s.name, list(s.items)) for s in ISSUE]
    bigger[3].items.append(ISSUE[0].items[1])  # a late article on the 广告 page
    site.files.update({f"kjrb/{p}": d for p, d in classic(DATE, issue=bigger).items()})
    assert run("kjrb", "2025-10-20", "--into", str(tmp_path), "--delay", "0", "--force") == 0
    assert "- number: 4\n  name: 广告\n  size: [600, 900]\n  articles:\n  - id: p4-1" in _issue(
        tmp_path, "kjrb"
    )


def test_latest_walks_back_to_the_newest_issue(site: Site, tmp_path: Path) -> None:
    profiles = load_profiles(tmp_path / "home" / ".config" / "paperterm" / "profiles")
    assert latest(profiles.papers["kjrb"], profiles, _store(tmp_path), today=DATE.replace(day=23)) == DATE


def test_pdf_keeps_each_pages_pdf_beside_the_issue(site: Site, tmp_path: Path) -> None:
    assert run("kjrb", "2025-10-20", "--into", str(tmp_path), "--delay", "0", "--pdf") == 0
    kept = sorted(p.name for p in (tmp_path / "kjrb" / "2025-10-20").iterdir())
    assert kept == ["page-01.pdf", "page-02.pdf", "page-03.pdf", "page-04.pdf"]


def test_list_shows_the_readers_own_profiles_and_an_unknown_paper_is_a_usage_error(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--list") == 0
    assert f"kjrb     科技日报  {site.url('kjrb')}/  (founder-classic)" in capsys.readouterr().out
    assert run("nosuch") == 2
    assert "no profile for 'nosuch'" in capsys.readouterr().err


def test_a_24_page_150_article_issue_fetches_within_10_seconds(isolated_user: Path, tmp_path: Path) -> None:
    items = [item for sheet in ISSUE for item in sheet.items]
    sheets = [
        Sheet(n, f"版{n}", [items[(n + k) % len(items)] for k in range(6 + (n % 4 < 2))])
        for n in range(1, 25)
    ]
    assert sum(len(s.items) for s in sheets) >= 150
    served = Site(files={f"kjrb/{p}": d for p, d in classic(DATE, issue=sheets).items()})
    with serve(served):
        _profiles(isolated_user, served)
        start = time.perf_counter()
        assert run("kjrb", "2025-10-20", "--into", str(tmp_path), "--delay", "0") == 0
        assert time.perf_counter() - start < 10
    assert _issue(tmp_path, "kjrb").count("\n  - id: p") >= 150


def test_a_cache_that_cannot_be_written_is_one_line(
    site: Site, tmp_path: Path, isolated_user: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = isolated_user / ".cache" / "paperterm"
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("not a folder")
    assert run("kjrb", "2025-10-20", "--into", str(tmp_path), "--delay", "0") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("paperterm: ") and "Traceback" not in err
    assert not (tmp_path / "kjrb").exists()


def test_a_paper_on_a_site_no_system_profile_knows_is_fetched_by_structure(
    isolated_user: Path, tmp_path: Path
) -> None:
    """A paper profile with `system = "generic"` and its first page: the issue's pages are
    found from it by what they hold, each asked for once, nothing outside the issue."""
    paper, _, build = SITES["noisy"]
    served = Site(files={f"xhwb/{path}": data for path, data in build().items()})
    with serve(served):
        folder = isolated_user / ".config" / "paperterm" / "profiles"
        folder.mkdir(parents=True)
        (folder / "xhwb.toml").write_text(
            f'kind = "paper"\nid = "xhwb"\nname = "{paper}"\nbase = "{served.url("xhwb")}/"\n\n'
            '[[edition]]\nsystem = "generic"\nfirst_page = "pc/layout/{yyyy}-{mm}-{dd}/node_A01.html"\n',
            encoding="utf-8",
        )
        assert run("xhwb", "2025-11-19", "--into", str(tmp_path), "--delay", "0") == 0
        asked = [path for path, _ in served.log]
    got = (tmp_path / "xhwb" / "2025-11-19.yaml").read_text(encoding="utf-8")
    assert got.split("pages:", 1)[1] == golden(golden_name("noisy")).split("pages:", 1)[1]
    assert len(asked) == len(set(asked)) == len(served.files)  # every page once, and no other


FIRST_PAGES = {
    "js": "layout/{yyyy}-{mm}/{dd}/bm_1.html",
    "frames": "html/{yyyy}-{mm}/{dd}/node_1.htm",
    "blocks": "e/{yyyy}{mm}{dd}/bm_1.html",
}
"""The first 版面 page of each invented system whose links are made by script, whose pages are
built of frames, or whose pages print their articles."""


@pytest.mark.parametrize("site", sorted(FIRST_PAGES))
def test_a_site_of_script_links_frames_or_printed_articles_is_fetched_by_structure(
    site: str, isolated_user: Path, tmp_path: Path
) -> None:
    paper, _, build = SITES[site]
    served = Site(files={f"p/{path}": data for path, data in build().items()})
    with serve(served):
        folder = isolated_user / ".config" / "paperterm" / "profiles"
        folder.mkdir(parents=True)
        (folder / "p.toml").write_text(
            f'kind = "paper"\nid = "p"\nname = "{paper}"\nbase = "{served.url("p")}/"\n\n'
            f'[[edition]]\nsystem = "generic"\nfirst_page = "{FIRST_PAGES[site]}"\n',
            encoding="utf-8",
        )
        assert run("p", "2025-11-19", "--into", str(tmp_path), "--delay", "0") == 0
        asked = [path for path, _ in served.log]
    got = (tmp_path / "p" / "2025-11-19.yaml").read_text(encoding="utf-8")
    assert got.split("pages:", 1)[1] == golden(golden_name(site)).split("pages:", 1)[1]
    assert len(asked) == len(set(asked)) == len(served.files)  # every page once, and no other
