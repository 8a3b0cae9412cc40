"""`cat` of pages without articles (a page of pictures or adverts): the pages, each with a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperterm.cli import main

EMPTY_PAGES = """\
format: paperterm/1
paper: 测试日报
date: 2024-11-19
pages:
  - number: 1
    name: 要闻
  - number: 2
    name: 广告
    articles: []
"""

ONE_EMPTY = (
    EMPTY_PAGES
    + """\
  - number: 3
    articles:
      - id: third
        title: 第三版头条
        body:
          - 第一段。
"""
)


def cat(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["cat", *args])
    out, err = capsys.readouterr()
    return status, out, err


def issue(tmp_path: Path, text: str) -> str:
    path = tmp_path / "2024-11-19.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_an_issue_of_empty_pages_prints_each_page_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = cat(capsys, issue(tmp_path, EMPTY_PAGES))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "== 第1版 要闻 ==",
        "(no articles on this page)",
        "",
        "== 第2版 广告 ==",
        "(no articles on this page)",
    ]
    assert "None" not in out


def test_an_empty_page_among_others_and_one_page_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = issue(tmp_path, ONE_EMPTY)
    status, out, _ = cat(capsys, path)
    assert status == 0 and out.count("(no articles on this page)") == 2 and "第三版头条" in out
    status, out, _ = cat(capsys, path, "--page", "2")
    assert (status, out) == (0, "== 第2版 广告 ==\n(no articles on this page)\n")


def test_an_article_asked_of_an_issue_without_any_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = cat(capsys, issue(tmp_path, EMPTY_PAGES), "nope")
    assert status == 2
    assert err == "paperterm: no article 'nope': this issue has no articles\n"
