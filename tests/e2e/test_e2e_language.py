"""The installed command speaks the language asked: the config's `language`, `--language`, and with
`auto` the script on screen (`t` switches the chrome with the text) or else the locale."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tmux_harness import tmux_available

pytestmark = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed (.ci/run installs it)")

HEADER = "山西日报 · 2024年11月19日"


def test_auto_follows_the_script_and_t_switches_the_chrome(terminal) -> None:
    term = terminal("open", "2024-11-19", "--language", "auto", width=100, height=30)
    term.wait_for(lambda s: HEADER in s and "q 退出" in s, "the reader in 简体")
    term.send("t")
    term.wait_for(lambda s: "山西日報" in s and "q 離開" in s, "the text and the chrome in 繁體")
    term.send("q")
    assert term.exit_status() == 0


def test_the_config_language_holds_whatever_the_script(terminal, isolated_user: Path) -> None:
    config = isolated_user / ".config" / "paperterm" / "config.toml"
    config.write_text('language = "zh-Hant"\n', encoding="utf-8")
    term = terminal("open", "2024-11-19", width=100, height=30)
    term.wait_for(lambda s: HEADER in s and "q 離開" in s, "the 简体 paper in 繁體 chrome")
    term.send("?")
    term.wait_for(lambda s: "本按鍵表" in s and "離開，閱讀位置會保留" in s, "the help screen in 繁體")
    term.send("q", "q")
    assert term.exit_status() == 0


def test_english_stays_english(terminal) -> None:
    term = terminal("open", "2024-11-19", "--language", "en", width=100, height=30)
    term.wait_for(lambda s: HEADER in s and "q Quit" in s, "the reader in English")
    term.send("t")
    term.wait_for(lambda s: "山西日報" in s and "q Quit" in s, "繁體 text, English chrome")
    term.send("q")
    assert term.exit_status() == 0
