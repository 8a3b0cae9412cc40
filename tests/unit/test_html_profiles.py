"""Site profiles are data: the shipped ones, and the reader's own from the config folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from paperterm.importer.html import import_html
from paperterm.importer.html.profile import load_profiles
from paperterm.importer.text import ImportProblem
from tests.sites.builders import classic
from tests.sites.mirror import DATE, write_mirror


def test_shipped_papers_and_the_system_each_used_on_a_date() -> None:
    profiles = load_profiles()
    assert {"rmrb", "gmrb", "jjrb", "hbrb", "kjrb"} <= set(profiles.papers)
    rmrb = profiles.papers["rmrb"]
    before, after = dt.date(2024, 11, 19), dt.date(2025, 10, 20)
    assert [(s.id, url) for s, url in rmrb.candidates(before, profiles.systems)] == [
        ("founder-nbs", "http://paper.people.com.cn/rmrb/html/2024-11/19/nbs.D110000renmrb_01.htm")
    ]
    assert [(s.id, url) for s, url in rmrb.candidates(after, profiles.systems)] == [
        ("founder-pc", "http://paper.people.com.cn/rmrb/pc/layout/202510/20/node_01.html")
    ]
    kjrb = profiles.papers["kjrb"].candidates(after, profiles.systems)
    assert kjrb[0][1].endswith("/kjrb/html/2025-10/20/node_2.htm")


def test_a_readers_own_paper_and_system(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(
        'kind = "system"\nid = "mine"\nfirst_page = "epaper/{yyyy}{mm}{dd}/page_1.htm"\n'
        "[urls]\npage = 'page_\\d+\\.htm$'\narticle = 'art_\\d+\\.htm$'\n"
        "[page]\narticle_links = ['.list a']\n[article]\ntitle = ['.t']\nbody = ['.b']\n",
        encoding="utf-8",
    )
    (tmp_path / "xyrb.toml").write_text(
        'kind = "paper"\nid = "xyrb"\nname = "新阳日报"\nbase = "https://e.example.cn/"\n'
        '[[edition]]\nsystem = "mine"\n',
        encoding="utf-8",
    )
    (tmp_path / "kjrb.toml").write_text(
        'kind = "paper"\nid = "kjrb"\nname = "科技日报"\nbase = "http://mirror.example/kjrb"\n'
        'system = "founder-classic"\n',
        encoding="utf-8",
    )
    profiles = load_profiles(tmp_path)
    assert profiles.papers["kjrb"].base == "http://mirror.example/kjrb/"  # the reader's own wins
    site = profiles.papers["xyrb"].candidates(DATE, profiles.systems)
    assert site[0][1] == "https://e.example.cn/epaper/20251020/page_1.htm"
    saved = tmp_path / "saved" / "epaper" / "20251020"
    saved.mkdir(parents=True)
    (saved / "page_1.htm").write_text("<div class=list><a href=art_7.htm>题</a></div>", encoding="utf-8")
    (saved / "art_7.htm").write_text("<p class=t>自己的报纸</p><div class=b><p>　　正文。</p></div>")
    issue = import_html([tmp_path / "saved"], paper=None, paper_id="xyrb", date=DATE, profiles=tmp_path).issue
    assert (issue.paper, issue.pages[0].articles[0].title) == ("新阳日报", "自己的报纸")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("kind = [", "not a readable TOML profile"),
        ('kind = "paper"\n', "a profile needs an id"),
        ('kind = "other"\nid = "x"\n', 'kind must be "system" or "paper"'),
        (
            'kind = "paper"\nid = "x"\nbase = "ftp://x"\nsystem = "founder-pc"\n',
            "base must be the site's http",
        ),
        (
            'kind = "paper"\nid = "x"\nbase = "http://x"\nsystem = "nosuch"\n',
            "no system profile named 'nosuch'",
        ),
        ('kind = "system"\nid = "s"\n[urls]\npage = "("\narticle = "a"\n', "urls.page is not a regular"),
    ],
)
def test_a_bad_profile_is_one_line_naming_its_file(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ImportProblem, match="bad.toml: .*" + message.replace("(", r"\(")):
        load_profiles(tmp_path)


def test_import_names_the_paper_from_the_folders_wget_made(tmp_path: Path) -> None:
    write_mirror(tmp_path, classic(DATE), "digitalpaper.stdaily.com/http_www.kjrb.com/kjrb")
    issue = import_html([tmp_path], paper=None, paper_id=None, date=None).issue
    assert (issue.paper, issue.paper_id) == ("科技日报", "kjrb")
    bare = write_mirror(tmp_path / "elsewhere", classic(DATE))
    issue = import_html([bare], paper=None, paper_id=None, date=None).issue
    assert issue.paper == "科技日报"  # no profile's site: the name the pages' titles print
    nameless = write_mirror(tmp_path / "nameless", classic(DATE, paper=""))
    with pytest.raises(ImportProblem, match="give --paper"):
        import_html([nameless], paper=None, paper_id=None, date=None)
