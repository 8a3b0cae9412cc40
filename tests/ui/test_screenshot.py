"""The palette's "Screenshot" saves where a folder exists, and says where."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from paperterm.app import make_app
from paperterm.model.loader import load_issue
from tests.conftest import SAMPLE


async def screenshot_from_the_palette(size: tuple[int, int] = (80, 24)) -> list[str]:
    """Run "Screenshot" as a reader does (ctrl+p, its name, enter); the notices it left."""
    app = make_app(load_issue(SAMPLE))
    async with app.run_test(size=size) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Screenshot")
        await pilot.pause(0.3)  # the palette searches its commands after a short delay
        await pilot.press("enter")
        while not app._notifications:  # Textual's own command waits 0.1 s, then the file is written
            await pilot.pause(0.05)
        return [str(n.message) for n in app._notifications]


async def test_without_a_downloads_folder_it_saves_in_the_current_one(
    isolated_user: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert not (isolated_user / "Downloads").exists()
    notices = await screenshot_from_the_palette()
    saved = list(here.glob("*.svg"))
    assert len(saved) == 1 and saved[0].read_text(encoding="utf-8").startswith("<svg")
    assert notices == [f"Saved as {saved[0]}"]
    assert not (isolated_user / "Downloads").exists(), "no folder is made for it"


async def test_with_a_downloads_folder_it_saves_there(
    isolated_user: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    downloads = isolated_user / "Downloads"
    downloads.mkdir()
    monkeypatch.chdir(tmp_path)
    notices = await screenshot_from_the_palette()
    saved = list(downloads.glob("*.svg"))
    assert len(saved) == 1 and notices == [f"Saved as {saved[0]}"]
