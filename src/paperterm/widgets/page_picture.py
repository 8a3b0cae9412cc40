"""The 版面图 as the printed page: the page's PDF rendered to the pane's pixels, the chosen article outlined.

Where the terminal shows pictures (widgets/terminal_pictures.py) and the issue keeps its page
PDFs (`source_pdf`), the map is the page itself, as an e-paper shows it. Pointing works as on
the character map, which this widget extends: arrows move by position, tab in print order,
enter or a click reads. PDFium renders in a worker; a PDF that is missing, leads out of the
issue's folder or does not render is a `Loaded` message with the problem, and the screen
draws the character map instead. The path comes from an issue file, which is untrusted: it
is taken relative to the issue's folder and refused when, links followed, it leads out of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PIL import ImageDraw
from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget

from paperterm.i18n import _
from paperterm.importer.pdf.view import page_view, shown_view
from paperterm.model.issue import Article, Page
from paperterm.model.page_map import PageMapLayout
from paperterm.state.options import Pictures
from paperterm.widgets.page_map import PageMap
from paperterm.widgets.terminal_pictures import prepare_pictures

if TYPE_CHECKING:
    from PIL.Image import Image as Picture

MAX_BYTES = 200 * 2**20
"""A page PDF larger than this is not rendered (the importer's limit too)."""
MAX_SIDE = 4096
"""Pixels across or down at most: more than any terminal pane shows."""
OUTLINE = (214, 40, 40)
"""The chosen article's outline: the red of an editor's pencil, seen on newsprint and photos."""
MAX_CELLS = 290
"""Columns or rows a picture may take: the Kitty protocol's placeholders number at most 297."""
GRID = (160, 80)
"""The character grid that moves between articles by position: fine enough that none merge."""


class RenderProblem(Exception):
    """Why a page's PDF is not shown; the message ends a sentence."""


class Rendered(NamedTuple):
    """A page rendered, and its size in PDF points."""

    image: Picture
    points: tuple[float, float]


def resolve_pdf(issue_path: str | None, source: str) -> Path:
    """The page's PDF, relative to the issue file's folder and inside it once links are followed."""
    if issue_path is None:
        raise RenderProblem(_("the issue has no file to look beside"))
    folder = Path(issue_path).parent.resolve()
    target = (folder / source).resolve()
    if not target.is_relative_to(folder):
        raise RenderProblem(_("{path} leads out of the issue's folder").format(path=source))
    if not target.is_file():
        raise RenderProblem(_("{path} is not there").format(path=source))
    return target


def render_pdf_page(path: Path, index: int, width: int, height: int) -> Rendered:
    """Page `index` (from 0) of the PDF, as large as fits `width` × `height` pixels, on white."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise RenderProblem(
                _("{name} is larger than {mb} MB").format(name=path.name, mb=MAX_BYTES // 2**20)
            )
        with path.open("rb") as file:
            if file.read(5) != b"%PDF-":
                raise RenderProblem(_("{name} is not a PDF").format(name=path.name))
        document = pdfium.PdfDocument(str(path))
    except OSError as exc:
        raise RenderProblem(
            _("{name} cannot be read ({why})").format(name=path.name, why=exc.strerror or exc)
        ) from None
    except pdfium.PdfiumError:
        raise RenderProblem(_("{name} is damaged (PDFium cannot open it)").format(name=path.name)) from None
    try:
        if not 0 <= index < len(document):
            raise RenderProblem(_("{name} has no page {page}").format(name=path.name, page=index + 1))
        page = document[index]
        try:
            # the page as cut (its trim box), as the importer measured its regions: a print-ready
            # sheet's marks and slug line are cropped off
            boxes = page.get_mediabox(), page.get_cropbox(), page.get_rotation()
            view = page_view(boxes[0], boxes[1], page.get_trimbox(), boxes[2])
            points = view.size
            if min(points) <= 0:
                raise RenderProblem(
                    _("page {page} of {name} has no size").format(page=index + 1, name=path.name)
                )
            scale = min(min(width, MAX_SIDE) / points[0], min(height, MAX_SIDE) / points[1])
            if scale <= 0:
                raise RenderProblem(_("the pane has no room for it"))
            crop = view.margins(shown_view(*boxes))
            image = (
                page.render(scale=scale, crop=crop, fill_color=(255, 255, 255, 255)).to_pil().convert("RGB")
            )
        finally:
            page.close()
    except pdfium.PdfiumError:
        raise RenderProblem(
            _("page {page} of {name} does not render").format(page=index + 1, name=path.name)
        ) from None
    finally:
        document.close()
    return Rendered(image, (float(points[0]), float(points[1])))


def region_pixels(
    article: Article, units: tuple[float, float], image: tuple[int, int]
) -> list[tuple[int, int, int, int]]:
    """The article's regions as pixel boxes (left, top, right, bottom) on the rendered page:
    `units` is the page's size in the regions' own units (its `size`, else the PDF's points)."""
    across, down = image[0] / units[0], image[1] / units[1]
    return [
        (
            math.floor(r.x * across),
            math.floor(r.y * down),
            math.ceil((r.x + r.width) * across) - 1,
            math.ceil((r.y + r.height) * down) - 1,
        )
        for r in article.regions
    ]


def outlined(base: Picture, boxes: list[tuple[int, int, int, int]], line: int = 0) -> Picture:
    """The page with these boxes outlined, `line` pixels thick (0: thick enough to see in a
    picture drawn at the terminal's own pixels)."""
    picture = base.copy()
    draw = ImageDraw.Draw(picture)
    line = line or max(2, round(min(base.size) / 150))
    for left, top, right, bottom in boxes:
        draw.rectangle((left, top, max(right, left), max(bottom, top)), outline=OUTLINE, width=line)
    return picture


def image_widget(kind: Pictures) -> Widget:
    """textual-image's widget for this way of drawing pictures, imported so that it asks the
    terminal nothing (terminal_pictures.py: it may not, once the app reads the keyboard)."""
    prepare_pictures()
    from textual_image.widget import HalfcellImage, SixelImage, TGPImage, UnicodeImage

    classes: dict[str, Any] = {
        "tgp": TGPImage,
        "sixel": SixelImage,
        "halfcell": HalfcellImage,
        "unicode": UnicodeImage,
    }
    widget: Widget = classes[kind](id="picture-image")
    return widget


def cell_pixels() -> tuple[int, int]:
    """A terminal cell's width and height in pixels, as terminal_pictures.py gave them to textual-image."""
    from textual_image._terminal import get_cell_size  # its cache: the kernel's size, or 10 × 20

    size = get_cell_size()
    return size.width, size.height


class PagePicture(PageMap):
    """The page's PDF as a picture with the chosen article outlined; moves as the character map does."""

    DEFAULT_CSS = """
    PagePicture { width: auto; height: 1fr; }
    PagePicture > #picture-image { width: auto; height: auto; }
    """

    @dataclass
    class Loaded(Message):
        """A page's PDF rendered, or not (`problem` says why)."""

        page_picture: PagePicture
        problem: str | None

    def __init__(self, parts: frozenset[str], kind: Pictures, *, id: str | None = None) -> None:
        super().__init__(parts, id=id)
        self.kind = kind
        self.rendered: Rendered | None = None
        self.picture: Picture | None = None
        """What is on screen: the rendered page with the chosen article outlined."""
        self._wanted: tuple[object, ...] | None = None
        self._cells = (0, 0)
        self._shown: Widget | None = None

    def compose(self) -> ComposeResult:
        self._shown = image_widget(self.kind)
        yield self._shown

    def render(self) -> Text:
        return Text()

    def on_unmount(self) -> None:
        """Frees a Kitty image in the terminal (its widget, a child, is already gone from the DOM)."""
        if self._shown is not None:
            self._shown.image = None  # type: ignore[attr-defined]

    def _image(self) -> Widget:
        assert self._shown is not None
        return self._shown

    # --- loading ---------------------------------------------------------------------------------

    def load(self, path: Path, index: int, room: tuple[int, int]) -> None:
        """Render page `index` of the PDF to fit `room` (columns, rows), in a worker."""
        width, height = cell_pixels()
        pixels = (min(room[0], MAX_CELLS) * width, min(room[1], MAX_CELLS) * height)
        key = (path, index, pixels)
        if key == self._wanted and self.rendered is not None:
            self.post_message(self.Loaded(self, None))
            return
        self._wanted = key
        self._render_pdf(key, path, index, pixels)

    @work(thread=True, exclusive=True, group="page-picture", exit_on_error=False)
    def _render_pdf(self, key: tuple[object, ...], path: Path, index: int, pixels: tuple[int, int]) -> None:
        try:
            rendered = render_pdf_page(path, index, *pixels)
        except RenderProblem as problem:
            self.app.call_from_thread(self._loaded, key, None, str(problem))
            return
        except Exception:  # PDFium or Pillow failing in a way of their own: still one line
            said = _("{name} does not render").format(name=path.name)
            self.app.call_from_thread(self._loaded, key, None, said)
            return
        self.app.call_from_thread(self._loaded, key, rendered, None)

    def _loaded(self, key: tuple[object, ...], rendered: Rendered | None, problem: str | None) -> None:
        if key != self._wanted:  # the page was turned, or the pane resized, meanwhile
            return
        if rendered is None:
            self._wanted = None
            self.post_message(self.Loaded(self, problem))
            return
        self.rendered = rendered
        width, height = cell_pixels()
        self._cells = (math.ceil(rendered.image.width / width), math.ceil(rendered.image.height / height))
        image = self._image()
        image.styles.width, image.styles.height = self._cells
        self._outline()
        self.refresh(layout=True)
        self.post_message(self.Loaded(self, None))

    # --- drawing ---------------------------------------------------------------------------------

    @property
    def units(self) -> tuple[float, float]:
        """The page's size in its regions' units: its `size`, else the PDF's points."""
        if self.page is not None and self.page.size is not None:
            return self.page.size
        return self.rendered.points if self.rendered is not None else (1.0, 1.0)

    def _outline(self) -> None:
        if self.rendered is None:
            return
        article = self._article(self.selected)
        boxes = region_pixels(article, self.units, self.rendered.image.size) if article else []
        self.picture = outlined(self.rendered.image, boxes, self._line())
        self._image().image = self.picture  # type: ignore[attr-defined]

    def _line(self) -> int:
        """The outline's width: in half cells or characters a pixel of the screen is a whole
        cell across, so the line is one cell wide to survive being scaled down."""
        if self.kind in ("tgp", "sixel") or self.rendered is None or not self._cells[0]:
            return 0
        return math.ceil(self.rendered.image.width / self._cells[0])

    def watch_selected(self, selected: str | None) -> None:
        super().watch_selected(selected)
        self._outline()

    def watch_page(self, page: Page | None) -> None:
        super().watch_page(page)
        self.rendered = None

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return self._cells[0]

    def columns_for(self, width: int, height: int) -> int:
        return min(self._cells[0], width) if self.rendered is not None else super().columns_for(width, height)

    @property
    def layout_now(self) -> PageMapLayout:
        """Moves by position go by the character map on a fine grid: every article its own box."""
        return self.map_for(*GRID)

    def on_click(self, event: events.Click) -> None:
        """The article printed where the click is (the smallest region holding it), read."""
        event.prevent_default()  # not the character map's click as well
        offset = event.get_content_offset(self)
        if offset is None or self.page is None or not all(self._cells):
            return
        x = (offset.x + 0.5) / self._cells[0] * self.units[0]
        y = (offset.y + 0.5) / self._cells[1] * self.units[1]
        holding = [
            (r.width * r.height, a.id)
            for a in self.page.articles
            for r in a.regions
            if r.x <= x <= r.x + r.width and r.y <= y <= r.y + r.height
        ]
        if holding:
            self.selected = min(holding)[1]
            self.action_choose()
