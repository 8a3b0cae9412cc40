"""Finding an article's continuation (下转/上接) and reading the parts as one."""

from __future__ import annotations

from pathlib import Path

from paperterm.model.continuation import continuation, continuation_ids, continued_from, read_on
from paperterm.model.issue import Heading, Issue
from paperterm.model.loader import parse_issue
from paperterm.model.writer import dump_issue
from paperterm.state.reading import ReadingState
from paperterm.state.session import ReadingSession

ISSUE_TEXT = """\
format: paperterm/1
paper: 测试日报
date: 2024-11-19
pages:
  - number: 1
    articles:
      - id: head
        title: 煤矿 水害防治
        body: [第一段。]
        continued_on: 3
      - id: other
        title: 另一篇
        body: [别的。]
        continued_on: 2
  - number: 2
    articles:
      - id: short
        title: 标题缩短了
        body: [接着另一篇。]
        continued_from: 1
  - number: 3
    articles:
      - id: decoy
        title: 别的文章
        body: [无关。]
        continued_from: 1
      - id: tail
        title: 煤矿水害防治
        body: [第二段。]
        continued_from: 1
"""


def issue(text: str = ISSUE_TEXT) -> Issue:
    loaded, problems = parse_issue(text)
    assert loaded is not None, problems
    return loaded


def test_the_continuation_has_the_same_title_spaces_aside_and_points_back() -> None:
    found = issue()
    page, head = found.pages[0], found.pages[0].articles[0]
    part = continuation(found, page, head)
    assert part is not None and part[1].id == "tail"  # not "decoy", also continued from page 1
    assert continued_from(found, *part) == (page, head)


def test_a_lone_candidate_is_taken_without_a_matching_title() -> None:
    found = issue()
    part = continuation(found, found.pages[0], found.pages[0].articles[1])
    assert part is not None and part[1].id == "short"


def test_continues_names_the_first_part_when_titles_differ() -> None:
    text = ISSUE_TEXT.replace(
        "        title: 别的文章\n", "        title: 别的文章\n        continues: head\n"
    )
    found = issue(text)
    part = continuation(found, found.pages[0], found.pages[0].articles[0])
    assert part is not None and part[1].id == "decoy"
    assert continued_from(found, *part) == (found.pages[0], found.pages[0].articles[0])
    assert "continues: head" in dump_issue(found)


def test_parts_are_not_items_and_read_on_joins_them() -> None:
    found = issue()
    assert continuation_ids(found) == {"tail", "short"}
    whole = read_on(found, found.pages[0], found.pages[0].articles[0])
    assert whole.body == ("第一段。", Heading("（接第3版）"), "第二段。") and whole.continued_on is None


def test_reading_the_first_part_to_the_end_reads_the_continuation(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path)
    session = ReadingSession(state, issue())
    session.move("head", 0, 0, 1.0, at_end=True)
    assert session.record("tail").state == "read" and session.record("decoy").state == "unread"
    session.flush()
    assert state.articles(session.key)["tail"].state == "read"
