"""Where the benchmarks find the repository's files."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "issues" / "2024-11-19.yaml"
PERFORMANCE_DOC = ROOT / "docs" / "performance.md"
