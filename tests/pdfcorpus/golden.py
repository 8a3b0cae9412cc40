"""The golden files in tests/data/pdf/: each corpus file's expected issue, and each whole issue's
(several files imported together), as `paperterm/1` YAML."""

from __future__ import annotations

from pathlib import Path

from paperterm.cache.atomic import write_atomically
from paperterm.model.issue import Issue
from paperterm.model.writer import dump_issue
from tests.pdfcorpus.expected import expected_issue, whole_issue
from tests.pdfcorpus.pages import ALL, ISSUES

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "data" / "pdf"
HEADER = "# Written by `python -m tests.pdfcorpus --write` from tests/pdfcorpus/pages/; do not edit.\n"


def golden_issues() -> dict[str, Issue]:
    """Golden file stem → the issue it must hold: one per corpus file, one per whole issue."""
    issues = {spec.name: expected_issue(spec) for spec in ALL}
    issues.update({name: whole_issue(files) for name, files in ISSUES.items()})
    return issues


def golden_text(issue: Issue) -> str:
    return HEADER + dump_issue(issue)


def stale() -> list[Path]:
    """Golden files missing or not what their spec gives."""
    paths = []
    for name, issue in golden_issues().items():
        path = GOLDEN_DIR / f"{name}.yaml"
        if not path.exists() or path.read_text(encoding="utf-8") != golden_text(issue):
            paths.append(path)
    return paths


def write() -> list[Path]:
    """Rewrite the stale golden files; the ones rewritten."""
    issues = golden_issues()
    changed = stale()
    for path in changed:
        write_atomically(path, golden_text(issues[path.stem]))
    return changed
