"""Build small issue files for tests, so each test shows only what it changes."""

from __future__ import annotations

MINIMAL = """\
format: paperterm/1
paper: 测试日报
date: 2024-11-19
pages:
  - number: 1
    name: 要闻
    articles:
      - title: 第一篇
        body:
          - 第一段。
"""


def issue_with_article(body_yaml: str, title: str = "标题") -> str:
    """An issue whose only article has this title and these (already indented) body lines."""
    return f"""\
format: paperterm/1
paper: 测试日报
date: 2024-11-19
pages:
  - number: 1
    articles:
      - id: only
        title: {title}
        body:
{body_yaml}"""
