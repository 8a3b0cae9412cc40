"""Make text safe to put on a terminal: the one cleaner for every text that can reach the screen.

Issue files come from scrapers and other people's servers; keywords from a
config file, the command line or an imported state file. An ESC, a C1
control or a bidi override that reaches the terminal can clear the screen,
write the clipboard (OSC 52) or reorder what the reader sees; invisible
format characters (a BOM, a soft hyphen, word joiners, tag characters) hide
text or make two equal-looking words differ. So every string is cleaned once,
where it enters, before anything can draw it.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "["
    "\x00-\x08\x0b-\x1f\x7f"  # C0 controls except \t and \n, and DEL
    "\x80-\x9f"  # C1 controls
    "\u061c\u200e\u200f"  # bidi marks
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2066-\u2069"  # bidi isolates
    "\u2028\u2029"  # line and paragraph separators (some terminals break lines at them)
    "\ufeff\u00ad\u2060\u180e"  # BOM (zero-width no-break space), soft hyphen, word joiner, MVS
    "\U000e0000-\U000e007f"  # tag characters
    "\ud800-\udfff"  # lone surrogates
    "]"
)


def clean(text: str) -> str:
    """Drop terminal control characters; turn CR line ends and tabs into plain text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _UNSAFE.sub("", text)


def clean_line(text: str) -> str:
    """`clean` for a one-line value (a keyword, a title, a name): line breaks become spaces."""
    return clean(text).replace("\n", " ")
