"""What a careful reader types from a third-corpus file. The second corpus's rules
(tests/pdfcorpus2/expected.py) apply once each printed block is read as a reader reads it:

- each line of a poem is a paragraph of its own (its break is the poet's), stanza gaps aside;
- an interview turn is one paragraph, its speaker's label kept at its head (`记者：…`);
- an editor's note is the body's first paragraph, `编者按：` and all;
- a 相关链接 box under the body is its label as a 小标题, then its text;
- a table under the body is its title as a 小标题, then a paragraph per row, the cells apart
  by a space, the header row first, then its source;
- a byline in parentheses closing the last paragraph is the byline, read as a dateline's;
- display type set inside a story's column — a pull quote between two rules, a fact box of
  big figures over their labels — is left out: the quote repeats a sentence of the body and
  the figures are given in it, and a reader reads each once, in the text;
- an ornament before a literary byline (`□ 林　夕`, `◎ 王小川`) is no part of the name; a
  `文／` byline keeps its role word as printed.
"""

from __future__ import annotations

import dataclasses

from paperterm.model.issue import Heading, Issue
from tests.pdfcorpus import canonical
from tests.pdfcorpus2 import expected as second
from tests.pdfcorpus2.spec import Block, Briefs, Figures, PdfSpec, PullQuote, Said, Story, Verse

ORNAMENTS = "□■◎○●◆◇☆★ 　"
"""Marks a 副刊 sets before an author's name."""


def _blocks(block: Block) -> tuple[str | Heading, ...]:
    if isinstance(block, Verse):
        return block.lines
    if isinstance(block, Said):
        return (block.label + block.text,)
    if isinstance(block, PullQuote | Figures):
        return ()
    return (block,)


def _byline(printed: str) -> str:
    """`□ 林　夕` → `林　夕`; `文／苏　青` → `文／苏青`; `文／图　本报记者　叶　舟` → `文／图 本报记者
    叶舟` (the rest as the second corpus has it)."""
    text = printed.lstrip(ORNAMENTS)
    if text.startswith("文／图"):
        return "文／图 " + canonical.collapse(text.removeprefix("文／图"))
    role, slash, names = text.partition("／")
    return role + slash + canonical.collapse(names) if slash else text


def _read(story: Story) -> Story:
    """The story as plain paragraphs and headings, as the second corpus's rules take it."""
    body = tuple(text for block in story.body for text in _blocks(block))
    if story.aside is not None:
        body = (*body, Heading(story.aside[0]), story.aside[1])
    if story.table is not None:
        rows = tuple(" ".join(row) for row in story.table.rows)
        body = (*body, Heading(story.table.title), *rows, *filter(None, (story.table.source,)))
    if story.note is not None:
        body = ("编者按：" + story.note, *body)
    byline = _byline(story.byline) if story.byline else None
    if story.closing:
        _, byline = canonical.dateline_fields("本报讯" + story.closing)
    return dataclasses.replace(
        story, body=body, note=None, byline=byline, closing=None, table=None, aside=None
    )


def expected_issue(spec: PdfSpec) -> Issue:
    """The issue the importer must make of this file, in canonical form (regions left out)."""
    pages = tuple(
        dataclasses.replace(
            page,
            items=tuple(item if isinstance(item, Briefs) else _read(item) for item in page.items),
        )
        for page in spec.pages
    )
    return second.expected_issue(dataclasses.replace(spec, pages=pages))


drawn_regions = second.drawn_regions
import_options = second.import_options
