"""The 版面图 (`v`): the character map of a 20-article page, and the printed page as a picture.

Budgets (issue 17): the map open within 50 ms, a rendered page within 300 ms. The character map
is timed twice, in process with Pilot: the map's own part, the page laid out and drawn as the
widget does at a size not seen before (budget 50 ms, judged against a key that only asks for a
repaint); and `v` to the first frame painted after it (bench/keys_bench.py's clock), against
`v` on the same page without regions, where the same screen lists the headlines instead: the
difference is what the map costs over the screen around it. The picture is timed as the worker
makes it: a dense broadsheet page (about 10,000 glyphs, the PDF benchmark's) read and rendered
to a pane's pixels and outlined, against PDFium alone rendering the same page at the same
size; moving the outline (a copy outlined again and encoded as the Kitty protocol sends it) is
reported beside it.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bench.keys_bench import first_after, frame_clock
from bench.result import Result, median_seconds
from paperterm.app import make_app
from paperterm.model.issue import Article, Issue, Page, Region
from paperterm.widgets.page_map import PageMap

MAP_BUDGET_MS = 50
PICTURE_BUDGET_S = 0.3
PANES = [(120, 37), (240, 67)]
"""The map's share of a 120×40 terminal and of a large one, in cells of 10 × 20 pixels."""
CELL = (10, 20)


def twenty_articles() -> Issue:
    """One broadsheet page of 20 articles, each a headline over two column pieces, titles of
    every length, as an import gives them."""
    import datetime as dt

    titles = ["秋粮收获过半", "前三季度全国高技术制造业增加值同比增长", "江淮大地新能源汽车产业集群加快成长"]
    articles = []
    for n in range(20):
        left, top = n % 4 * 200 + 21, n // 4 * 230 + 40
        regions = (
            Region("headline", left, top, 190, 40),
            Region("body", left, top + 45, 92, 170),
            Region("body", left + 98, top + 45, 92, 170),
        )
        title = titles[n % 3] + ("（下）" if n % 5 == 4 else "")
        articles.append(
            Article(f"p1-{n + 1}", title, body=("正文。",), byline="记者 王佳丽", regions=regions)
        )
    page = Page(1, "要闻", tuple(articles), (842.0, 1191.0))
    return Issue("东方日报", "dfrb", dt.date(2025, 10, 20), (page,))


async def _open_map(issue: Issue, repeat: int) -> dict[str, float]:
    """Median seconds from `v` to the first frame after it, from a repaint-only key, and for the
    map's own part: laying the page out and drawing it, as the widget does on a fresh size."""
    app = make_app(issue)
    frames = frame_clock(app)
    app.action_bench_repaint = lambda: app.screen.refresh()  # type: ignore[attr-defined]
    app.bind("f12", "bench_repaint")
    times: dict[str, list[float]] = {"v": [], "f12": [], "draw": []}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("v", "escape")  # the screen's modules imported and its CSS parsed, once a run
        await pilot.pause()
        for _ in range(repeat):
            for key in ("f12", "v"):
                await asyncio.sleep(2 / 60)  # two idle frames: no key waits out the frame pacing
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                painted = first_after(frames, start)
                if painted is not None:
                    times[key].append(painted)
            page_map = app.screen.query("#map").first(PageMap)
            page_map._laid = []  # as on a page not seen before, or a new size
            start = time.perf_counter()
            page_map.render()
            times["draw"].append(time.perf_counter() - start)
            await pilot.press("escape")
            await pilot.pause()
    return {key: statistics.median(values) for key, values in times.items()}


def _dense_pdf(folder: Path) -> tuple[Path, Page]:
    """The PDF benchmark's dense page, and the page as imported (its articles' regions)."""
    import datetime as dt

    from paperterm.importer.pdf import import_pdfs
    from tests.pdfcorpus.generated import dense_page
    from tests.pdfcorpus.render import render

    path = folder / "dense.pdf"
    path.write_bytes(render(dense_page()))
    issue = import_pdfs([path], paper="东方日报", paper_id="dfrb", date=dt.date(2025, 10, 20)).issue
    return path, issue.pages[0]


def _picture_rows(repeat: int) -> list[Result]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    from textual_image._pixeldata import PixelData

    from paperterm.widgets.page_picture import outlined, region_pixels, render_pdf_page

    out = []
    with tempfile.TemporaryDirectory() as folder:
        path, page = _dense_pdf(Path(folder))
        lead = page.articles[0]
        for columns, rows in PANES:
            width, height = columns * CELL[0], rows * CELL[1]

            def picture(width: int = width, height: int = height) -> object:
                rendered = render_pdf_page(path, 0, width, height)
                size = page.size or rendered.points
                return outlined(rendered.image, region_pixels(lead, size, rendered.image.size))

            def pdfium_alone(width: int = width, height: int = height) -> object:
                document = pdfium.PdfDocument(str(path))
                one = document[0]
                scale = min(width / one.get_width(), height / one.get_height())
                image = one.render(scale=scale).to_pil()
                one.close()
                document.close()
                return image

            picture()  # PDFium's first load of the fonts is not what a page costs
            made = median_seconds(picture, repeat)
            floor = median_seconds(pdfium_alone, repeat)
            pane = f"{columns}×{rows} cells"
            out.append(
                Result(
                    f"page map: printed page rendered and outlined, dense page, {pane} (budget 0.3 s)",
                    made * 1000,
                    floor * 1000,
                    "ms",
                    PICTURE_BUDGET_S / floor,
                    "PDFium rendering the same page alone",
                )
            )
            base = render_pdf_page(path, 0, width, height)
            other = region_pixels(page.articles[1], page.size or base.points, base.image.size)

            def move(image: object = base.image, boxes: list[tuple[int, int, int, int]] = other) -> object:
                return PixelData(outlined(image, boxes)).to_base64()  # type: ignore[arg-type]

            encode = median_seconds(lambda image=base.image: PixelData(image).to_base64(), repeat)
            out.append(
                Result(
                    f"page map: outline moved on the printed page, {pane}",
                    median_seconds(move, repeat) * 1000,
                    encode * 1000,
                    "ms",
                    None,
                    "encoding the page for the Kitty protocol alone",
                )
            )
    return out


def results(repeat: int = 9) -> list[Result]:
    issue = twenty_articles()
    mapped = asyncio.run(_open_map(issue, repeat))
    bare = issue._replace(
        pages=tuple(
            p._replace(articles=tuple(a._replace(regions=()) for a in p.articles)) for p in issue.pages
        )
    )
    listed = asyncio.run(_open_map(bare, repeat))
    repaint = mapped["f12"] * 1000
    screen = listed["v"] * 1000
    return [
        Result(
            f"page map: 20-article page laid out and drawn, character map (budget {MAP_BUDGET_MS} ms)",
            mapped["draw"] * 1000,
            repaint,
            "ms",
            MAP_BUDGET_MS / repaint,
            "repaint-only key",
        ),
        Result(
            f"page map: v → frame, 20-article page (budget +{MAP_BUDGET_MS} ms)",
            mapped["v"] * 1000,
            screen,
            "ms",
            (screen + MAP_BUDGET_MS) / screen,
            "v on the page without regions: its 目录",
        ),
        *_picture_rows(repeat),
    ]


def run(quick: bool = False) -> list[Result]:
    """The page map's benchmarks; `quick` measures each once."""
    return results(repeat=1 if quick else 9)
