"""The golden files in tests/data/pdf3/: each third-corpus file's expected issue as `paperterm/1`
YAML."""

from __future__ import annotations

from pathlib import Path

from tests.pdfcorpus.goldens import Goldens
from tests.pdfcorpus3.expected import expected_issue
from tests.pdfcorpus3.pages import ALL

GOLDENS = Goldens(
    "pdfcorpus3",
    Path(__file__).resolve().parents[1] / "data" / "pdf3",
    lambda: {spec.name: expected_issue(spec) for spec in ALL},
)
