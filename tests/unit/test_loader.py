"""The loader reports every problem with its line, and never lets unsafe text through."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from paperterm.model.issue import Article, Heading, Issue, Page, Region
from paperterm.model.loader import check_file, load_issue, parse_issue, slug
from paperterm.model.problems import IssueFileError
from paperterm.model.sanitize import clean
from paperterm.model.writer import dump_issue
from tests.issue_text import MINIMAL, issue_with_article


def errors(text: str, path: str = "x.yaml") -> list[str]:
    _, problems = parse_issue(text, path)
    return [str(p) for p in problems if p.severity == "error"]


def test_minimal_issue_gets_default_ids_and_paper_id() -> None:
    issue, problems = parse_issue(MINIMAL, "x.yaml")
    assert problems == []
    assert issue is not None
    assert issue.pages[0].articles[0].id == "p1-1"
    assert issue.paper_id == slug("测试日报")
    assert issue.paper_id == slug("测试日报")  # stable across calls
    assert issue.language == "zh-Hans"


def test_folder_name_is_the_default_paper_id() -> None:
    issue, _ = parse_issue(MINIMAL, "x.yaml", default_paper_id="cstest")
    assert issue is not None and issue.paper_id == "cstest"


def test_slug_of_latin_names() -> None:
    assert slug("Shanxi Daily") == "shanxi-daily"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "x.yaml:1: file is empty"),
        ("# only a comment\n", "x.yaml:1: file is empty"),
        ("- a\n- b\n", "x.yaml:1: the issue must be a mapping"),
        ("just a string\n", "x.yaml:1: the issue must be a mapping"),
        ("format: paperterm/1\npaper: [unclosed\n", "x.yaml:3: not valid YAML"),
        (MINIMAL.replace("paperterm/1", "paperterm/9"), "x.yaml:1: unsupported format 'paperterm/9'"),
        (MINIMAL.replace("format: paperterm/1\n", ""), "x.yaml:1: the issue is missing required 'format'"),
        (MINIMAL.replace("paper: 测试日报\n", ""), "x.yaml:1: the issue is missing required 'paper'"),
        (MINIMAL.replace("paper: 测试日报", "paper: [a, b]"), "x.yaml:2: 'paper' in the issue must be text"),
        (MINIMAL.replace("date: 2024-11-19\n", ""), "x.yaml:1: issue is missing required 'date'"),
        (MINIMAL.replace("date: 2024-11-19", "date: 2024-02-30"), "x.yaml:3: 'date' is not a real date"),
        (MINIMAL.replace("date: 2024-11-19", "date: [1]"), "x.yaml:3: 'date' must be a date"),
        (
            MINIMAL.replace("paper: 测试日报", "paper: 测试日报\npaper_id: Bad Id"),
            "x.yaml:3: 'paper_id' must use",
        ),
        (
            MINIMAL.replace("date: 2024-11-19", "date: 2024-11-19\nlanguage: en"),
            "x.yaml:4: 'language' must be",
        ),
        (MINIMAL.split("pages:")[0], "x.yaml:1: issue is missing required 'pages'"),
        (MINIMAL.split("pages:")[0] + "pages: []\n", "x.yaml:4: 'pages' must be a list of at least one page"),
        (
            MINIMAL.replace("  - number: 1\n", "  - number: one\n"),
            "x.yaml:5: 'number' in a page must be a whole",
        ),
        (
            MINIMAL.replace("  - number: 1\n", "  - number: 0\n"),
            "x.yaml:5: 'number' in a page must be 1 or more",
        ),
        (MINIMAL.split("  - number")[0] + "  - 3\n", "x.yaml:5: a page must be a mapping"),
        (MINIMAL.replace("    name: 要闻\n", "    name: 要闻\n    number: 2\n"), "duplicate key 'number'"),
        (
            MINIMAL.replace("      - title: 第一篇\n", "      - kind: photo\n"),
            "x.yaml:8: article 'p1-1' is missing required 'title'",
        ),
        (
            MINIMAL.replace("      - title: 第一篇\n", "      - title: ''\n"),
            "x.yaml:8: 'title' in article 'p1-1' must not be empty",
        ),
        (
            MINIMAL.replace("      - title: 第一篇\n", "      - title: {a: 1}\n"),
            "x.yaml:8: 'title' in article 'p1-1' must be text",
        ),
        (
            MINIMAL.replace("      - title: 第一篇\n", "      - title: t\n        kind: video\n"),
            "x.yaml:9: 'kind' in article 'p1-1' must be one of",
        ),
        (
            MINIMAL.replace("      - title: 第一篇\n", "      - title: t\n        id: Not_A_Slug\n"),
            "x.yaml:9: 'id' must use only",
        ),
        (
            MINIMAL.replace("      - title: 第一篇\n", "      - title: t\n        continued_on: next\n"),
            "x.yaml:9: 'continued_on' in article",
        ),
        (
            MINIMAL.replace("    articles:\n", "    articles: many\n").split("      - title")[0],
            "x.yaml:7: 'articles' in page 1 must be a list",
        ),
        (
            issue_with_article("          - [1, 2]\n"),
            "x.yaml:10: a body block of article 'only' must be text or {heading: ...}",
        ),
        (issue_with_article("          - {heading: a, extra: b}\n"), "x.yaml:10: a body block"),
        (
            issue_with_article("        - x\n").replace(
                "        body:\n        - x\n", "        body: 段落\n"
            ),
            "x.yaml:9: 'body' in article 'only' must be a list",
        ),
    ],
)
def test_each_problem_is_reported_at_its_line(text: str, expected: str) -> None:
    found = errors(text)
    assert any(expected in e for e in found), found


def test_every_problem_in_a_file_is_reported_at_once() -> None:
    text = MINIMAL.replace("paper: 测试日报\n", "").replace("date: 2024-11-19", "date: 2024-13-01")
    found = errors(text)
    assert len(found) == 2, found


def test_duplicate_page_numbers_and_article_ids() -> None:
    text = """\
format: paperterm/1
paper: 测试日报
date: 2024-11-19
pages:
  - number: 1
    articles:
      - {id: a, title: 甲}
      - {id: a, title: 乙}
  - number: 1
"""
    found = errors(text)
    assert "x.yaml:8: duplicate article id 'a' (first at line 7)" in found
    assert "x.yaml:9: duplicate page number 1 (first at line 5)" in found


def test_unknown_keys_are_warnings_not_errors() -> None:
    issue, problems = parse_issue(
        MINIMAL.replace("    name: 要闻\n", "    name: 要闻\n    colour: red\n"), "x.yaml"
    )
    assert issue is not None
    assert [str(p) for p in problems] == ["x.yaml:7: warning: unknown key 'colour' in a page (ignored)"]


def test_headings_and_paragraphs_in_body() -> None:
    issue, problems = parse_issue(
        issue_with_article("          - 段一。\n          - heading: 小标题\n          - 段二。\n")
    )
    assert problems == [] and issue is not None
    assert issue.pages[0].articles[0].body == ("段一。", Heading("小标题"), "段二。")


def test_aliases_are_refused_before_they_expand() -> None:
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
    found = errors(laughs)
    assert found and "aliases" in found[0]


def test_python_tags_are_refused() -> None:
    found = errors("!!python/object/apply:os.system ['echo hi']\n")
    assert found and ("not allowed" in found[0] or "not valid YAML" in found[0])


def test_deep_nesting_is_refused() -> None:
    found = errors("a: " + "[" * 200 + "]" * 200 + "\n")
    assert found and ("nested" in found[0] or "not valid YAML" in found[0])


def test_file_date_must_match_its_name(tmp_path: Path) -> None:
    path = tmp_path / "2024-11-20.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(IssueFileError) as caught:
        load_issue(path)
    assert (
        str(caught.value.problems[0]) == f"{path}:1: file is named 2024-11-20.yaml but its date is 2024-11-19"
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (MINIMAL.encode("utf-16"), ":1: file is UTF-16"),
        (MINIMAL.encode("utf-8").replace("第一段".encode(), b"\xff\xfe"), ":10: file is not valid UTF-8"),
        (MINIMAL.encode("gb18030"), "file is not valid UTF-8"),
        (MINIMAL.encode("utf-8").replace(b"paper:", b"pa\x00per:"), ":2: not valid YAML"),
    ],
)
def test_bad_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "issue.yaml"
    path.write_bytes(data)
    issue, problems = check_file(path)
    assert issue is None
    assert expected in str(problems[0])


def test_bom_and_crlf_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "issue.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode("utf-8"))
    assert load_issue(path).pages[0].articles[0].paragraphs == ["第一段。"]


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "issue.yaml"
    path.write_text(MINIMAL + "#" * 2000, encoding="utf-8")
    _, problems = check_file(path, max_bytes=1000)
    assert "larger than" in problems[0].message


def test_unreadable_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    issue, problems = check_file(tmp_path / "missing.yaml")
    assert issue is None and "cannot read file" in str(problems[0])


def test_control_characters_are_stripped_at_load_time() -> None:
    nasty = "\\e[2J清\\e]52;c;aGk=\\a屏\\x9b\\u202e反\\u2066转\\x7f"
    text = issue_with_article(f'          - "{nasty}"\n', title='"标\\e[31m题"')
    issue, problems = parse_issue(text)
    assert problems == [] and issue is not None
    article = issue.pages[0].articles[0]
    assert article.title == "标[31m题"
    assert article.body == ("[2J清]52;c;aGk=屏反转",)


def test_clean_keeps_text_and_newlines() -> None:
    assert clean("一\r\n二\t三\x1b四\u200d五") == "一\n二 三四\u200d五"


def issue_with_regions(size: str, regions: str) -> str:
    """An issue whose page has this `size:` value and whose article has these region lines."""
    return f"""\
format: paperterm/1
paper: 测试日报
date: 2024-11-19
pages:
  - number: 1
    size: {size}
    articles:
      - id: only
        title: 标题
        regions:
{regions}"""


def test_regions_and_page_size_load() -> None:
    text = issue_with_regions(
        "[842, 1190.5]",
        "          - {part: headline, box: [36, 40.5, 400, 60]}\n"
        "          - {part: body, box: [36, 100, 400, 1091.5]}\n"  # reaches the edge within a point
        "          - part: photo\n            box: [0, 1_000, 842.5, 100.0]\n"  # 1_000: YAML 1.1
        "          - {part: caption, box: [0, 0, 0, 0]}\n",
    )
    issue, problems = parse_issue(text, "x.yaml")
    assert problems == [] and issue is not None
    page = issue.pages[0]
    assert page.size == (842.0, 1190.5)
    assert page.articles[0].regions == (
        Region("headline", 36, 40.5, 400, 60),
        Region("body", 36, 100, 400, 1091.5),
        Region("photo", 0, 1000, 842.5, 100),
        Region("caption", 0, 0, 0, 0),
    )


def test_regions_without_a_page_size_are_not_bounded() -> None:
    text = issue_with_regions("null", "          - {part: body, box: [5000, 5000, 10, 10]}\n").replace(
        "    size: null\n", ""
    )
    issue, problems = parse_issue(text, "x.yaml")
    assert problems == [] and issue is not None
    assert issue.pages[0].size is None and issue.pages[0].articles[0].regions[0].x == 5000


REGION = "          - {part: body, box: [10, 10, 100, 100]}\n"


@pytest.mark.parametrize(
    ("size", "regions", "expected"),
    [
        ("[842]", REGION, "x.yaml:6: 'size' in page 1 must be a list of 2 numbers"),
        ("842", REGION, "x.yaml:6: 'size' in page 1 must be a list of 2 numbers"),
        ("[842, wide]", REGION, "x.yaml:6: 'size' in page 1 must hold only finite numbers"),
        ("[842, .inf]", REGION, "x.yaml:6: 'size' in page 1 must hold only finite numbers"),
        ("[0, 1190]", REGION, "x.yaml:6: 'size' in page 1 must be [width, height], both greater than 0"),
        ("[842, -1]", REGION, "x.yaml:6: 'size' in page 1 must be [width, height], both greater than 0"),
        ("[842, 1190]", "          - body\n", "x.yaml:11: a region of article 'only' must be a mapping"),
        ("[842, 1190]", "          x: 1\n", "x.yaml:11: 'regions' in article 'only' must be a list"),
        (
            "[842, 1190]",
            "          - {part: map, box: [1, 1, 1, 1]}\n",
            "x.yaml:11: 'part' in a region of article 'only' must be one of headline, body, photo, caption",
        ),
        (
            "[842, 1190]",
            "          - {box: [1, 1, 1, 1]}\n",
            "x.yaml:11: a region of article 'only' is missing required 'part'",
        ),
        (
            "[842, 1190]",
            "          - {part: body}\n",
            "x.yaml:11: a region of article 'only' is missing required 'box'",
        ),
        (
            "[842, 1190]",
            "          - {part: body, box: [1, 1, 1]}\n",
            "x.yaml:11: 'box' in a region of article 'only' must be a list of 4 numbers",
        ),
        (
            "[842, 1190]",
            "          - {part: body, box: [1, 1, 1, .nan]}\n",
            "x.yaml:11: 'box' in a region of article 'only' must hold only finite numbers",
        ),
        (
            "[842, 1190]",
            "          - {part: body, box: [1, '1', 1, 1]}\n",
            "x.yaml:11: 'box' in a region of article 'only' must hold only finite numbers",
        ),
        (
            "[842, 1190]",
            "          - {part: body, box: [-1, 1, 1, 1]}\n",
            "x.yaml:11: 'box' in a region of article 'only' must be [x, y, width, height], none below 0",
        ),
        (
            "[842, 1190]",
            REGION + "          - {part: body, box: [800, 10, 43.5, 100]}\n",
            "x.yaml:12: 'box' in a region of article 'only' reaches past its page (842 × 1190 points)",
        ),
        (
            "[842, 1190]",
            "          - {part: body, box: [10, 1000, 100, 191.5]}\n",
            "x.yaml:11: 'box' in a region of article 'only' reaches past its page",
        ),
    ],
)
def test_each_bad_region_or_size_is_reported_at_its_line(size: str, regions: str, expected: str) -> None:
    found = errors(issue_with_regions(size, regions))
    assert any(e.startswith(expected) for e in found), found


def test_unknown_keys_in_a_region_are_warnings() -> None:
    issue, problems = parse_issue(
        issue_with_regions("[842, 1190]", "          - {part: body, box: [1, 1, 1, 1], colour: red}\n"),
        "x.yaml",
    )
    assert issue is not None
    assert [str(p) for p in problems] == [
        "x.yaml:11: warning: unknown key 'colour' in a region of article 'only' (ignored)"
    ]


def test_regions_round_trip_through_the_writer() -> None:
    article = Article(
        "lead",
        "标题",
        body=("正文。",),
        regions=(Region("headline", 36.04, 40.25, 400, 60.0), Region("photo", 0.0, 0.0, 120.33333, 80.96)),
    )
    issue = Issue(
        "测试日报", "cs", dt.date(2024, 11, 19), (Page(1, "要闻", (article,), size=(841.89, 1190.55)),)
    )
    text = dump_issue(issue)
    assert "  size: [841.9, 1190.5]\n" in text or "  size: [841.9, 1190.6]\n" in text
    assert "    - {part: headline, box: [36, 40.2, 400, 60]}\n" in text  # one line each, to 0.1 pt
    loaded, problems = parse_issue(text, "2024-11-19.yaml")
    assert problems == [] and loaded is not None
    page = loaded.pages[0]
    assert page.size == (841.9, round(1190.55, 1))
    assert page.articles[0].regions == (
        Region("headline", 36.0, 40.2, 400.0, 60.0),
        Region("photo", 0.0, 0.0, 120.3, 81.0),
    )
    assert dump_issue(loaded._replace(path=None)) == text  # a second round changes nothing


def test_an_article_without_regions_and_a_page_without_size_write_neither() -> None:
    issue = Issue("测试日报", "cs", dt.date(2024, 11, 19), (Page(1, None, (Article("a", "标题"),)),))
    text = dump_issue(issue)
    assert "size" not in text and "regions" not in text


def test_an_article_on_a_page_without_a_number_is_named_by_its_place() -> None:
    text = (
        "format: paperterm/1\npaper: 测试日报\ndate: 2024-11-19\n"
        "pages:\n  - number: one\n    articles:\n      - title: [1, 2]\n"
    )
    _, problems = parse_issue(text, "2024-11-19.yaml")
    messages = [str(p) for p in problems]
    assert "2024-11-19.yaml:7: 'title' in article 'no. 1 of a page' must be text" in messages
    assert not any("None" in m for m in messages)
