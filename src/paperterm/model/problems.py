"""Problems found in an issue file, reported as `FILE:LINE: message`."""

from __future__ import annotations

from typing import Literal, NamedTuple


class Problem(NamedTuple):
    """One thing wrong (or suspicious) at one line of one file."""

    path: str
    line: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {prefix}{self.message}"


class IssueFileError(Exception):
    """An issue file that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "invalid issue file")
