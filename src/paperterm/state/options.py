"""What the reader starts with, and which source wins: the command line, then what the reader
chose in the app, then the config file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from paperterm.model.highlight import Keyword
from paperterm.model.library import Library
from paperterm.model.sanitize import clean_line
from paperterm.model.script import DEFAULT_OTHER, MODES, ORIGINAL
from paperterm.state.config import Config
from paperterm.state.reading import ReadingState
from paperterm.state.settings import Settings

Pictures = Literal["tgp", "sixel", "halfcell", "unicode"]
"""How a picture is drawn: the Kitty graphics protocol, sixel, coloured half cells (any terminal
with colour; coarse), or characters (no colour: tests)."""


@dataclass(frozen=True)
class ReaderOptions:
    """Everything make_app() needs besides the issue; tests build one with just what they test."""

    script_on: bool = False
    script_other: str = DEFAULT_OTHER
    keywords: tuple[Keyword, ...] = ()
    state: ReadingState | None = None
    fold_cache: Path | None = None
    notices: tuple[str, ...] = field(default=())
    library: Library | None = None
    """The library the issue came from: for the calendar, other papers, < and >, archive search."""
    corner_quotes: bool = True
    """「」『』 in Taiwan and Hong Kong modes (config `quotes`)."""
    phrases: tuple[tuple[str, str], ...] = ()
    """The reader's own replacements after conversion (config `[phrases]`)."""
    cache: Path | None = None
    """The cache dir for parsed issues and the search index; None keeps nothing."""
    language: str = "en"
    """The language of paperterm's own words (i18n.CHOICES). English unless asked: the command line
    passes `choose`'s, which is `auto` when neither `--language` nor the config names one."""
    pictures: Pictures | None = None
    """How the page map shows a page's PDF (widgets/terminal_pictures.py chooses, from the
    config's `page_picture` and the terminal, before the app runs); None: characters only."""


@dataclass(frozen=True)
class Choices:
    """The script, the keywords and the language of the chrome the reader starts with."""

    script_on: bool
    script_other: str
    keywords: tuple[Keyword, ...]
    language: str


def choose(
    settings: Settings | None,
    config: Config,
    script: str | None = None,
    highlight: Sequence[str] = (),
    language: str | None = None,
) -> Choices:
    """Who wins: `--script`/`--highlight`/`--language` over what the reader chose in the app
    (`settings`, None when nothing was ever chosen there) over the config file.

    `--highlight` adds words for one run; the keyword list itself comes from the
    app once the reader has edited it there, else from the config. Every keyword,
    whatever its source (a config, the command line, a state file imported), is
    cleaned of terminal controls here, as an issue's text is.
    """
    chosen = settings or Settings()
    script_on, script_other = chosen.script_on, chosen.script_other
    if settings is None and config.script:
        script_on = config.script != ORIGINAL.name
        script_other = config.script if config.script != "simplified" else script_other
    if script:
        script_on = script != ORIGINAL.name
        if script != "simplified" and MODES[script].config:
            script_other = script
    words = chosen.keywords if chosen.keywords is not None else tuple(Keyword(w) for w in config.highlight)
    words = tuple(Keyword(word, k.enabled) for k in words if (word := clean_line(k.word).strip()))
    known = {k.word for k in words}
    asked = dict.fromkeys(clean_line(w).strip() for w in highlight)
    extra = tuple(Keyword(w) for w in asked if w and w not in known)
    return Choices(script_on, script_other, (*words, *extra), language or config.language)
