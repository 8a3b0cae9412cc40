"""The reader's own words (labels, help, dialogs, notices) in the reader's language.

gettext is the convention translators know; catalogs live beside the package. Until a
language is chosen, the words are the English in the source.
"""

from __future__ import annotations

import gettext

_catalog: gettext.NullTranslations = gettext.NullTranslations()


def _(message: str) -> str:
    """The message in the current language; call it where the words are drawn."""
    return _catalog.gettext(message)


def N_(message: str) -> str:
    """Marks a message for the catalogs without translating it yet (class-level constants)."""
    return message
