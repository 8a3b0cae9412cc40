"""The archive: index build and update, search latency against `rg -c`, opening from a big library, memory.

Generated libraries (bench/make_archive.py): ten years of one paper, and two years
of three papers. Search is timed as the reader's ctrl+f does it — the library
listed again if a folder changed, the index brought up to date, the newest 50
hits — against `rg -c WORD LIBRARY` over the same YAML files (which cannot see
煤礦 in 煤矿, and only counts).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.first_frame import PAPERTERM, time_to_screen, user_env
from bench.make_archive import make_archive
from bench.paths import ROOT
from bench.result import Result, median_seconds
from paperterm.cache.fold_table import opencc_fold
from paperterm.cache.search_index import SearchIndex
from paperterm.model.library import Library
from paperterm.model.loader import load_issue
from paperterm.model.query import parse_query

QUERIES = {1: "煤", 2: "煤矿", 4: "煤矿安全"}
LIMIT = 50


def rg_seconds(word: str, root: Path, repeat: int) -> float:
    """Median wall time of `rg -c WORD ROOT` (grep -rc where rg is missing)."""
    argv = ["rg", "-c", word, str(root)] if shutil.which("rg") else ["grep", "-rc", word, str(root)]
    return median_seconds(lambda: subprocess.run(argv, capture_output=True, check=False), repeat)


_PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss_mib(argv: list[str], env: dict[str, str]) -> float:
    """Peak resident memory of a command (its own, measured by a parent that runs nothing else)."""
    done = subprocess.run([sys.executable, "-c", _PEAK, *argv], env=env, capture_output=True, text=True)
    return int(done.stdout.strip()) / 1024


def _library_results(root: Path, label: str, fold_cache: Path, repeat: int) -> list[Result]:
    """Build, search and update timings for one generated library."""
    results: list[Result] = []
    fold = opencc_fold(fold_cache)
    index_file = root.parent / f"{root.name}.index.sqlite"
    rg = {n: rg_seconds(word, root, repeat) for n, word in QUERIES.items()}
    start = time.perf_counter()
    index = SearchIndex(index_file, Library.scan(root), fold)
    index.sync()
    build = time.perf_counter() - start
    issues = len(index.library.refs)
    size_mib = index_file.stat().st_size / 2**20
    results.append(
        Result(
            f"{label}: index build, {issues} issues ({size_mib:.0f} MiB index)",
            build,
            rg[2],
            "s",
            None,
            "one rg -c over the files",
        )
    )
    for n, word in QUERIES.items():
        query = parse_query(word, fold)

        def search(query=query) -> None:
            index.library = index.library.rescanned()
            index.sync()
            index.search(query, limit=LIMIT)

        results.append(
            Result(
                f"{label}: search, {n}-character word, newest {LIMIT} (warm)",
                median_seconds(search, repeat) * 1000,
                rg[n] * 1000,
                "ms",
                1.0,
                f"rg -c {word}",
            )
        )
    changed = index.library.refs[len(index.library.refs) // 2].path
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("    body:\n", "    body:\n    - 新增的一段。\n", 1), encoding="utf-8")
    start = time.perf_counter()
    report = index.sync()
    update = time.perf_counter() - start
    assert report.changed == 1, report
    results.append(
        Result(
            f"{label}: update after one file changed", update * 1000, rg[2] * 1000, "ms", None, "rg -c 煤矿"
        )
    )
    index.close()
    return results


def _open_results(root: Path, home: Path, runs: int) -> list[Result]:
    """`paperterm open DATE` from the big library against a library holding only that issue."""
    latest = Library.scan(root).refs[-1]
    single = home / "single"
    single.mkdir()
    shutil.copy(latest.path, single / latest.path.name)
    first = load_issue(latest.path).pages[0].articles[0]
    marker = (first.paragraphs or [first.title])[0][:8]
    env = user_env(home)
    date = latest.date.isoformat()
    big, small = [], []
    for library in (root, single):  # warm both: fold table, parse cache
        time_to_screen([PAPERTERM, "open", date, "--library", str(library)], marker, env, ROOT)
    for _ in range(runs):
        small.append(time_to_screen([PAPERTERM, "open", date, "--library", str(single)], marker, env, ROOT))
        big.append(time_to_screen([PAPERTERM, "open", date, "--library", str(root)], marker, env, ROOT))
    search_env = {**env, "PAPERTERM_LIBRARY": str(root)}
    peak = peak_rss_mib([PAPERTERM, "search", "煤矿", "--limit", str(LIMIT)], search_env)
    rg_peak = peak_rss_mib(["rg", "-c", "煤矿", str(root)] if shutil.which("rg") else ["true"], search_env)
    command = [PAPERTERM, "search", "煤矿", "--limit", str(LIMIT)]
    whole = median_seconds(
        lambda: subprocess.run(command, env=search_env, capture_output=True, check=False), runs
    )
    return [
        Result(
            "archive: paperterm search 煤矿, whole command (index built)",
            whole * 1000,
            rg_seconds("煤矿", root, runs) * 1000,
            "ms",
            None,
            "rg -c 煤矿",
        ),
        Result(
            f"archive: open {date}, {len(Library.scan(root).refs)}-issue library",
            statistics.median(big) * 1000,
            statistics.median(small) * 1000,
            "ms",
            1.10,
            "a library of that one issue",
        ),
        Result(
            "archive: peak RSS, paperterm search (index built)",
            peak,
            rg_peak,
            "MiB",
            None,
            "rg -c over the same files",
        ),
    ]


def run(quick: bool = False) -> list[Result]:
    """Ten years of one paper and two years of three (a few days of each with --quick)."""
    home = Path(tempfile.mkdtemp(prefix="ptarchive-"))
    try:
        fold_cache = home / "fold.json"
        one = home / "one-paper"
        three = home / "three-papers"
        make_archive(one, days=6 if quick else 3650, pages=2 if quick else 8, articles=2 if quick else 8)
        make_archive(
            three, days=4 if quick else 730, papers=3, pages=2 if quick else 8, articles=2 if quick else 8
        )
        repeat = 1 if quick else 9
        results = _library_results(one, "archive, 10 years", fold_cache, repeat)
        results += _library_results(three, "archive, 3 papers × 2 years", fold_cache, repeat)
        if shutil.which("tmux"):
            results += _open_results(one, home, 1 if quick else 9)
        return results
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    for result in run(quick="--quick" in sys.argv):
        print(result)
