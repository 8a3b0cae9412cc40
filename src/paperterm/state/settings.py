"""Choices the reader makes inside the app (script, keywords), kept between runs as preferences."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from paperterm.model.highlight import Keyword
from paperterm.model.script import DEFAULT_OTHER, MODES
from paperterm.state.reading import ReadingState

PREF = "settings"


@dataclass(frozen=True)
class Settings:
    """The reader's remembered choices; keywords None means "not edited in the app yet"."""

    script_on: bool = False
    script_other: str = DEFAULT_OTHER
    keywords: tuple[Keyword, ...] | None = field(default=None)


def settings_from(data: Any) -> Settings:
    """Settings from a stored value; anything unexpected gives the default for that field."""
    if not isinstance(data, dict):
        return Settings()
    other = data.get("script_other")
    keywords = data.get("keywords")
    parsed: tuple[Keyword, ...] | None = None
    if isinstance(keywords, list):
        parsed = tuple(
            Keyword(k["word"], bool(k.get("enabled", True)))
            for k in keywords
            if isinstance(k, dict) and isinstance(k.get("word"), str)
        )
    return Settings(
        script_on=bool(data.get("script_on", False)),
        script_other=other if isinstance(other, str) and other in MODES else DEFAULT_OTHER,
        keywords=parsed,
    )


def settings_value(settings: Settings) -> dict[str, Any]:
    """The JSON value a Settings is stored as."""
    value: dict[str, Any] = {"script_on": settings.script_on, "script_other": settings.script_other}
    if settings.keywords is not None:
        value["keywords"] = [{"word": k.word, "enabled": k.enabled} for k in settings.keywords]
    return value


def load_settings(state: ReadingState) -> Settings:
    """The remembered settings (defaults if there are none)."""
    return settings_from(state.get_pref(PREF))


def has_settings(state: ReadingState) -> bool:
    """Whether the reader has made any choice in the app yet."""
    return state.get_pref(PREF) is not None


def save_settings(state: ReadingState, settings: Settings) -> None:
    """Remember the settings; raises sqlite3.Error if the store cannot be written."""
    state.set_pref(PREF, settings_value(settings))
