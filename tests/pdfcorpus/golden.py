"""The golden files in tests/data/pdf/: each corpus file's expected issue, and each whole issue's
(several files imported together), as `paperterm/1` YAML."""

from __future__ import annotations

from pathlib import Path

from paperterm.model.issue import Issue
from tests.pdfcorpus.expected import expected_issue, whole_issue
from tests.pdfcorpus.goldens import Goldens
from tests.pdfcorpus.pages import ALL, ISSUES


def _issues() -> dict[str, Issue]:
    """One per corpus file, one per whole issue."""
    issues = {spec.name: expected_issue(spec) for spec in ALL}
    issues.update({name: whole_issue(files) for name, files in ISSUES.items()})
    return issues


GOLDENS = Goldens("pdfcorpus", Path(__file__).resolve().parents[1] / "data" / "pdf", _issues)
GOLDEN_DIR = GOLDENS.folder
golden_issues, golden_text, stale, write = (
    GOLDENS.golden_issues,
    GOLDENS.golden_text,
    GOLDENS.stale,
    GOLDENS.write,
)
