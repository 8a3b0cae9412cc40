"""The golden files in tests/data/pdf2/: each second-corpus file's expected issue as `paperterm/1`
YAML."""

from __future__ import annotations

from pathlib import Path

from tests.pdfcorpus.goldens import Goldens
from tests.pdfcorpus2.expected import expected_issue
from tests.pdfcorpus2.pages import ALL

GOLDENS = Goldens(
    "pdfcorpus2",
    Path(__file__).resolve().parents[1] / "data" / "pdf2",
    lambda: {spec.name: expected_issue(spec) for spec in ALL},
)
GOLDEN_DIR = GOLDENS.folder
golden_issues, golden_text, stale, write = (
    GOLDENS.golden_issues,
    GOLDENS.golden_text,
    GOLDENS.stale,
    GOLDENS.write,
)
