"""The gettext catalogs against the source: every message translated in both scripts, nothing
stale, placeholders kept, and the shipped .mo files compiled from the .po files as they are now.

A message added with _(), N_() or ngettext() fails here until `tools/catalogs.sh` is run and it
is translated (docs/translating.md).
"""

from __future__ import annotations

import gettext
import string
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from paperterm.i18n import LOCALE_DIR, catalog_file
from tests.conftest import ROOT

SOURCE = ROOT / "src" / "paperterm"
"""The checkout's sources: the catalogs' .po files are not installed, only the .mo files."""
SOURCE_LOCALE = SOURCE / "locale"


def source_catalog(language: str) -> Path:
    """The checkout's compiled catalog for a language (the installed one is `catalog_file`)."""
    return SOURCE_LOCALE / catalog_file(language).relative_to(LOCALE_DIR)


LANGUAGES = ("zh-Hans", "zh-Hant")

MessageId = str | tuple[str, ...]


@cache
def source_messages() -> frozenset[MessageId]:
    """What the code marks, as tools/catalogs.sh extracts it (Babel's default keywords)."""
    found: set[MessageId] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(str(SOURCE)):
        found.add(message)
    return frozenset(found)


def catalog(language: str) -> Catalog:
    po = source_catalog(language).with_suffix(".po")
    with po.open("rb") as handle:
        return read_po(handle, locale=language.replace("-", "_"))


def messages(language: str) -> list[Message]:
    return [m for m in catalog(language) if m.id]


def forms(message: Message) -> list[tuple[str, str]]:
    """(msgid, msgstr) pairs: one, or each plural form against the plural msgid."""
    if isinstance(message.id, str):
        assert isinstance(message.string, str)
        return [(message.id, message.string)]
    assert isinstance(message.string, tuple | list)
    return [(message.id[-1], text) for text in message.string]


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_in_the_source_is_translated(language: str) -> None:
    entries = {m.id: m for m in messages(language)}
    missing = sorted(str(m) for m in source_messages() - set(entries))
    assert not missing, f"not in the {language} catalog (run tools/catalogs.sh): {missing}"
    untranslated = sorted(str(m.id) for m in entries.values() if not all(text for _, text in forms(m)))
    assert not untranslated, f"no {language} translation: {untranslated}"
    fuzzy = sorted(str(m.id) for m in entries.values() if m.fuzzy)
    assert not fuzzy, f"fuzzy {language} translations to review: {fuzzy}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_message_the_source_dropped(language: str) -> None:
    marked = source_messages()
    stale = sorted(str(m.id) for m in messages(language) if m.id not in marked)
    assert not stale, f"run tools/catalogs.sh: {stale}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_and_add_no_markup(language: str) -> None:
    for message in messages(language):
        for msgid, text in forms(message):
            assert fields(text) == fields(msgid), (msgid, text)
            assert "[" not in text or "[" in msgid, f"a notice would read it as markup: {text}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalog_is_the_po_file(language: str) -> None:
    with source_catalog(language).open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    translated = messages(language)
    for message in translated:
        if isinstance(message.id, str):
            assert compiled.gettext(message.id) == message.string, message.id
        else:
            assert compiled.ngettext(message.id[0], message.id[1], 2) == message.string[0], message.id
    in_mo = {key for key in compiled._catalog if key}  # type: ignore[attr-defined]
    assert len(in_mo) == len(translated), "the .mo is older or newer than the .po: run tools/catalogs.sh"


def test_the_package_ships_the_compiled_catalogs() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"locale/*/LC_MESSAGES/*.mo"' in pyproject
    for language in LANGUAGES:
        assert catalog_file(language).is_file()
        assert catalog_file(language).relative_to(LOCALE_DIR.parent).match("locale/*/LC_MESSAGES/*.mo")


def test_the_template_lists_what_the_source_marks() -> None:
    with (SOURCE_LOCALE / "paperterm.pot").open("rb") as handle:
        template = {m.id for m in read_po(handle) if m.id}
    assert template == source_messages(), "run tools/catalogs.sh"


def test_no_path_in_the_catalogs() -> None:
    """No source locations: two branches adding messages must not conflict over line numbers."""
    for path in [
        SOURCE_LOCALE / "paperterm.pot",
        *(source_catalog(lang).with_suffix(".po") for lang in LANGUAGES),
    ]:
        assert "\n#: " not in Path(path).read_text(encoding="utf-8"), path


def _ui_classes() -> list[type]:
    """Every class the UI packages define (commands, widgets, screens) and the app."""
    import importlib
    import inspect
    import pkgutil

    names = ["paperterm.app"]
    for package in ("commands", "screens", "widgets"):
        found = pkgutil.iter_modules([str(SOURCE / package)], f"paperterm.{package}.")
        names += [info.name for info in found]
    classes = []
    for name in names:
        module = importlib.import_module(name)
        classes += [c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == name]
    return classes


def test_every_command_and_binding_is_worded_in_the_catalogs() -> None:
    """A TITLE, HELP, binding description or tooltip written without N_() would stay English in
    the footer, the `?` screen and the palette: every one must be a translated msgid."""
    from textual.binding import Binding

    from paperterm.commands.base import Command

    words: set[str] = set()
    for cls in _ui_classes():
        if issubclass(cls, Command) and cls is not Command:
            words |= {cls.TITLE, cls.HELP}
        for binding in vars(cls).get("BINDINGS", []):
            if isinstance(binding, Binding):
                words |= {text for text in (binding.description, binding.tooltip) if text}
    for language in LANGUAGES:
        known = {m.id for m in messages(language) if m.string}
        assert not sorted(words - known), f"not marked with N_() or not translated: {sorted(words - known)}"
