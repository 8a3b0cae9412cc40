"""Following an article across pages: （下转第2版） to its continuation and back.

The continued part is the article on the named page that points back
(`continued_from`) and has the same title, or that names the first part with
`continues: <id>`; failing both, the only article on that page continued
from this one's page.
"""

from __future__ import annotations

from paperterm.model.issue import Article, Heading, Issue, Page

Part = tuple[Page, Article]


def _same_title(a: Article, b: Article) -> bool:
    return "".join(a.title.split()) == "".join(b.title.split())


def _page(issue: Issue, number: int | None) -> Page | None:
    return next((p for p in issue.pages if p.number == number), None)


def _pick(candidates: list[Article], named: list[Article], article: Article) -> Article | None:
    if named:
        return named[0]
    titled = [c for c in candidates if _same_title(c, article)]
    if titled:
        return titled[0]
    return candidates[0] if len(candidates) == 1 else None


def continuation(issue: Issue, page: Page, article: Article) -> Part | None:
    """Where `article` goes on (its 下转 page), if the issue has that part."""
    target = _page(issue, article.continued_on)
    if target is None:
        return None
    candidates = [a for a in target.articles if a.continued_from == page.number and a is not article]
    named = [a for a in target.articles if a.continues == article.id]
    found = _pick(candidates, named, article)
    return (target, found) if found is not None else None


def continued_from(issue: Issue, page: Page, article: Article) -> Part | None:
    """The part `article` goes on from (its 上接 page), if the issue has it."""
    source = _page(issue, article.continued_from)
    if source is None:
        return None
    named = [a for a in source.articles if a.id == article.continues]
    candidates = [a for a in source.articles if a.continued_on == page.number and a is not article]
    found = _pick(candidates, named, article)
    return (source, found) if found is not None else None


def continuation_ids(issue: Issue) -> frozenset[str]:
    """Ids of articles that are the later part of another: not separate items to read."""
    return frozenset(
        part[1].id
        for page, article in issue.articles()
        if article.continued_on is not None and (part := continuation(issue, page, article)) is not None
    )


def read_on(issue: Issue, page: Page, article: Article) -> Article:
    """The article with every later part appended, each after a 接第N版 heading: one text to read."""
    body = list(article.body)
    last, seen = article, {article.id}
    here: Part | None = (page, article)
    while here is not None and (nxt := continuation(issue, *here)) is not None and nxt[1].id not in seen:
        seen.add(nxt[1].id)
        body += [Heading(f"（接第{nxt[0].number}版）"), *nxt[1].body]
        last, here = nxt[1], nxt
    return article._replace(body=tuple(body), continued_on=last.continued_on)
