"""Following an article across pages: （下转第2版） to its continuation and back.

The continued part is the article on the named page that points back
(`continued_from`) and has the same title, or that names the first part with
`continues: <id>`; failing both, the only article on that page continued
from this one's page.
"""

from __future__ import annotations

from paperterm.model.issue import Article, Heading, Issue, Page

Part = tuple[Page, Article]


def _title_key(a: Article) -> str:
    return "".join(a.title.split())


def _same_title(a: Article, b: Article) -> bool:
    return _title_key(a) == _title_key(b)


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
    """Ids of articles that are the later part of another: not separate items to read.

    The same choice `continuation` makes for each article, from one index of the issue's
    parts, so an issue of many thousand articles costs one pass, not one pass per article."""
    pages: dict[int, Page] = {}
    for page in issue.pages:
        pages.setdefault(page.number, page)
    coming: dict[tuple[int, int], list[Article]] = {}
    """(page, page it goes on from) → the first three such parts: enough to tell whether one
    is the only candidate, besides the article itself."""
    titled: dict[tuple[int, int, str], list[Article]] = {}
    naming: dict[tuple[int, str], Article] = {}
    for number, page in pages.items():
        for a in page.articles:
            if a.continued_from is not None:
                key = (number, a.continued_from)
                coming.setdefault(key, [])
                if len(coming[key]) < 3:
                    coming[key].append(a)
                same = titled.setdefault((*key, _title_key(a)), [])
                if len(same) < 2:
                    same.append(a)
            if a.continues is not None:
                naming.setdefault((number, a.continues), a)
    found: set[str] = set()
    for page, article in issue.articles():
        target = article.continued_on
        if target is None or target not in pages:
            continue
        part = naming.get((target, article.id))
        if part is None:
            same = titled.get((target, page.number, _title_key(article)), [])
            part = next((a for a in same if a is not article), None)
        if part is None:
            kept = coming.get((target, page.number), [])
            others = [a for a in kept if a is not article]
            part = others[0] if len(others) == 1 and len(kept) < 3 else None
        if part is not None:
            found.add(part.id)
    return frozenset(found)


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
