"""臺灣 and 香港 text as those regions print news: standard forms OpenCC misses, and 「」 quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperterm.cache.fold_table import opencc_fold
from paperterm.model.highlight import Keyword, Matcher
from paperterm.model.news_forms import Polish
from paperterm.model.script import MODES, Script
from paperterm.state.config import load_config

NEWS = "绿电制氢项目落地，古典家具企业在新闻发布会上公布规划布局，他说：“这是‘新’的开始。”"


def convert(mode: str, text: str = NEWS, **options: object) -> str:
    return Script(MODES[mode], "zh-Hans", **options).text(text)  # type: ignore[arg-type]


def test_taiwan_forms_and_corner_quotes() -> None:
    assert convert("taiwan") == (
        "綠電製氫項目落地，古典家具企業在新聞發布會上公布規劃布局，他說：「這是『新』的開始。」"
    )


def test_hong_kong_keeps_its_own_forms_but_gets_the_fixes_both_share() -> None:
    text = convert("hongkong")
    assert "綠電製氫" in text and "古典家具" in text
    assert "發佈會" in text and "佈局" in text  # 佈 is Hong Kong's form
    assert "「這是『新』的開始。」" in text


def test_plain_traditional_is_opencc_alone() -> None:
    assert convert("traditional") == Script(MODES["traditional"], "zh-Hans").text(NEWS)
    assert "“" in convert("traditional") and "制氫" in convert("traditional")


@pytest.mark.parametrize(
    ("simplified", "taiwan"),
    [
        ("宣布", "宣布"),
        ("分布", "分布"),
        ("散布", "散布"),
        ("家伙", "傢伙"),
        ("控制", "控制"),
        ("制度", "制度"),
    ],
)
def test_words_that_must_not_change(simplified: str, taiwan: str) -> None:
    assert convert("taiwan", simplified) == taiwan


@pytest.mark.parametrize("mode", ["taiwan", "hongkong", "traditional"])
def test_every_change_keeps_the_length(mode: str) -> None:
    """Highlights are found in the source and painted on the converted text at the same offsets."""
    assert len(convert(mode)) == len(NEWS)


def test_curly_quotes_can_be_kept_and_the_readers_own_phrases_apply() -> None:
    text = convert("taiwan", corner_quotes=False, phrases=(("項目", "專案"),))
    assert "“這是‘新’的開始。”" in text and "專案" in text


def test_phrases_of_another_length_are_ignored() -> None:
    polish = Polish([("項目", "計畫專案")], corner_quotes=False)
    assert polish("項目") == "項目"


def test_search_and_keywords_fold_corner_and_curly_quotes_alike(tmp_path: Path) -> None:
    fold = opencc_fold(tmp_path / "fold.json")
    assert fold("「煤矿」『新』") == fold("“煤礦”‘新’")
    matcher = Matcher((Keyword("“煤矿”"),), fold, None)
    assert matcher.find("他说「煤礦」很重要")


def test_config_quotes_and_phrases(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('quotes = "curly"\n[phrases]\n"項目" = "專案"\n"太長" = "太長了"\n', encoding="utf-8")
    loaded = load_config(config)
    assert loaded.corner_quotes is False
    assert loaded.phrases == (("項目", "專案"),)
    assert len(loaded.problems) == 1 and "太長" in loaded.problems[0]
    config.write_text('quotes = "square"\n', encoding="utf-8")
    assert load_config(config).corner_quotes is True and "quotes" in load_config(config).problems[0]
