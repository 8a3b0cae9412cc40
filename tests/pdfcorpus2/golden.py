"""The golden files in tests/data/pdf2/: each second-corpus file's expected issue as `paperterm/1`
YAML."""

from __future__ import annotations

from pathlib import Path

from paperterm.cache.atomic import write_atomically
from paperterm.model.issue import Issue
from paperterm.model.writer import dump_issue
from tests.pdfcorpus2.expected import expected_issue
from tests.pdfcorpus2.pages import ALL

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "data" / "pdf2"
HEADER = "# Written by `python -m tests.pdfcorpus2 --write` from tests/pdfcorpus2/pages/; do not edit.\n"


def golden_issues() -> dict[str, Issue]:
    """Golden file stem → the issue it must hold."""
    return {spec.name: expected_issue(spec) for spec in ALL}


def golden_text(issue: Issue) -> str:
    return HEADER + dump_issue(issue)


def stale() -> list[Path]:
    """Golden files missing or not what their spec gives."""
    return [
        path
        for name, issue in golden_issues().items()
        if not (path := GOLDEN_DIR / f"{name}.yaml").exists()
        or path.read_text(encoding="utf-8") != golden_text(issue)
    ]


def write() -> list[Path]:
    """Rewrite the stale golden files; the ones rewritten."""
    issues = golden_issues()
    changed = stale()
    for path in changed:
        write_atomically(path, golden_text(issues[path.stem]))
    return changed
