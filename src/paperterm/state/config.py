"""The user's config file, ~/.config/paperterm/config.toml: read-only, and never fatal.

A broken config must not stop anyone reading the paper: every problem becomes
a one-line message naming the key, and the default is used instead. Every
string taken from it (keywords, phrases, the keys named in messages) is
cleaned of terminal controls as an issue's text is (model/sanitize.py).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from paperterm.i18n import AUTO, CHOICES
from paperterm.model.sanitize import clean_line
from paperterm.model.script import MODES, TO_TRADITIONAL
from paperterm.state.paths import user_dir

_TRADITIONAL_NAMES = tuple(m.name for m in TO_TRADITIONAL)
PAGE_PICTURE = ("auto", "always", "never")


@dataclass(frozen=True)
class Config:
    """What the config file asks for, with defaults where it says nothing or something wrong."""

    highlight: tuple[str, ...] = ()
    script: str | None = None
    corner_quotes: bool = True
    """「」『』 in Taiwan and Hong Kong modes (`quotes = "corner"`), or keep “” (`quotes = "curly"`)."""
    phrases: tuple[tuple[str, str], ...] = ()
    """The reader's own replacements after conversion (`[phrases]`, same length each)."""
    language: str = AUTO
    """The language of paperterm's own words (`language`): auto (the script shown, else the locale),
    zh-Hans, zh-Hant or en."""
    page_picture: str = "auto"
    """The page map's printed page as a picture: "auto" (where the terminal is known to show
    pictures), "always" or "never" (`page_picture`)."""
    problems: tuple[str, ...] = field(default=())


def config_path() -> Path:
    """$PAPERTERM_CONFIG, else config.toml in the user config dir."""
    from_env = os.environ.get("PAPERTERM_CONFIG")
    if from_env:
        return Path(from_env)
    return user_dir("config") / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """Read the config; a missing file is an empty config, a broken one a list of problems."""
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config()
    except OSError as exc:
        return Config(problems=(f"{path}: cannot read config: {exc.strerror or exc}; using defaults",))
    if sys.version_info >= (3, 11):  # imported only when there is a file to read
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return Config(problems=(f"{path}: {exc}; using defaults",))
    problems: list[str] = []
    highlight: tuple[str, ...] = ()
    words = data.get("highlight", [])
    if isinstance(words, list) and all(isinstance(w, str) for w in words):
        highlight = tuple(word for w in words if (word := clean_line(w).strip()))
    else:
        problems.append(f'{path}: \'highlight\' must be a list of strings, like ["煤矿", "临汾"]; ignored')
    script = data.get("script")
    if script is not None and (not isinstance(script, str) or script not in MODES):
        problems.append(f"{path}: 'script' must be one of {', '.join(MODES)}; ignored")
        script = None
    quotes = data.get("quotes", "corner")
    if quotes not in ("corner", "curly"):
        problems.append(f'{path}: \'quotes\' must be "corner" (「」) or "curly" (“”); ignored')
        quotes = "corner"
    phrases = _phrases(data.get("phrases", {}), path, problems)
    language = data.get("language", AUTO)
    if language not in CHOICES:
        problems.append(f"{path}: 'language' must be one of {', '.join(CHOICES)}; using auto")
        language = AUTO
    page_picture = data.get("page_picture", "auto")
    if page_picture not in PAGE_PICTURE:
        problems.append(f'{path}: \'page_picture\' must be "auto", "always" or "never"; using "auto"')
        page_picture = "auto"
    for key in sorted(set(data) - {"highlight", "script", "quotes", "phrases", "language", "page_picture"}):
        problems.append(f"{path}: unknown key '{key}' (ignored)")
    return Config(
        highlight=highlight,
        script=script,
        corner_quotes=quotes == "corner",
        phrases=phrases,
        language=language,
        page_picture=page_picture,
        problems=tuple(clean_line(problem) for problem in problems),
    )


def _phrases(table: object, path: Path, problems: list[str]) -> tuple[tuple[str, str], ...]:
    """`[phrases]` 发佈 = "發布": each a same-length pair of strings (highlights keep their places)."""
    if not isinstance(table, dict):
        problems.append(f'{path}: \'phrases\' must be a table of "from" = "to"; ignored')
        return ()
    pairs = []
    for old, new in table.items():
        if isinstance(new, str) and (clean_line(old), clean_line(new)) != (old, new):
            problems.append(f"{path}: phrases: '{old}' holds terminal control characters; ignored")
        elif isinstance(new, str) and old and len(old) == len(new):
            pairs.append((old, new))
        else:
            problems.append(f"{path}: phrases: '{old}' must map to a string of the same length; ignored")
    return tuple(pairs)
