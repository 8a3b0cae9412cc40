"""The article pane sets its title block and headings as headlines are set: balanced, no last line
of one or two characters where a slightly narrower measure avoids it; a byline's names whole."""

from __future__ import annotations

from paperterm.model.layout import layout_article
from paperterm.model.loader import load_issue
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)


def test_a_title_does_not_strand_its_last_characters() -> None:
    article = next(a for _, a in ISSUE.articles() if a.title.startswith("省安委办"))
    stranded = []
    for width in range(12, 40):
        title = [line.text for line in layout_article(article, width) if line.role == "title"]
        if len(title) > 1 and len(title[-1].strip()) < 3:
            stranded.append((width, title))
    assert not stranded


def test_headings_are_balanced_and_bylines_keep_their_names() -> None:
    for _, article in ISSUE.articles():
        names = (article.byline or "").split()[1:]
        for width in range(14, 60):
            lines = layout_article(article, width)
            for block in {line.block for line in lines if line.role == "heading"}:
                heading = [line.text for line in lines if line.role == "heading" and line.block == block]
                assert len(heading) == 1 or len(heading[-1].strip()) >= 3, (width, heading)
            byline = [line.text for line in lines if line.role == "byline"]
            for name in names:
                assert any(name in line for line in byline), (width, name, byline)
