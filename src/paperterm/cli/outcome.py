"""What `import` and `fetch` say about an issue they made, before anything is written."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from paperterm.importer.issue import Imported


def say(result: Imported, report: bool) -> bool:
    """Print the unsure decisions (with --report) and every problem; whether the issue may be written."""
    if report:
        for note in result.notes:
            print(note, file=sys.stderr)
    for problem in result.problems:
        print(f"paperterm: {problem}", file=sys.stderr)
    return not result.problems
