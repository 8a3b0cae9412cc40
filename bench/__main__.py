"""Run every benchmark, print one table, and write it to docs/performance.md.

Numbers are ratios against a baseline measured in the same run, because
absolute times on these machines drift from one run to the next.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys

import textual

from bench import (
    archive_bench,
    big_issue_bench,
    first_frame,
    import_bench,
    keys_bench,
    memory_bench,
    page_map_bench,
    pdf_bench,
    script_bench,
)
from bench.paths import PERFORMANCE_DOC
from bench.result import Result

MODULES = [
    first_frame,
    keys_bench,
    memory_bench,
    script_bench,
    import_bench,
    pdf_bench,
    page_map_bench,
    big_issue_bench,
    archive_bench,
]


def table(results: list[Result]) -> str:
    """The results as a Markdown table."""
    rows = [
        "| benchmark | value | baseline | ratio | target | pass |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        target = "—" if r.target is None else f"{'≥' if r.higher_is_better else '≤'} {r.target:g}×"
        verdict = {True: "pass", False: "FAIL", None: "(reported)"}[r.passed]
        rows.append(
            f"| {r.name} | {r.value:.3g} {r.unit} | {r.baseline:.3g} {r.unit} ({r.baseline_name}) "
            f"| {r.ratio:.2f}× | {target} | {verdict} |"
        )
    return "\n".join(rows)


def machine() -> str:
    """What the numbers were measured on."""
    return (
        f"{os.cpu_count()} cores, Python {platform.python_version()}, Textual {textual.__version__}, "
        f"{platform.system()} {platform.machine()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks the benchmarks still run")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/performance.md alone")
    args = parser.parse_args(argv)
    results = [r for module in MODULES for r in module.run(quick=args.quick)]
    text = table(results)
    print(text)
    if not args.no_write and not args.quick:
        write_doc(text)
    return 0 if all(r.passed is not False for r in results) else 1


def write_doc(text: str) -> None:
    """Replace the results section of docs/performance.md, keeping the notes around it."""
    marker_start, marker_end = "<!-- bench:start -->", "<!-- bench:end -->"
    block = f"{marker_start}\nMeasured {dt.date.today().isoformat()} on {machine()}.\n\n{text}\n{marker_end}"
    doc = PERFORMANCE_DOC.read_text(encoding="utf-8") if PERFORMANCE_DOC.exists() else ""
    if marker_start in doc and marker_end in doc:
        before, rest = doc.split(marker_start, 1)
        after = rest.split(marker_end, 1)[1]
        doc = before + block + after
    else:
        doc = f"# Performance\n\n{block}\n"
    PERFORMANCE_DOC.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
