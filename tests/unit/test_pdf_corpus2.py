"""The second PDF corpus is sound: it renders the same bytes every time, each PDF draws every glyph
exactly where its layout set it (whatever order the content stream takes), every golden field is
printed inside its article's regions, its golden files are current and load cleanly, and
together the pages have what real Founder pages have and the first corpus does not."""

from __future__ import annotations

import base64
import ctypes
import itertools
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
import pytest

from paperterm.model.issue import Article, Heading, Region
from tests.pdfcorpus.goldens import assert_regions_on_pages
from tests.pdfcorpus2 import faces, golden
from tests.pdfcorpus2.expected import drawn_regions, expected_issue, import_options
from tests.pdfcorpus2.layout import LaidPage, Run, lay_out
from tests.pdfcorpus2.pages import ALL
from tests.pdfcorpus2.render import OVERPRINT, render, render_all
from tests.pdfcorpus2.spec import Briefs, PageSpec, PdfSpec, Story

SPECS = {spec.name: spec for spec in ALL}
NAMES = sorted(SPECS)
TEXT_FIELDS = ("series", "kicker", "title", "subtitle", "dateline", "byline", "caption", "credit")
PAGES = [(spec, page) for spec in ALL for page in spec.pages]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return render_all(tmp_path_factory.mktemp("pdfcorpus2"))


def _fold(text: str) -> str:
    return "".join(text.split())


def _texts(article: Article) -> list[str]:
    fields = [getattr(article, name) for name in TEXT_FIELDS]
    blocks = [b.text if isinstance(b, Heading) else b for b in article.body]
    return [text for text in fields + blocks if text]


def _chars(path: Path, index: int, height: float) -> Iterator[tuple[str, float, float]]:
    """(character, x, y from the top) of each glyph PDFium reads on a page, in stream order."""
    document = pdfium.PdfDocument(path)
    try:
        textpage = document[index].get_textpage()
        x, y = ctypes.c_double(), ctypes.c_double()
        for i in range(pdfium_c.FPDFText_CountChars(textpage.raw)):
            if pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1:
                continue
            code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
            if chr(code).isspace():
                continue
            pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, ctypes.byref(x), ctypes.byref(y))
            yield chr(code), x.value, height - y.value
    finally:
        document.close()


class _Glyphs:
    """The glyphs a layout set, found again by character and position (0.05 pt)."""

    def __init__(self, runs: list[Run]) -> None:
        self.at: dict[tuple[str, int, int], list[tuple[float, float, Run]]] = {}
        for run in runs:
            for x, y, ch in run.glyphs:
                self.at.setdefault((ch, round(x), round(y)), []).append((x, y, run))

    def find(self, ch: str, x: float, y: float) -> tuple[float, float, Run] | None:
        """The laid-out glyph drawn at (x, y), or whose fake-bold copy is."""
        for shift in (0.0, OVERPRINT):
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for gx, gy, run in self.at.get((ch, round(x - shift) + dx, round(y) + dy), ()):
                        if abs(gx + shift - x) < 0.05 and abs(gy - y) < 0.05:
                            return gx, gy, run
        return None


@pytest.mark.parametrize("name", NAMES)
def test_rendering_gives_the_same_bytes_every_time(name: str, corpus: dict[str, Path]) -> None:
    assert render(SPECS[name]) == corpus[name].read_bytes()


@pytest.mark.parametrize("name", NAMES)
def test_each_pdf_draws_every_glyph_where_its_layout_set_it(name: str, corpus: dict[str, Path]) -> None:
    """Every glyph PDFium reads is a laid-out glyph (or its fake-bold copy), and every laid-out
    glyph is read, at its origin: the stream's order and manner change nothing of the page."""
    spec = SPECS[name]
    for index, page in enumerate(spec.pages):
        laid = lay_out(page, spec)
        glyphs = _Glyphs(laid.runs)
        found: set[tuple[float, float, str]] = set()
        for ch, x, y in _chars(corpus[name], index, page.size[1]):
            glyph = glyphs.find(ch, x, y)
            assert glyph is not None, f"{name}: {ch!r} at ({x:.1f}, {y:.1f}) was not laid out"
            found.add((glyph[0], glyph[1], ch))
        laid_out = {(x, y, ch) for run in laid.runs for x, y, ch in run.glyphs}
        assert laid_out <= found, f"{name}: glyphs not drawn: {sorted(laid_out - found)[:5]}"


def _article_text(laid: LaidPage, regions: tuple[Region, ...]) -> str:
    """The text of the runs that start in the article's regions, region by region, in lines."""
    picked: list[tuple[int, float, float, str]] = []
    for run in laid.runs:
        x, y, _ = run.glyphs[0]
        top = y - 0.88 * run.size
        for k, r in enumerate(regions):
            if r.x - 1 <= x <= r.x + r.width + 1 and r.y - 1 <= top <= r.y + r.height + 1:
                picked.append((k, y, x, "".join(ch for _, _, ch in run.glyphs)))
                break
    return "".join(text for *_, text in sorted(picked))


@pytest.mark.parametrize("name", NAMES)
def test_every_golden_field_is_printed_inside_its_articles_regions(name: str) -> None:
    spec = SPECS[name]
    regions = drawn_regions(spec)
    for page_spec, page in zip(spec.pages, expected_issue(spec).pages, strict=True):
        laid = lay_out(page_spec, spec)
        for article in page.articles:
            text = _fold(_article_text(laid, regions[article.id]))
            for field in _texts(article):
                assert _fold(field) in text, f"{name} {article.id}: {field!r}"


@pytest.mark.parametrize("name", NAMES)
def test_only_furniture_is_printed_outside_the_articles(name: str) -> None:
    """Every run of article text starts inside the regions of exactly one article."""
    spec = SPECS[name]
    regions = drawn_regions(spec)
    for page_spec, page in zip(spec.pages, expected_issue(spec).pages, strict=True):
        laid = lay_out(page_spec, spec)
        for run in laid.runs:
            x, y, _ = run.glyphs[0]
            top = y - 0.88 * run.size
            owners = [
                a.id
                for a in page.articles
                if any(
                    r.x - 1 <= x <= r.x + r.width + 1 and r.y - 1 <= top <= r.y + r.height + 1
                    for r in regions[a.id]
                )
            ]
            assert len(owners) == (run.role != "furniture"), (name, run.glyphs[:3], owners)


@pytest.mark.parametrize("name", NAMES)
def test_every_article_has_regions_on_its_page(name: str) -> None:
    spec = SPECS[name]
    sizes = [page.size for page in spec.pages]
    assert_regions_on_pages(sizes, expected_issue(spec), drawn_regions(spec))


def test_golden_files_are_up_to_date_with_the_spec() -> None:
    assert golden.stale() == [], "run python -m tests.pdfcorpus2 --write"


def test_every_golden_file_loads_cleanly_and_means_the_spec() -> None:
    loaded = golden.GOLDENS.load_all()
    expected = golden.golden_issues()
    assert sorted(loaded) == sorted(expected), "a golden file without a spec, or a spec without one"
    for name, issue in loaded.items():
        assert issue == expected[name]


@pytest.mark.parametrize("name", NAMES)
def test_photos_and_logos_are_image_objects(name: str, corpus: dict[str, Path]) -> None:
    spec = SPECS[name]
    document = pdfium.PdfDocument(corpus[name])
    try:
        for index, page in enumerate(spec.pages):
            images = list(document[index].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
            assert len(images) == len(lay_out(page, spec).pictures)
    finally:
        document.close()


def test_truetype_faces_are_embedded(corpus: dict[str, Path]) -> None:
    def faces_of(page: PageSpec) -> set[faces.Face]:
        used = {page.body_face, page.caption_face, page.heading_face}
        for item in page.items:
            if isinstance(item, Briefs):
                used.add(item.lead_face)
            elif item.headline is not None:
                used |= {item.headline.face, item.headline.kicker_face, item.headline.subtitle_face}
        return used

    for spec in ALL:
        truetype = any(faces.embedded(f) for page in spec.pages for f in faces_of(page))
        assert (b"/FontFile2" in corpus[spec.name].read_bytes()) == truetype


def _owners(spec: PdfSpec, page: PageSpec, path: Path, index: int) -> list[Run]:
    """The laid-out run each glyph PDFium reads belongs to, in the order the stream draws them."""
    glyphs = _Glyphs(lay_out(page, spec).runs)
    owners = []
    for ch, x, y in _chars(path, index, page.size[1]):
        glyph = glyphs.find(ch, x, y)
        assert glyph is not None
        owners.append(glyph[2])
    return owners


@pytest.mark.parametrize(("spec", "page"), PAGES, ids=[f"{s.name}" for s, _ in PAGES])
def test_the_content_stream_draws_the_page_in_its_stated_order(
    spec: PdfSpec, page: PageSpec, corpus: dict[str, Path]
) -> None:
    owners = _owners(spec, page, corpus[spec.name], spec.pages.index(page))
    modules = [run.unit[0] for run in owners if run.unit[0]]
    backwards = sum(1 for a, b in itertools.pairwise(modules) if b < a)
    if page.stream == "headlines-last":
        roles = [run.role for run in owners]
        assert max(i for i, r in enumerate(roles) if r in ("body", "caption")) < roles.index("headline")
    elif page.stream == "scrambled":
        assert backwards >= 3, "modules drawn in reading order"
        lines = [run.unit for run in owners]
        assert sum(1 for a, b in itertools.pairwise(lines) if a[:2] == b[:2] and b[2] < a[2]) >= 5
    else:
        assert backwards == 0


@pytest.mark.parametrize(("spec", "page"), PAGES, ids=[f"{s.name}" for s, _ in PAGES])
def test_each_line_is_drawn_the_way_its_page_says(
    spec: PdfSpec, page: PageSpec, corpus: dict[str, Path]
) -> None:
    """Each glyph its own text object; or strings with letter spacing (Tc) in them; or natural
    runs, where a justified line breaks into many strings."""
    document = pdfium.PdfDocument(corpus[spec.name])
    try:
        pdf_page = document[spec.pages.index(page)]
        textpage = pdf_page.get_textpage()
        counts = []
        for obj in pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
            size = pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
            buffer = (ctypes.c_ushort * (size // 2))()
            pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, buffer, size)
            text = bytes(buffer)[: size - 2].decode("utf-16-le")
            counts.append(len("".join(text.split())))  # PDFium adds a space at a line's end
    finally:
        document.close()
    if page.drawing == "glyphs":
        assert set(counts) == {1}
    else:
        assert max(counts) > 5
    spaced = re.search(rb"[1-9][0-9]*\.?[0-9]* Tc|0?\.[0-9]*[1-9][0-9]* Tc", _content(corpus[spec.name]))
    assert (spaced is not None) == (page.drawing == "spaced")


def _content(path: Path) -> bytes:
    """Every stream of the file that inflates (reportlab writes content streams ASCII85 and Flate
    encoded), one after the other."""
    out = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", path.read_bytes(), re.DOTALL):
        data = match[1].strip()
        try:
            if data.endswith(b"~>"):
                data = base64.a85decode(data[:-2])
            out.append(zlib.decompress(data))
        except (ValueError, zlib.error):
            continue
    return b"\n".join(out)


def _stories(page: PageSpec) -> list[Story]:
    return [item for item in page.items if isinstance(item, Story)]


def test_the_corpus_has_what_real_founder_pages_have() -> None:
    """Coverage the importer's tests rely on: a page edited away must not silently drop a case."""
    pages = [page for _, page in PAGES]
    stories = [s for page in pages for s in _stories(page)]
    heads = [s.headline for s in stories if s.headline is not None]
    briefs = [b for page in pages for item in page.items if isinstance(item, Briefs) for b in item.items]
    laid = [lay_out(page, spec) for spec, page in PAGES]
    issues = [expected_issue(spec) for spec in ALL]
    assert len(pages) >= 8 and {issue.language for issue in issues} == {"zh-Hans", "zh-Hant"}
    # Justified lines: letter spacing up to about 0.3 em, compressed and hung punctuation.
    spacing = [
        line.extra / page.body_size
        for (_, page), out in zip(PAGES, laid, strict=True)
        for line in out.set_lines
    ]
    assert 0.2 < max(spacing) <= 0.31
    assert sum(1 for out in laid if any(line.extra > 0.2 * 9 for line in out.set_lines)) >= 3
    assert sum(line.compressed for out in laid for line in out.set_lines) > 50
    assert sum(line.hung for out in laid for line in out.set_lines) > 10
    assert {page.punctuation for page in pages} == {"compress", "hang"}
    # Stream order and drawing.
    assert {page.stream for page in pages} == {"reading", "headlines-last", "scrambled"}
    assert {page.drawing for page in pages} == {"runs", "spaced", "glyphs"}
    assert any(page.stream == "scrambled" and page.drawing == "glyphs" for page in pages)
    # A face per role; body and headline type.
    assert {page.body_face for page in pages} >= {"song", "ming", "msung"}
    assert {h.face for h in heads} == {"hei"} and {"kai", "kai-tw"} <= {
        h.kicker_face for h in heads if h.kicker
    }
    assert min(p.body_size for p in pages) == 9.0 and max(p.body_size for p in pages) == 10.5
    assert min(p.leading for p in pages) == 1.3 and max(p.leading for p in pages) == 1.6
    title_sizes = [size for h in heads for size in h.line_sizes()]
    assert min(title_sizes) >= 14 and max(title_sizes) == 48
    # Rules, boxes, tints.
    assert any(p.column_rules for p in pages) and any(s.boxed for s in stories)
    assert any(p.masthead and p.masthead.rule >= 3 for p in pages)
    assert any(isinstance(i, Briefs) and i.shaded for p in pages for i in p.items)
    assert {h.series_style for h in heads if h.series} == {"plain", "box", "band"}
    # Grid: gutters, unequal columns, a narrow sidebar of briefs with run-in titles.
    assert min(p.gutter for p in pages) == 0.8 and max(p.gutter for p in pages) == 1.2
    assert any(len(set(s.place.split)) > 1 for s in stories)
    assert any(len(set(p.grid)) > 1 for p in pages)
    assert len(briefs) >= 10 and all(4 <= len(b.title) <= 8 for b in briefs)
    assert all(re.match(r"本[报報]讯|本[报報]訊", b.dateline) for b in briefs)
    # Headline groups.
    assert any(h.tracking >= 0.3 for h in heads) and any(h.vertical and h.side == "right" for h in heads)
    assert any(len(set(h.line_sizes())) > 1 for h in heads)
    assert any(h.subtitle and not h.subtitle.startswith("—") for h in heads)
    assert any(h.subtitle and h.subtitle.startswith("——") for h in heads)
    assert any(h.kicker and len(h.kicker) > 2 * len("".join(h.title)) for h in heads)
    assert any(h.side == "right" and not h.vertical for h in heads) and any(h.side == "left" for h in heads)
    assert {h.bold for h in heads} >= {"none", "stroke"}
    # Photos and captions.
    photos = [s.photo for s in stories if s.photo is not None]
    assert sum(1 for p in photos if p.beside) >= 4
    assert any(p.caption_columns and p.columns and p.caption_columns[1] < p.columns[1] for p in photos)
    assert any(p.credit_own_line for p in photos)
    assert any(s.kind == "photo" and s.headline for s in stories)
    # Furniture at odd places.
    heads_at = [p.running_head for p in pages if p.running_head]
    assert {h.at for h in heads_at} == {"top", "bottom"}
    styles = {style for h in heads_at for _, style in (*h.left, *h.right)}
    assert styles == {"plain", "box", "reverse"}
    templates = {t for h in heads_at for t, _ in (*h.left, *h.right)}
    assert {"{date}", "第{n}版：{name}", "第{n}版"} <= templates
    assert {p.editor_at for p in pages} == {"foot", "left", "right"}
    assert any(p.masthead and p.masthead.barcode for p in pages) and any(
        p.masthead and p.masthead.logo for p in pages
    )
    assert any(p.name is None and p.masthead is None for p in pages)
    assert any(import_options(spec)["paper"] is None for spec in ALL)
