"""简/繁 conversion, the script-blind fold, keyword matching and in-issue search (no UI)."""

from __future__ import annotations

import types
from pathlib import Path

import pytest

from paperterm.cache.fold_table import load_table, opencc_fold
from paperterm.model import script as script_module
from paperterm.model.fold import Fold, build_table
from paperterm.model.highlight import SEARCH, Keyword, Matcher
from paperterm.model.layout import article_sources
from paperterm.model.loader import load_issue
from paperterm.model.script import MODES, Script, config_for, engine, modes_for
from paperterm.model.search import search_issue
from tests.conftest import SAMPLE

ISSUE = load_issue(SAMPLE)
FOLD = opencc_fold(None)


def convert(mode: str, text: str) -> str:
    return Script(MODES[mode], "zh-Hans").text(text)


def sample_text() -> str:
    return "\n".join(t for _, a in ISSUE.articles() for t in article_sources(a).values())


@pytest.mark.parametrize("mode", ["traditional", "taiwan", "hongkong", "taiwan-phrases"])
def test_every_traditional_mode_converts_the_sample(mode: str) -> None:
    converted = Script(MODES[mode], "zh-Hans").issue(ISSUE)
    assert converted.paper == "山西日報"
    assert "臨汾" in converted.pages[0].articles[1].title
    assert converted.pages[0].name == "要聞"


def test_spot_checks_per_mode() -> None:
    for mode in ("traditional", "taiwan", "hongkong"):
        assert convert(mode, "胚胎发育") == "胚胎發育"  # never 髮育
    assert convert("traditional", "为") == "爲" and convert("traditional", "跟着") == "跟着"
    assert convert("taiwan", "为") == "為" and convert("taiwan", "跟着") == "跟著"
    assert convert("hongkong", "卫生") == "衞生"
    assert (
        "跟著悟空遊山西" in Script(MODES["taiwan"], "zh-Hans").issue(ISSUE).pages[0].articles[1].paragraphs[4]
    )


def test_phrase_mode_rewrites_words_which_is_why_it_is_not_the_default() -> None:
    assert convert("taiwan-phrases", "新闻发布会") == "新聞釋出會"
    assert convert("taiwan", "新闻发布会") == "新聞發布會"  # Taiwan's standard form (news_forms.py)
    assert script_module.DEFAULT_OTHER == "taiwan"


def test_original_mode_is_the_identity() -> None:
    assert Script(MODES["original"], "zh-Hans").issue(ISSUE) is ISSUE


def test_traditional_sources_convert_to_simplified_by_region() -> None:
    assert [m.name for m in modes_for("zh-Hant")] == ["original", "simplified"]
    assert config_for(MODES["simplified"], "zh-TW") == "tw2s"
    assert config_for(MODES["simplified"], "zh-HK") == "hk2s"
    assert config_for(MODES["simplified"], "zh-Hant") == "t2s"
    assert config_for(MODES["simplified"], "zh-Hans") is None
    assert Script(MODES["simplified"], "zh-TW").text("煤礦水害") == "煤矿水害"


def test_markup_looking_text_survives_conversion_literally() -> None:
    assert convert("taiwan", "[bold]煤矿[/] [@click=app.quit]x[/]") == "[bold]煤礦[/] [@click=app.quit]x[/]"


def test_engine_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    assert engine().startswith("OpenCC ") and "official" in engine()
    fake = types.SimpleNamespace(OpenCC=object)  # the reimplementation has neither __version__ nor CONFIGS
    monkeypatch.setattr(script_module, "_module", lambda: fake)
    assert engine().startswith("opencc-python-reimplemented")


def test_one_converter_per_config_is_built_and_kept() -> None:
    assert script_module.converter("s2tw") is script_module.converter("s2tw")


@pytest.mark.parametrize("mode", ["traditional", "taiwan", "hongkong"])
def test_the_fold_makes_a_text_and_its_conversion_identical(mode: str) -> None:
    text = sample_text()
    converted = convert(mode, text)
    assert len(converted) == len(text)
    mismatches = [(a, b) for a, b in zip(text, converted, strict=True) if FOLD(a) != FOLD(b)]
    assert mismatches == []


def test_fold_classes() -> None:
    assert FOLD("煤礦") == FOLD("煤矿")
    assert len({FOLD(c) for c in "衞衛卫"}) == 1
    assert FOLD("著") == FOLD("着")
    assert len({FOLD(c) for c in "裡裏里"}) == 1
    assert FOLD("２０２４ＡＢＣabc") == "2024abcabc"
    assert FOLD("鼠") != FOLD("滑")  # regional vocabulary (鼠标/滑鼠) is not a character relation
    assert len(FOLD(sample_text())) == len(sample_text())


def test_fold_table_is_built_once_and_cached(tmp_path: Path) -> None:
    calls = []

    def build() -> dict[int, int]:
        calls.append(1)
        return build_table(
            lambda config, text: text.replace("矿", "礦") if config == "s2t" else text, ["s2t"]
        )

    cache = tmp_path / "fold.json"
    first = load_table(cache, "engine-a", build)
    second = load_table(cache, "engine-a", build)
    assert first == second and len(calls) == 1
    assert Fold(second)("礦") == Fold(second)("矿")
    load_table(cache, "engine-b", build)  # another OpenCC: rebuilt
    assert len(calls) == 2
    cache.write_text("not json", encoding="utf-8")
    load_table(cache, "engine-b", build)
    assert len(calls) == 3


@pytest.mark.parametrize("mode", ["traditional", "taiwan", "hongkong"])
def test_highlight_spans_land_on_the_right_characters_after_conversion(mode: str) -> None:
    matcher = Matcher([Keyword("煤矿"), Keyword("临汾")], FOLD)
    for _, article in ISSUE.articles():
        shown = Script(MODES[mode], "zh-Hans").article(article)
        for text in article_sources(shown).values():
            for match in matcher.find(text):
                assert FOLD(text[match.start : match.end]) in (FOLD("煤矿"), FOLD("临汾"))
                assert text[match.start : match.end] in ("煤礦", "臨汾")


def test_traditional_keyword_finds_simplified_text_and_counts() -> None:
    coal = ISSUE.find("coal-water")
    assert coal is not None
    matcher = Matcher([Keyword("煤礦")], FOLD)
    body = "".join(coal[1].paragraphs) + coal[1].title
    assert matcher.count(coal[1]) == body.count("煤矿") > 10
    assert matcher.page_count(ISSUE.pages[0]) == sum(
        "".join(article_sources(a).values()).count("煤矿") for a in ISSUE.pages[0].articles
    )


def test_disabled_keywords_and_colours() -> None:
    matcher = Matcher([Keyword("煤矿", enabled=False), Keyword("临汾")], FOLD, search="水害")
    found = matcher.find("临汾煤矿水害")
    assert [(m.start, m.end, m.colour) for m in found] == [(0, 2, 1), (4, 6, SEARCH)]
    assert not Matcher([], FOLD)


@pytest.mark.parametrize("query", ["煤", "煤矿", "煤礦", "水害防治", "CCTD", "cctd", "９０.５%"])
def test_search_in_one_issue_matches_a_brute_force_scan(query: str) -> None:
    hits = search_issue(ISSUE, query, FOLD)
    needle = FOLD(query)
    expected = sum(FOLD(t).count(needle) for _, a in ISSUE.articles() for t in article_sources(a).values())
    assert len(hits) == expected > 0
    for hit in hits:
        assert FOLD(hit.snippet[hit.snippet_start : hit.snippet_start + len(needle)]) == needle
