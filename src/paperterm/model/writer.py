"""Issues back to `paperterm/1` YAML, in the same plain style as the sample issue."""

from __future__ import annotations

from typing import Any

import yaml

from paperterm.model.issue import Article, Heading, Issue, Page

_ARTICLE_FIELDS = ("series", "kicker", "title", "subtitle", "dateline", "byline")
_TAIL_FIELDS = ("caption", "credit", "continued_on", "continued_from", "continues")


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases, plain scalars where YAML allows them."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


class _Flow(list[Any]):
    """A list written on one line: [x, y, width, height]."""


class _FlowMap(dict[str, Any]):
    """A mapping written on one line: {part: body, box: [...]}."""


_Dumper.add_representer(
    _Flow, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)
)
_Dumper.add_representer(
    _FlowMap, lambda dumper, data: dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)
)


def _points(*values: float) -> _Flow:
    """PDF points to a tenth of a point (what a page map can use), whole ones without a decimal."""
    rounded = (round(float(v), 1) for v in values)
    return _Flow(int(v) if v.is_integer() else v for v in rounded)


def _article(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {"id": article.id}
    if article.kind != "article":
        data["kind"] = article.kind
    for name in _ARTICLE_FIELDS:
        value = getattr(article, name)
        if value is not None:
            data[name] = value
    if article.body:
        data["body"] = [{"heading": b.text} if isinstance(b, Heading) else b for b in article.body]
    for name in _TAIL_FIELDS:
        value = getattr(article, name)
        if value is not None:
            data[name] = value
    if article.regions:
        data["regions"] = [
            _FlowMap(part=r.part, box=_points(r.x, r.y, r.width, r.height)) for r in article.regions
        ]
    return data


def _page(page: Page) -> dict[str, Any]:
    data: dict[str, Any] = {"number": page.number}
    if page.name:
        data["name"] = page.name
    if page.size is not None:
        data["size"] = _points(*page.size)
    if page.source_pdf is not None:
        data["source_pdf"] = page.source_pdf
    if page.source_pdf_page is not None:
        data["source_pdf_page"] = page.source_pdf_page
    data["articles"] = [_article(a) for a in page.articles]
    return data


def issue_data(issue: Issue) -> dict[str, Any]:
    """The issue as plain data, keys in the order the format document lists them."""
    data: dict[str, Any] = {"format": "paperterm/1", "paper": issue.paper, "paper_id": issue.paper_id}
    data["date"] = issue.date
    if issue.edition:
        data["edition"] = issue.edition
    data["language"] = issue.language
    if issue.source:
        data["source"] = issue.source
    data["pages"] = [_page(page) for page in issue.pages]
    return data


def dump_issue(issue: Issue) -> str:
    """YAML text for an issue; loading it gives the same issue back."""
    return yaml.dump(issue_data(issue), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**6)
