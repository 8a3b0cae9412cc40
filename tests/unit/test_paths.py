"""Where paperterm keeps things: the XDG rules read directly must agree with platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from paperterm.state import paths
from paperterm.state.paths import user_dir

KINDS = ("data", "cache", "state", "config")
VARIABLES = ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rules are read directly on Linux")
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("xdg", [None, "", "relative/dir", "/abs/xdg", "/abs/xdg/"])
@pytest.mark.parametrize("home", ["/home/reader", "/home/reader/", "/"])
def test_user_dir_is_what_platformdirs_says(
    monkeypatch: pytest.MonkeyPatch, kind: str, xdg: str | None, home: str
) -> None:
    monkeypatch.setenv("HOME", home)
    for variable in VARIABLES:
        if xdg is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, xdg)
    expected = Path(getattr(platformdirs, f"user_{kind}_dir")("paperterm"))
    assert user_dir(kind) == expected


def test_a_relative_home_is_left_to_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda app: asked.append(app) or "/pd/cache")
    monkeypatch.setenv("HOME", "not/absolute")
    assert user_dir("cache") == Path("/pd/cache")
    assert asked == ["paperterm"]


def test_other_platforms_ask_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platformdirs, "user_state_dir", lambda app: f"/Library/{app}")
    monkeypatch.setattr(paths.sys, "platform", "darwin")
    monkeypatch.setenv("HOME", "/Users/reader")
    assert user_dir("state") == Path("/Library/paperterm")


def test_overrides_win(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PAPERTERM_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("PAPERTERM_STATE_DIR", str(tmp_path / "s"))
    monkeypatch.setenv("XDG_CACHE_HOME", "/elsewhere")
    assert paths.cache_dir() == tmp_path / "c"
    assert paths.state_dir() == tmp_path / "s"
