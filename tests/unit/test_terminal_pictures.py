"""Which terminals get the printed page as a picture: known from the environment, or asked for."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from paperterm.state.config import load_config
from paperterm.widgets.terminal_pictures import choose_pictures, from_environment


@pytest.mark.parametrize(
    ("environ", "found"),
    [
        ({"TERM": "xterm-kitty"}, "tgp"),  # kitty, here or at the far end of ssh
        ({"TERM": "xterm-256color", "KITTY_WINDOW_ID": "1"}, "tgp"),
        ({"TERM": "xterm-ghostty"}, "tgp"),
        ({"TERM": "foot"}, "sixel"),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"}, "sixel"),
        ({"TERM": "xterm-256color", "KONSOLE_VERSION": "230804"}, "sixel"),
        ({"TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app"}, "sixel"),
        ({"TERM": "xterm-256color"}, None),  # plain SSH, most terminals: nothing says
        ({"TERM": "xterm-kitty", "TMUX": "/tmp/tmux-1000/default,1,0"}, None),  # tmux in between
        ({"TERM": "screen-256color", "KITTY_WINDOW_ID": "1"}, None),
        ({"TERM": "linux"}, None),
        ({}, None),
    ],
)
def test_the_environment_names_terminals_that_show_pictures(
    environ: dict[str, str], found: str | None
) -> None:
    assert from_environment(environ) == found


def test_never_and_no_terminal_mean_characters_and_ask_nothing() -> None:
    kitty = {"TERM": "xterm-kitty"}
    assert choose_pictures("never", kitty, tty=True) is None
    assert choose_pictures("auto", kitty, tty=False) is None
    assert choose_pictures("always", kitty, tty=False) is None
    assert choose_pictures("auto", {"TERM": "xterm-256color"}, tty=True) is None


def test_always_is_what_the_environment_names_else_half_cells() -> None:
    assert choose_pictures("auto", {"TERM": "foot"}, tty=True) == "sixel"
    assert choose_pictures("always", {"TERM": "xterm-kitty"}, tty=True) == "tgp"
    assert choose_pictures("always", {"TERM": "xterm-256color"}, tty=True) == "halfcell"


CHILD = """
import sys
from paperterm.widgets.terminal_pictures import choose_pictures, prepare_pictures
chosen = choose_pictures("always", {"TERM": sys.argv[1]}, True)
prepare_pictures()  # as the page map does before its first picture
from textual_image._terminal import get_cell_size
size = get_cell_size()
print(chosen, size.width, size.height, file=sys.stderr)
"""


@pytest.mark.parametrize("term", ["xterm-kitty", "xterm-256color"])
def test_the_terminal_is_asked_nothing_and_the_cell_size_comes_from_the_kernel(term: str) -> None:
    # A real terminal (a pty) of 100×30 cells, 900×600 pixels: choosing pictures and loading
    # textual-image write nothing to it (a question's answer would come back as keys), and the
    # cells are known to be 9×20 pixels.
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 900, 600))
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, term],
            stdin=follower,
            stdout=follower,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
        os.set_blocking(leader, False)
        try:
            written = os.read(leader, 4096)
        except BlockingIOError:
            written = b""
    finally:
        os.close(leader)
        os.close(follower)
    assert done.returncode == 0, done.stderr
    assert done.stderr.split() == ["tgp" if term == "xterm-kitty" else "halfcell", "9", "20"]
    assert written == b""


@pytest.mark.parametrize(("value", "kept"), [("always", "always"), ("never", "never"), ("sometimes", "auto")])
def test_the_config_switch(tmp_path: Path, value: str, kept: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'page_picture = "{value}"\n', encoding="utf-8")
    loaded = load_config(config)
    assert loaded.page_picture == kept
    assert bool(loaded.problems) == (value != kept)
    if loaded.problems:
        assert loaded.problems == (
            f'{config}: \'page_picture\' must be "auto", "always" or "never"; using "auto"',
        )


def test_no_config_is_auto(tmp_path: Path) -> None:
    assert load_config(tmp_path / "missing.toml").page_picture == "auto"
