"""Keyword and search hits meet WCAG AA (4.5:1) in every theme, and go without colour under NO_COLOR."""

from __future__ import annotations

import pytest
from rich.color import Color
from rich.style import Style
from rich.terminal_theme import TerminalTheme
from textual._ansi_theme import ALABASTER, MONOKAI
from textual.filter import ANSIToTruecolor
from textual.theme import BUILTIN_THEMES

from paperterm.model.highlight import SEARCH
from paperterm.widgets.highlight_styles import PALETTE, current_match, keyword_style

AA = 4.5
HITS = (*range(len(PALETTE)), SEARCH)
RGB = tuple[int, int, int]


def luminance(rgb: RGB) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def drawn(style: Style, ansi: TerminalTheme, text: str, background: str) -> tuple[RGB, RGB]:
    """(text, background) as Textual draws the style in a theme: ANSI names through the theme's
    ANSI colours (its ANSIToTruecolor filter), missing colours from the theme, reverse swapped."""
    ground = Color.parse(background)
    resolved = ANSIToTruecolor(ansi).truecolor_style(style, ground)
    fg = (resolved.color or Color.parse(text)).get_truecolor(ansi, foreground=True)
    bg = (resolved.bgcolor or ground).get_truecolor(ansi, foreground=False)
    pair: tuple[RGB, RGB] = ((fg.red, fg.green, fg.blue), (bg.red, bg.green, bg.blue))
    return (pair[1], pair[0]) if style.reverse else pair


def _named(colour: str | None, terminal: str) -> str:
    return terminal if colour is None or colour.startswith("ansi_") else colour


@pytest.mark.parametrize("theme", sorted(BUILTIN_THEMES))
@pytest.mark.parametrize("hit", HITS, ids=lambda h: "search" if h == SEARCH else f"keyword{h}")
def test_every_hit_style_passes_aa_in_every_theme(
    theme: str, hit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    spec = BUILTIN_THEMES[theme]
    ansi = MONOKAI if spec.dark else ALABASTER
    # The ansi-* themes draw on the terminal's own colours: the ANSI theme stands in for them.
    text = _named(spec.foreground, ansi.foreground_color.hex)
    background = _named(spec.background, ansi.background_color.hex)
    for style in (keyword_style(hit), current_match(keyword_style(hit))):
        # As painted on plain text, and inside dim text (a kicker, an archive hit's line).
        for base in (Style(), Style(dim=True)):
            fg, bg = drawn(base + style, ansi, text, background)
            assert contrast(fg, bg) >= AA, f"{theme}: {base + style} gives {contrast(fg, bg):.2f}:1"


def test_the_old_search_colours_fail_so_the_check_can() -> None:
    """White (an ANSI name) on #d70000 in Textual's dark theme is a grey on red, and inside dim text
    (an archive hit's line) pink on red, #ca8277 as the old snapshot drew it: both short of AA."""
    old = Style(color="white", bgcolor="#d70000", bold=True)
    assert contrast(*drawn(old, MONOKAI, "#e0e0e0", "#121212")) < AA
    pink, red = drawn(Style(dim=True) + old, MONOKAI, "#e0e0e0", "#121212")
    assert pink == (0xCA, 0x82, 0x77) and contrast(pink, red) < 2
    assert contrast(*drawn(Style(dim=True) + old, ALABASTER, "#1e1e1e", "#efefef")) < AA


@pytest.mark.parametrize("value", ["1", "true", "0"])
def test_no_color_hits_are_reverse_bold_underline_not_colour(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", value)
    styles = [keyword_style(hit) for hit in HITS]
    styles += [current_match(style) for style in styles]
    assert all(s.color is None and s.bgcolor is None for s in styles)
    keyword, search = keyword_style(0), keyword_style(SEARCH)
    assert keyword.bold and keyword.underline and not keyword.reverse
    assert search.bold and search.reverse
    assert keyword != search
    # The current match differs from the other matches of its kind.
    assert current_match(keyword) != keyword and current_match(search) != search


def test_an_empty_no_color_is_not_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """no-color.org: only a non-empty value asks for no colour."""
    monkeypatch.setenv("NO_COLOR", "")
    assert keyword_style(SEARCH).bgcolor is not None
