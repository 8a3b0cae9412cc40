"""The printed page in a real terminal: `import --keep-pdf`, then `open` asked for pictures
(`page_picture = "always"`): the terminal is asked before the reader starts, no key is lost, and
`v` shows the page as a picture (coloured half cells: what tmux shows)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.tmux_harness import PAPERTERM, tmux_available, user_env

HALF_BLOCKS = ("▀", "▄")


@pytest.mark.parametrize(("setting", "picture"), [("always", True), ("auto", False)])
def test_open_with_pictures_shows_the_printed_page(
    pdf_corpus: dict[str, Path], isolated_user: Path, tmp_path: Path, terminal, setting: str, picture: bool
) -> None:
    if not tmux_available():
        pytest.skip("tmux is not installed (.ci/run installs it)")
    library = tmp_path / "papers"
    done = subprocess.run(
        [PAPERTERM, "import", str(pdf_corpus["dongfang-2025-10-20"]), "--into", str(library), "--keep-pdf"],
        env=user_env(isolated_user, library),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    config = tmp_path / "config.toml"
    config.write_text(f'page_picture = "{setting}"\n', encoding="utf-8")
    term = terminal(
        "open", "2025-10-20", "--library", str(library), width=120, height=40, PAPERTERM_CONFIG=str(config)
    )
    term.send("v")  # typed at once, while paperterm may still be asking the terminal
    screen = term.wait_for(lambda s: "版面图" in s, "the page map")
    if picture:
        screen = term.wait_for(lambda s: any(b in s for b in HALF_BLOCKS), "the printed page in half cells")
    else:
        assert not any(b in screen for b in HALF_BLOCKS) and "┏" in screen  # the character map
    assert "cannot be shown" not in screen
    term.send("Right", "Enter")
    term.wait_for(lambda s: "黄土坡上苹果红" in s and "版面图" not in s, "the article to the right, read")
    term.send("q")
    assert term.exit_status() == 0
