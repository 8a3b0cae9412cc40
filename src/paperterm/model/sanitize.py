"""Make text from issue files safe to put on a terminal.

Issue files come from scrapers and other people's servers. An ESC, a C1
control or a bidi override that reaches the terminal can clear the screen,
write the clipboard (OSC 52) or reorder what the reader sees, so every string
is cleaned once, at load time, before anything can draw it.
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
    "\ud800-\udfff"  # lone surrogates
    "]"
)


def clean(text: str) -> str:
    """Drop terminal control characters; turn CR line ends and tabs into plain text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _UNSAFE.sub("", text)
