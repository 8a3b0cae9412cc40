"""Remembered choices and the config file: never fatal, never half-written."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from paperterm.cli.reader import reader_options as _reader_options
from paperterm.model.highlight import Keyword
from paperterm.state.config import load_config
from paperterm.state.reading import ReadingState
from paperterm.state.settings import Settings, has_settings, load_settings, save_settings


def test_settings_round_trip(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path / "s")
    assert load_settings(state) == Settings() and not has_settings(state)
    saved = Settings(
        script_on=True, script_other="hongkong", keywords=(Keyword("煤矿"), Keyword("[/]", False))
    )
    save_settings(state, saved)
    assert load_settings(ReadingState.open(tmp_path / "s")) == saved


def test_garbage_settings_give_defaults(tmp_path: Path) -> None:
    state = ReadingState.open(tmp_path)
    state.set_pref(
        "settings", {"script_on": True, "script_other": "klingon", "keywords": [1, {"word": "煤"}]}
    )
    assert load_settings(state) == Settings(script_on=True, keywords=(Keyword("煤"),))
    state.set_pref("settings", [1, 2])
    assert load_settings(state) == Settings()


def test_config_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('highlight = ["煤矿", "临汾"]\nscript = "hongkong"\n', encoding="utf-8")
    config = load_config(path)
    assert (config.highlight, config.script, config.problems) == (("煤矿", "临汾"), "hongkong", ())


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("highlight = [\n", "using defaults"),
        ('highlight = "煤矿"\n', "'highlight' must be a list of strings"),
        ("highlight = [1, 2]\n", "'highlight' must be a list of strings"),
        ('script = "klingon"\n', "'script' must be one of"),
        ("colour = 1\n", "unknown key 'colour'"),
    ],
)
def test_config_problems_name_the_key_and_fall_back(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    assert len(config.problems) == 1 and problem in config.problems[0]
    assert config.problems[0].startswith(str(path))


def args(**overrides: object) -> argparse.Namespace:
    return argparse.Namespace(**{"script": None, "highlight": [], "language": None, **overrides})


def test_reader_options_layer_settings_config_and_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('highlight = ["煤矿"]\n', encoding="utf-8")
    monkeypatch.setenv("PAPERTERM_CONFIG", str(config))
    state = ReadingState.open(tmp_path / "state")
    options = _reader_options(args(highlight=["临汾", "煤矿", "临汾"]), state)
    assert options.keywords == (Keyword("煤矿"), Keyword("临汾"))
    assert (options.script_on, options.script_other) == (False, "taiwan")
    assert _reader_options(args(script="hongkong"), state).script_other == "hongkong"
    assert _reader_options(args(script="original"), state).script_on is False
    save_settings(state, Settings(True, "traditional", (Keyword("晋城"),)))
    remembered = _reader_options(args(), state)
    assert (remembered.script_on, remembered.script_other, remembered.keywords) == (
        True,
        "traditional",
        (Keyword("晋城"),),
    )
