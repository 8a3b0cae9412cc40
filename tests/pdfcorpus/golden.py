"""The golden files: each corpus file's expected issue as `paperterm/1` YAML in tests/data/pdf/."""

from __future__ import annotations

from pathlib import Path

from paperterm.cache.atomic import write_atomically
from paperterm.model.writer import dump_issue
from tests.pdfcorpus.expected import expected_issue
from tests.pdfcorpus.spec import PdfSpec

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "data" / "pdf"
HEADER = "# Written by `python -m tests.pdfcorpus --write` from tests/pdfcorpus/pages/; do not edit.\n"


def golden_path(spec: PdfSpec) -> Path:
    return GOLDEN_DIR / f"{spec.name}.yaml"


def golden_text(spec: PdfSpec) -> str:
    """What the golden file of this corpus file must hold."""
    return HEADER + dump_issue(expected_issue(spec))


def stale(specs: tuple[PdfSpec, ...]) -> list[Path]:
    """Golden files missing or not what their spec gives."""
    return [
        golden_path(spec)
        for spec in specs
        if not golden_path(spec).exists()
        or golden_path(spec).read_text(encoding="utf-8") != golden_text(spec)
    ]


def write(specs: tuple[PdfSpec, ...]) -> list[Path]:
    """Rewrite the stale golden files; the ones rewritten."""
    changed = stale(specs)
    by_path = {golden_path(spec): spec for spec in specs}
    for path in changed:
        write_atomically(path, golden_text(by_path[path]))
    return changed
