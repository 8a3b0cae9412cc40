"""The reader's own words (labels, help, dialogs, notices) in the reader's language.

gettext is the convention translators know: the catalogs are `locale/<lang>/LC_MESSAGES/
paperterm.po`, compiled to `.mo` files shipped beside the package (docs/translating.md).
The source's own words are the English. One language is spoken at a time, process-wide:
the reader screen sets it from the config and the script on screen (`t` turns 简 chrome
into 繁 when the setting is `auto`), and everything drawn afterwards asks `_()` again.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from pathlib import Path

LANGUAGES = ("en", "zh-Hans", "zh-Hant")
"""The languages of the chrome; `en` is the source's and has no catalog."""
CHOICES = ("auto", *LANGUAGES)
"""What the config's `language` and `--language` accept."""
AUTO = "auto"

DOMAIN = "paperterm"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_language = "en"
_catalog: gettext.NullTranslations = gettext.NullTranslations()
_loaded: dict[str, gettext.NullTranslations] = {"en": _catalog}


def _(message: str) -> str:
    """The message in the current language; call it where the words are drawn."""
    return _catalog.gettext(message) if message else message  # "" would give the catalog's header


def N_(message: str) -> str:
    """Marks a message for the catalogs without translating it yet (class-level constants)."""
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or the plural, as the current language counts (Chinese has one form)."""
    return _catalog.ngettext(singular, plural, count)


def catalog_file(language: str) -> Path:
    """Where a language's compiled catalog is: zh-Hant → locale/zh_Hant/LC_MESSAGES/paperterm.mo."""
    return LOCALE_DIR / language.replace("-", "_") / "LC_MESSAGES" / f"{DOMAIN}.mo"


def _load(language: str) -> gettext.NullTranslations:
    try:
        with catalog_file(language).open("rb") as mo:
            return gettext.GNUTranslations(mo)
    except OSError:  # a damaged install: the source's English is better than no reader
        return gettext.NullTranslations()


def use(language: str) -> bool:
    """Speak this language (one of LANGUAGES) from now on; whether that changed anything, so the
    caller knows to draw the chrome again."""
    global _language, _catalog
    if language == _language:
        return False
    if language not in _loaded:
        _loaded[language] = _load(language)
    _language, _catalog = language, _loaded[language]
    return True


def current() -> str:
    """The language spoken now."""
    return _language


def language_of(tag: str) -> str:
    """The chrome's language for a locale or language tag: Traditional for zh_TW, zh_HK, zh_MO and
    zh-Hant, Simplified for any other Chinese (zh_CN, zh_SG, zh), English for the rest."""
    parts = tag.split(".")[0].split("@")[0].replace("-", "_").lower().split("_")
    if parts[0] != "zh":
        return "en"
    if "hans" in parts:
        return "zh-Hans"
    return "zh-Hant" if {"hant", "tw", "hk", "mo"} & set(parts[1:]) else "zh-Hans"


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale names, in gettext's order: LANGUAGE (its first entry), LC_ALL,
    LC_MESSAGES, LANG; English when none is set."""
    environ = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").split(":")[0]
        if value:
            return language_of(value)
    return "en"


def resolve(setting: str, traditional: bool | None = None) -> str:
    """The chrome's language for the setting: itself, or for `auto` the script on screen
    (`traditional`; None when no text is shown), else the locale."""
    if setting != AUTO:
        return setting
    if traditional is None:
        return from_environment()
    return "zh-Hant" if traditional else "zh-Hans"
