"""Long output for a person at a terminal goes through their pager, as git and man do."""

from __future__ import annotations

import os
import sys

DEFAULT_PAGER = "less -R"
"""less keeps colours with -R; LESS=FRX, as git sets it, quits when the text fits one screen."""


def show(text: str) -> None:
    """Print `text`; on a terminal, through $PAGER (default `less -R`). A pipe gets it as it is.

    PAGER set empty or to `cat` prints directly; a pager that cannot be started too.
    """
    command = os.environ.get("PAGER", DEFAULT_PAGER).strip()
    if not sys.stdout.isatty() or command in ("", "cat"):
        print(text)
        return
    import shlex
    import subprocess

    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX"), "LESSCHARSET": "utf-8"}
    try:
        pager = subprocess.Popen(shlex.split(command), stdin=subprocess.PIPE, env=env)
    except (OSError, ValueError):
        print(text)
        return
    assert pager.stdin is not None
    try:
        pager.stdin.write((text + "\n").encode("utf-8"))
        pager.stdin.close()
    except BrokenPipeError:  # the reader quit before the end: that is fine
        pass
    pager.wait()
