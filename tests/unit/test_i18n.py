"""Which language the chrome speaks: the setting, the script shown, the locale; and `_()` itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperterm import i18n
from paperterm.cli.grammar import UsageError
from paperterm.cli.parser import parse
from paperterm.cli.quick_parse import quick_parse
from paperterm.i18n import _, from_environment, language_of, ngettext, resolve, use
from paperterm.state.config import Config, load_config
from paperterm.state.options import choose


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("zh_TW.UTF-8", "zh-Hant"),
        ("zh_HK.Big5-HKSCS", "zh-Hant"),
        ("zh_MO", "zh-Hant"),
        ("zh-Hant", "zh-Hant"),
        ("zh_Hant_TW", "zh-Hant"),
        ("zh_CN.UTF-8", "zh-Hans"),
        ("zh_SG.GB2312", "zh-Hans"),
        ("zh", "zh-Hans"),
        ("zh-Hans-HK", "zh-Hans"),
        ("en_US.UTF-8", "en"),
        ("de_DE@euro", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
    ],
)
def test_a_locale_names_a_chrome_language(tag: str, language: str) -> None:
    assert language_of(tag) == language


def test_the_locale_is_read_in_gettexts_order() -> None:
    assert from_environment({}) == "en"
    assert from_environment({"LANG": "zh_TW.UTF-8"}) == "zh-Hant"
    assert from_environment({"LANG": "zh_TW.UTF-8", "LC_ALL": "zh_CN.UTF-8"}) == "zh-Hans"
    assert from_environment({"LC_ALL": "en_US.UTF-8", "LANGUAGE": "zh_HK:en"}) == "zh-Hant"
    assert from_environment({"LANGUAGE": "", "LC_MESSAGES": "zh_CN", "LANG": "en_US"}) == "zh-Hans"


def test_auto_follows_the_script_shown_else_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "zh_HK.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    assert resolve("auto", traditional=False) == "zh-Hans"
    assert resolve("auto", traditional=True) == "zh-Hant"
    assert resolve("auto") == "zh-Hant"
    assert resolve("en", traditional=True) == "en"
    assert resolve("zh-Hans", traditional=True) == "zh-Hans"


def test_messages_follow_the_language_in_use() -> None:
    assert use("zh-Hans") and _("Quit") == "退出" and _("Search") == "搜索"
    assert not use("zh-Hans"), "the same language again changes nothing"
    assert use("zh-Hant") and _("Quit") == "離開" and _("Search") == "搜尋"
    assert ngettext("{count} article", "{count} articles", 3).format(count=3) == "3 篇文章"
    assert _("") == "", "the empty message is not the catalog's header"
    assert _("a message no catalog has") == "a message no catalog has"
    use("en")
    assert _("Quit") == "Quit" and ngettext("{count} article", "{count} articles", 1) == "{count} article"


def test_a_missing_catalog_leaves_the_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_loaded", {"en": i18n._loaded["en"]})
    use("zh-Hant")
    assert _("Quit") == "Quit"


def test_config_language(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    assert load_config(tmp_path / "none.toml").language == "auto"
    path.write_text('language = "zh-Hant"\n', encoding="utf-8")
    assert load_config(path) == Config(language="zh-Hant")
    path.write_text('language = "klingon"\n', encoding="utf-8")
    config = load_config(path)
    assert (
        config.language == "auto"
        and "'language' must be one of auto, en, zh-Hans, zh-Hant" in (config.problems[0])
    )


def test_language_on_the_command_line_wins_over_the_config() -> None:
    assert choose(None, Config()).language == "auto"
    assert choose(None, Config(language="en")).language == "en"
    assert choose(None, Config(language="en"), language="zh-Hans").language == "zh-Hans"


def test_open_takes_language_in_both_parsers() -> None:
    argv = ["open", "--language", "zh-Hant", "2024-11-19"]
    assert parse(argv).language == "zh-Hant"
    quick = quick_parse(argv)
    assert quick is not None and quick.language == "zh-Hant"
    assert quick_parse(["open", "--language", "fr"]) is None, "left to argparse, which refuses it"
    with pytest.raises(UsageError, match="--language: invalid choice"):
        parse(["open", "--language", "fr"])
