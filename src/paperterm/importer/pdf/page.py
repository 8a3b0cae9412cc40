"""One PDF page to a newspaper page: furniture set aside, headline groups, columns, modules,
articles; and the notes on every decision that was not clear-cut."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from paperterm.importer.conventions import furniture_line
from paperterm.importer.pdf.article import make_article
from paperterm.importer.pdf.briefs import brief_articles, is_briefs
from paperterm.importer.pdf.columns import (
    HEADING_GAP,
    HEADING_SCALE,
    SAME_SIZE,
    build_columns,
    true_edges,
)
from paperterm.importer.pdf.display import read_display
from paperterm.importer.pdf.furniture import read_furniture, turned_lines
from paperterm.importer.pdf.headblocks import LINE_GAP, Headline, group_headlines, is_headline_type
from paperterm.importer.pdf.ink import Box, PageInk
from paperterm.importer.pdf.lines import (
    Line,
    body_size,
    build_lines,
    drop_caps,
    rejoin_bylines,
    text_face,
    text_sizes,
)
from paperterm.importer.pdf.modules import HEADLINE_GAP, Module, assemble, reading_order
from paperterm.importer.pdf.overprint import drop_overprints
from paperterm.importer.pdf.tables import read_tables
from paperterm.model.issue import Article

LABEL_PAD = 8.0
"""Points: a box this close around a single line makes it a boxed label."""
BACKGROUND = 0.4
"""An image covering this share of the page is its background, not a photo."""
SPECK = 2.0
"""Ems of body type: a picture narrower or lower than this is an ornament, not a photo."""


class PageRead(NamedTuple):
    """What one PDF page holds, before it has its place in the issue."""

    ink: PageInk
    number: int | None
    name: str | None
    paper: str | None
    date: dt.date | None
    edition: str | None
    articles: list[Article]
    """Ids are placeholders until the page's number is known."""
    notes: list[str]
    text: str
    """All the page's text, for telling the script it is printed in."""


def read_page(ink: PageInk) -> PageRead:
    """Read one page; the articles' ids are numbered from p0-1 until the page has a number."""
    glyphs, overprinted = drop_overprints(ink.glyphs)
    lines = rejoin_bylines(build_lines(glyphs, [*ink.images, *ink.frames]))
    furniture = read_furniture(lines, ink.rules, ink.frames, ink.width, ink.height)
    taken = furniture.taken
    notes = [
        f"at ({lines[i].left:.0f}, {lines[i].top:.0f}): {why}: {lines[i].text}" for i, why in taken.items()
    ]
    content = [ln for i, ln in enumerate(lines) if i not in taken]
    body = body_size(content)
    content, table_free = read_tables(drop_caps(content, body), glyphs, ink.rules, body)
    frames = [f for f in ink.frames if f not in furniture.adverts]
    display = read_display(content, table_free, frames, body)
    content = [ln for ln in content if ln not in display.lines]
    table_free = [r for r in table_free if r not in display.rules]
    frames = [f for f in frames if f not in display.frames]
    notes += [
        f"at ({ln.left:.0f}, {ln.top:.0f}): display type inside a story (pull quote, fact box), "
        f"left out: {ln.text}"
        for ln in display.lines
    ]
    sizes = text_sizes(content)
    face = text_face(content, body)
    labels = [f for f in frames if _encloses_one(f, content)]
    boxed = {id(ln) for f in labels for ln in content if _inside(ln, f)}
    rules = [*table_free, *(edge for f in frames if f not in labels for edge in _edges(f))]
    heads = [
        ln for ln in content if is_headline_type(ln, body, sizes) and not _in_column(ln, content, body, face)
    ]
    heads += _kickers(content, heads, body)
    headlines = group_headlines(heads, rules)
    text_lines = [ln for ln in content if not any(ln is h for h in heads)]
    insets = [f for f in frames if f not in labels and _inset(f, headlines, heads, text_lines, body)]
    photos = [i for i in ink.images if _photo(i, ink.width, ink.height, body)]
    # an inset's edges still end the pieces of text they cross, but part no article
    columns = true_edges(build_columns(text_lines, [*rules, *photos], face))
    rules = [r for r in rules if not any(r in _edges(f) for f in insets)]
    articles: list[Article] = []
    placed, unread = 0, sum(ln.glyphs for ln in display.lines)
    modules, module_notes = assemble(headlines, columns, photos, rules, body, face, display.areas)
    notes += module_notes
    for module in reading_order(_with_briefs_apart(modules), ink.frames):
        where = f"at ({module.boxes()[0][0]:.0f}, {module.top:.0f})"
        if module.headline is None and not module.photos and all(is_briefs(c) for c in module.body):
            briefs = [a for c in module.body for a in brief_articles(c)]
            articles += briefs
            placed += _glyphs(module)
            notes.append(f"{where}: {len(briefs)} briefs, each titled by its lead-in")
            continue
        made = make_article(module, f"p0-{len(articles) + 1}", boxed, body)
        if made is None:
            unread += _glyphs(module)
            text = " ".join(ln.text for ln in module.headline.lines) if module.headline else ""
            notes.append(f"{where}: headline type with no text under it, left out: {text}")
            continue
        articles.append(made[0])
        placed += _glyphs(module)
        notes += [f"{where}: {note}" for note in made[1]]
    notes += [f"at ({a[0]:.0f}, {a[1]:.0f}): advertisement, not read" for a in furniture.adverts]
    turned = turned_lines(ink.turned)
    notes += [
        f"at ({x:.0f}, {y:.0f}): {furniture_line(t) or 'margin line'} set turned: {t}" for x, y, t in turned
    ]
    set_turned = sum(1 for glyph in ink.turned if not glyph[0].isspace())
    furniture_glyphs = sum(lines[i].glyphs for i in taken) + set_turned
    printed = sum(1 for glyph in ink.glyphs if not glyph[0].isspace()) + set_turned
    notes.append(
        f"{len(headlines)} headline groups, {len(articles)} articles; {printed} glyphs = "
        f"{placed} in articles + {furniture_glyphs} in {len(taken) + len(turned)} furniture lines + "
        f"{overprinted} "
        f"overprinted + {unread} left out; {ink.doubled} more printed twice (fake bold)"
    )
    if ink.outside or ink.clipped:
        notes.append(
            f"{ink.outside} glyphs outside the page as cut (slug line, printer's marks) and "
            f"{ink.clipped} hidden by a clipping path (overset text), not read"
        )
    return PageRead(
        ink,
        furniture.number,
        furniture.name,
        furniture.paper,
        furniture.date,
        furniture.edition,
        articles,
        notes,
        "".join(ln.text for ln in lines),
    )


def _in_column(line: Line, lines: list[Line], em: float, face: int) -> bool:
    """A line set off (bold, or in another face than the text's `face`) a little larger than the
    text, inside a column with its text right above and below: a 小标题, not a headline."""
    if not (line.bold or line.face != face) or line.vertical or line.size > HEADING_SCALE * em:
        return False

    def text_near(above: bool) -> bool:
        return any(
            abs(other.size - em) <= SAME_SIZE * em
            and 0 <= (line.top - other.bottom if above else other.top - line.bottom) <= HEADING_GAP * em
            and min(other.right, line.right) > max(other.left, line.left)
            and other.right - other.left >= line.right - line.left - em
            for other in lines
        )

    return text_near(True) and text_near(False)


def _kickers(lines: list[Line], heads: list[Line], em: float) -> list[Line]:
    """Lines of text type set alone right above a headline's first line, over it: a kicker (引题)
    set at body size. The last line of a column stands a leading under the line before it."""
    kickers = []
    for line in lines:
        if any(line is h for h in heads) or line.vertical:
            continue
        over = any(
            0 <= h.top - line.bottom <= LINE_GAP * h.size
            and min(h.right, line.right) > max(h.left, line.left)
            for h in heads
        )
        if not over:  # most lines: the look at every other line (alone) is then not needed
            continue
        alone = not any(
            other is not line
            and -1 <= line.top - other.bottom <= em
            and min(other.right, line.right) > max(other.left, line.left)
            for other in lines
        )
        if alone:
            kickers.append(line)
    return kickers


def _photo(box: Box, width: float, height: float, em: float) -> bool:
    """A picture in the page's make-up: not a background behind much of the page, not a speck
    (a logo, an icon, a rule drawn as an image)."""
    w, h = box[2] - box[0], box[3] - box[1]
    return w * h < BACKGROUND * width * height and min(w, h) >= SPECK * em


def _with_briefs_apart(modules: list[Module]) -> list[Module]:
    """Columns of briefs claimed by an article beside them are modules of their own."""
    out: list[Module] = []
    for module in modules:
        briefs = [c for c in module.body if is_briefs(c)]
        if briefs and (module.headline is not None or module.photos or len(briefs) < len(module.body)):
            out.append(module._replace(body=tuple(c for c in module.body if c not in briefs)))
            out += [Module(None, (), (column,)) for column in briefs]
        else:
            out.append(module)
    return out


def _glyphs(module: Module) -> int:
    """Glyphs printed in a module: its headline, captions and columns."""
    lines = [
        *(module.headline.lines if module.headline else ()),
        *(ln for c in (*module.captions, *module.body) for ln in c.lines),
    ]
    return sum(line.glyphs for line in lines)


def _inside(line: Line, box: Box) -> bool:
    return (
        line.left >= box[0] - LABEL_PAD
        and line.right <= box[2] + LABEL_PAD
        and line.top >= box[1] - LABEL_PAD
        and line.bottom <= box[3] + LABEL_PAD
    )


def _encloses_one(box: Box, lines: list[Line]) -> bool:
    """A box drawn round a single line: a label set in a box."""
    return sum(1 for ln in lines if _inside(ln, box)) == 1


def _inset(box: Box, headlines: list[Headline], heads: list[Line], text: list[Line], em: float) -> bool:
    """A box set in an article, holding no headline of its own: right under its headline (an
    editor's note, a 背景 box on a tint), or right under its text in one of its columns (a
    相关链接 box at a column's foot). It is part of that article, so its edges part nothing."""
    left, top, right, _ = box
    if any(_inside(ln, box) for ln in heads):
        return False
    if any(
        0 <= top - h.bottom <= HEADLINE_GAP * em and min(right, h.right) > max(left, h.left)
        for h in headlines
    ):
        return True
    return any(
        0 <= top - ln.bottom <= HEADLINE_GAP * em
        and abs(ln.size - em) <= 0.05 * em
        and min(right, ln.right) - max(left, ln.left) >= 0.8 * (right - left)
        for ln in text
    )


def _edges(box: Box) -> list[Box]:
    """A boxed module's top and bottom edges part it from what is above and below, like rules."""
    left, top, right, bottom = box
    return [(left, top, right, top), (left, bottom, right, bottom)]
