"""Which source wins for the script and the keywords: command line, then the app, then the config."""

from __future__ import annotations

from paperterm.model.highlight import Keyword
from paperterm.state.config import Config
from paperterm.state.options import choose
from paperterm.state.settings import Settings


def test_nothing_anywhere_gives_the_defaults() -> None:
    chosen = choose(None, Config())
    assert (chosen.script_on, chosen.script_other, chosen.keywords) == (False, "taiwan", ())


def test_config_applies_until_the_reader_chooses_in_the_app() -> None:
    config = Config(highlight=("煤矿",), script="hongkong")
    first = choose(None, config)
    assert (first.script_on, first.script_other) == (True, "hongkong")
    assert first.keywords == (Keyword("煤矿"),)
    chosen_in_app = Settings(script_on=False, script_other="traditional", keywords=(Keyword("临汾"),))
    later = choose(chosen_in_app, config)
    assert (later.script_on, later.script_other) == (False, "traditional")
    assert later.keywords == (Keyword("临汾"),)


def test_app_settings_without_an_edited_keyword_list_keep_the_configs_words() -> None:
    chosen = choose(Settings(script_on=True), Config(highlight=("煤矿",)))
    assert chosen.keywords == (Keyword("煤矿"),)


def test_the_command_line_wins_over_both() -> None:
    settings = Settings(script_on=True, script_other="hongkong", keywords=(Keyword("临汾"),))
    chosen = choose(
        settings, Config(script="taiwan"), script="original", highlight=["煤矿", " 临汾 ", "煤矿"]
    )
    assert chosen.script_on is False and chosen.script_other == "hongkong"
    assert chosen.keywords == (Keyword("临汾"), Keyword("煤矿"))
    simplified = choose(settings, Config(), script="simplified")
    assert simplified.script_on is True and simplified.script_other == "hongkong"
    traditional = choose(None, Config(script="hongkong"), script="traditional")
    assert (traditional.script_on, traditional.script_other) == (True, "traditional")
