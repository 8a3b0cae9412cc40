"""`v` where the terminal shows pictures: the printed page from its kept PDF, the chosen article
outlined; a PDF that cannot be shown is one line and the character map."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.pilot import Pilot

from paperterm.app import make_app
from paperterm.cli import main
from paperterm.model.issue import Issue
from paperterm.model.loader import load_issue
from paperterm.screens.page_map import PageMapScreen
from paperterm.screens.reader import ReaderScreen
from paperterm.state.options import ReaderOptions
from paperterm.widgets.page_map import PageMap
from paperterm.widgets.page_picture import OUTLINE, PagePicture, cell_pixels, region_pixels
from tests.app_helpers import settled, widget_text

CORPUS = "dongfang-2025-10-20"
HALF_CELLS = ReaderOptions(pictures="halfcell")
"""Pictures drawn in coloured half cells: what a Pilot test can draw (Kitty and sixel write to
the terminal itself)."""


@pytest.fixture
def kept(pdf_corpus: dict[str, Path], tmp_path: Path) -> Issue:
    """The corpus issue imported with its PDF kept beside it."""
    target = tmp_path / "issues" / "2025-10-20.yaml"
    target.parent.mkdir()
    assert main(["import", str(pdf_corpus[CORPUS]), "-o", str(target), "--keep-pdf"]) == 0
    return load_issue(target)


async def open_map(pilot: Pilot[None]) -> PageMapScreen:
    await pilot.press("v")
    await settled(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, PageMapScreen)
    return screen


def picture_of(screen: PageMapScreen) -> PagePicture:
    picture = screen.query_one("#picture", PagePicture)
    assert picture.display and not screen.query_one("#map").display
    assert picture.rendered is not None and picture.picture is not None
    return picture


def outline_at(picture: PagePicture, article_id: str) -> bool:
    """Whether the picture shows this article's first region outlined: the outline's colour on
    the middle of its left and top edges."""
    article = picture._article(article_id)
    assert article is not None and picture.picture is not None and picture.rendered is not None
    left, top, right, bottom = region_pixels(article, picture.units, picture.rendered.image.size)[0]
    image = picture.picture.convert("RGB")
    return (
        image.getpixel((left + 1, (top + bottom) // 2)) == OUTLINE
        and image.getpixel(((left + right) // 2, top + 1)) == OUTLINE
    )


async def test_the_printed_page_with_the_article_being_read_outlined(kept: Issue) -> None:
    async with make_app(kept, HALF_CELLS).run_test(size=(120, 40)) as pilot:
        screen = await open_map(pilot)
        picture = picture_of(screen)
        assert picture.has_focus
        first = kept.pages[0].articles[0].id
        assert picture.selected == first and outline_at(picture, first)
        # Rendered to the pane: as tall as the rows the map has, in the page's proportions.
        width, height = picture.rendered.image.size  # type: ignore[union-attr]
        cell = cell_pixels()
        assert height == (40 - 3) * cell[1] or width == 120 * cell[0]
        assert abs(width / height - kept.pages[0].size[0] / kept.pages[0].size[1]) < 0.01  # type: ignore[index]
        assert not outline_at(picture, "p1-2")
        drawn = widget_text(picture.query_one("#picture-image"))
        assert "▀" in drawn or "▄" in drawn  # the page in half cells, not the character map's boxes


async def test_arrows_move_the_outline_and_enter_reads(kept: Issue) -> None:
    async with make_app(kept, HALF_CELLS).run_test(size=(120, 40)) as pilot:
        screen = await open_map(pilot)
        picture = picture_of(screen)
        for key, found in (("right", "p1-2"), ("down", "p1-3"), ("tab", "p1-4")):
            await pilot.press(key)
            assert picture.selected == found, key
            assert outline_at(picture, found) and not outline_at(picture, "p1-1")
        status = widget_text(screen.query_one("#map-status"))
        article = picture._article("p1-4")
        assert article is not None and article.title[:6] in status
        await pilot.press("enter")
        await pilot.pause()
        reader = pilot.app.screen
        assert isinstance(reader, ReaderScreen) and reader.article is not None and reader.article.id == "p1-4"


async def test_a_click_on_the_page_reads_the_article_printed_there(kept: Issue) -> None:
    async with make_app(kept, HALF_CELLS).run_test(size=(120, 40)) as pilot:
        picture = picture_of(await open_map(pilot))
        article = picture._article("p1-7")
        assert article is not None and picture.rendered is not None
        left, top, right, bottom = region_pixels(article, picture.units, picture.rendered.image.size)[-1]
        width, height = cell_pixels()
        await pilot.click("#picture", offset=((left + right) // 2 // width, (top + bottom) // 2 // height))
        await pilot.pause()
        reader = pilot.app.screen
        assert isinstance(reader, ReaderScreen) and reader.article is not None and reader.article.id == "p1-7"


async def test_the_second_page_of_the_file_is_the_second_page(kept: Issue) -> None:
    async with make_app(kept, HALF_CELLS).run_test(size=(120, 40)) as pilot:
        screen = await open_map(pilot)
        first = picture_of(screen).rendered
        await pilot.press("right_square_bracket")
        await settled(pilot)
        picture = picture_of(screen)
        assert picture.page is not None and picture.page.number == 2
        assert picture.rendered is not None and picture.rendered.image.tobytes() != first.image.tobytes()  # type: ignore[union-attr]
        assert picture.selected == kept.pages[1].articles[0].id and outline_at(picture, picture.selected)


async def test_without_pictures_it_is_the_character_map(kept: Issue) -> None:
    async with make_app(kept).run_test(size=(120, 40)) as pilot:
        screen = await open_map(pilot)
        assert not screen.query("#picture") and screen.query_one("#map", PageMap).display
        assert not screen.query_one("#map-notice").display


def _break(issue: Issue, how: str) -> str:
    """Spoil the kept PDF of the issue's first page; what the notice then says."""
    folder = Path(str(issue.path)).parent
    kept = folder / str(issue.pages[0].source_pdf)
    if how == "missing":
        kept.unlink()
        return "is not there"
    if how == "damaged":
        kept.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4 + b"\n%%EOF\n")
        return "is damaged"
    if how == "not a pdf":
        kept.write_bytes(b"GIF89a")
        return "is not a PDF"
    # A link out of the issue's folder, to a real PDF elsewhere: refused all the same.
    outside = folder.parent / "elsewhere.pdf"
    shutil.copyfile(kept, outside)
    kept.unlink()
    kept.symlink_to(outside)
    return "leads out of the issue's folder"


@pytest.mark.parametrize("how", ["missing", "damaged", "not a pdf", "link out"])
async def test_a_pdf_that_cannot_be_shown_is_one_line_and_the_character_map(kept: Issue, how: str) -> None:
    said = _break(kept, how)
    async with make_app(kept, HALF_CELLS).run_test(size=(120, 40)) as pilot:
        screen = await open_map(pilot)
        notice = screen.query_one("#map-notice")
        assert notice.display and notice.size.height == 1
        text = widget_text(notice)
        assert text.strip().startswith("The printed page cannot be shown") and said in text
        page_map = screen.query_one("#map", PageMap)
        assert page_map.display and page_map.has_focus and not screen.query_one("#picture").display
        await pilot.press("right")
        assert page_map.selected == "p1-2"


async def test_a_page_whose_pdf_is_out_of_range_is_one_line(kept: Issue) -> None:
    wrong = kept._replace(pages=(kept.pages[0]._replace(source_pdf_page=9), *kept.pages[1:]))
    async with make_app(wrong, HALF_CELLS).run_test(size=(80, 24)) as pilot:
        screen = await open_map(pilot)
        assert "has no page 9" in widget_text(screen.query_one("#map-notice"))


async def test_a_resize_renders_the_page_again_for_the_new_pane(kept: Issue) -> None:
    async with make_app(kept, HALF_CELLS).run_test(size=(120, 40)) as pilot:
        screen = await open_map(pilot)
        await pilot.press("right")
        assert screen.query_one("#picture", PagePicture).selected == "p1-2"
        await pilot.resize_terminal(80, 24)
        await settled(pilot)
        picture = picture_of(screen)
        assert picture.rendered is not None and picture.rendered.image.height == (24 - 3) * cell_pixels()[1]
        assert picture.selected == "p1-2" and outline_at(picture, "p1-2")


async def test_i_lists_the_headlines_and_goes_back_to_the_printed_page(kept: Issue) -> None:
    async with make_app(kept, HALF_CELLS).run_test(size=(120, 40)) as pilot:
        screen = await open_map(pilot)
        await pilot.press("right", "i")
        await settled(pilot)
        assert not screen.query_one("#map-row").display and screen.query_one("#contents").has_focus
        await pilot.press("down", "i")
        await settled(pilot)
        picture = picture_of(screen)
        assert picture.has_focus and picture.selected == "p1-3" and outline_at(picture, "p1-3")


async def test_a_page_without_a_pdf_is_the_character_map_again(kept: Issue) -> None:
    second = kept.pages[1]._replace(source_pdf=None, source_pdf_page=None)
    mixed = kept._replace(pages=(kept.pages[0], second))
    async with make_app(mixed, HALF_CELLS).run_test(size=(120, 40)) as pilot:
        screen = await open_map(pilot)
        picture_of(screen)
        await pilot.press("right_square_bracket")
        await settled(pilot)
        page_map = screen.query_one("#map", PageMap)
        assert page_map.display and page_map.has_focus and not screen.query_one("#picture").display
        assert page_map.page is not None and page_map.page.number == 2
        assert not screen.query_one("#map-notice").display
        await pilot.press("left_square_bracket")
        await settled(pilot)
        assert picture_of(screen).has_focus
