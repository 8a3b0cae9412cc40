"""An issue as plain text, for `paperterm cat` and anything that pipes."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from paperterm.model.issue import Article, Heading, Page

INDENT = "\u3000\u3000"
"""The two-character 全角 indent that opens a Chinese paragraph."""


class Labels(NamedTuple):
    """The words paperterm itself prints around issue text; shown in the script the text is."""

    photo: str = "【图】"
    continued_on: str = "（下转第{}版）"
    continued_from: str = "（上接第{}版）"

    def converted(self, convert: Callable[[str], str]) -> Labels:
        return Labels(*(convert(label) for label in self))


LABELS = Labels()


def byline_line(article: Article) -> str | None:
    """Dateline and byline as one line: 本报太原11月18日讯 记者 王佳丽."""
    parts = [p for p in (article.dateline, article.byline) if p]
    return " ".join(parts) if parts else None


def continued_from_line(article: Article, labels: Labels = LABELS) -> str | None:
    """The printed pointer back to the start of the story, e.g. （上接第1版）."""
    return labels.continued_from.format(article.continued_from) if article.continued_from else None


def continuation_line(article: Article, labels: Labels = LABELS) -> str | None:
    """The printed pointer to the rest of the story, e.g. （下转第2版）."""
    return labels.continued_on.format(article.continued_on) if article.continued_on else None


def article_lines(
    page: Page, article: Article, width: int | None = None, labels: Labels = LABELS
) -> list[str]:
    """The article as lines: title block, byline, paragraphs, caption.

    With no width, one paragraph per line and no indent, so grep and wc see
    whole paragraphs; with a width, paragraphs are indented and wrapped by the
    CJK line breaker.
    """
    lines: list[str] = []
    head = [
        article.series,
        article.kicker,
        article.title,
        article.subtitle,
        byline_line(article),
        continued_from_line(article, labels),
    ]
    lines.extend(h for h in head if h)
    lines.append("")
    indent = INDENT if width else ""
    for block in article.body:
        text = block.text if isinstance(block, Heading) else indent + block
        lines.extend(_fit(text, width))
    if article.caption or article.credit:
        caption = " ".join(p for p in (article.caption, article.credit) if p)
        lines.extend(_fit(caption, width))
    tail = continuation_line(article, labels)
    if tail:
        lines.append(tail)
    return lines


def _fit(text: str, width: int | None) -> list[str]:
    if width is None:
        return [text]
    from paperterm.model.linebreak import wrap  # piped output is never wrapped: skip its imports

    return [line.text for line in wrap(text, width)]


def page_header(page: Page) -> str:
    """The line that opens a page in `cat` output."""
    return f"== {page.label} =="


def citation(paper: str, date: str, page: Page, article: Article) -> str:
    """How a Chinese reader cites a newspaper article: 《山西日报》2024年11月19日第1版《标题》.

    `date` is ISO (YYYY-MM-DD); a title printed on two lines is cited on one.
    """
    year, month, day = (int(part) for part in date.split("-"))
    title = " ".join(article.title.split("\n"))
    return f"《{paper}》{year}年{month}月{day}日第{page.number}版《{title}》"
