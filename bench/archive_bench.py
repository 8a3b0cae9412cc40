"""The archive: index build and update, search against `rg -c`, opening from a big library, memory.

Libraries from bench/realistic_corpus.py (words drawn by their frequency in jieba's
dictionary, so rare words are rare): ten years of one paper, with its first year and
first three years as libraries of their own (hard links to the same files), and one
year of three papers. Every comparison alternates its two sides, run after run, so
both see the same machine: the search as the reader's ctrl+f runs it (in process: the
library listed again, the index brought up to date, the newest 50 hits) and the whole
`paperterm search` command, each against the whole `rg -c WORD LIBRARY` command over
the same files (`grep -rc` where rg is missing), which cannot see 煤礦 in 煤矿 and only counts.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.first_frame import PAPERTERM, time_to_screen, user_env
from bench.paths import ROOT
from bench.realistic_corpus import Vocabulary, dictionary_text, make_corpus, vocabulary
from bench.result import Result
from paperterm.cache.fold_table import opencc_fold
from paperterm.cache.search_index import SearchIndex, index_location
from paperterm.model.library import Library
from paperterm.model.loader import load_issue
from paperterm.model.query import Query, parse_query

QUERIES = {1: "煤", 2: "煤矿", 4: "煤矿安全"}
WORD = "煤矿"  # in about 1 article in 200; 煤矿安全 is in a handful in ten years
LIMIT = 50


def rg_argv(word: str, root: Path) -> list[str]:
    """`rg -c WORD ROOT`, or `grep -rc` where rg is missing."""
    return ["rg", "-c", word, str(root)] if shutil.which("rg") else ["grep", "-rc", word, str(root)]


def rg_name(word: str) -> str:
    return f"{'rg -c' if shutil.which('rg') else 'grep -rc'} {word}"


def command(argv: list[str], env: dict[str, str] | None = None) -> Callable[[], object]:
    """A whole command, run to its end with its output thrown away."""
    return lambda: subprocess.run(argv, env=env, capture_output=True, check=False)


def interleaved(ours: Callable[[], object], theirs: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median seconds of each, run alternately (theirs first) so drift hits both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for side, run in ((1, theirs), (0, ours)):
            start = time.perf_counter()
            run()
            times[side].append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


_PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss_mib(argv: list[str], env: dict[str, str]) -> float:
    """Peak resident memory of a command (its own, measured by a parent that runs nothing else)."""
    done = subprocess.run([sys.executable, "-c", _PEAK, *argv], env=env, capture_output=True, text=True)
    return int(done.stdout.strip()) / 1024


def _library_results(root: Path, label: str, cache: Path, repeat: int) -> list[Result]:
    """Build (into the cache the command uses), in-process search and update for one library."""
    results: list[Result] = []
    fold = opencc_fold(cache / "fold.json")
    index_file = index_location(cache, root)
    index_file.parent.mkdir(parents=True, exist_ok=True)
    rg = command(rg_argv(WORD, root))
    start = time.perf_counter()
    index = SearchIndex(index_file, Library.scan(root), fold)
    index.sync()
    build = time.perf_counter() - start
    issues = len(index.library.refs)
    corpus_mib = sum(ref.path.stat().st_size for ref in index.library.refs) / 2**20
    size_mib = index_file.stat().st_size / 2**20
    once = min(interleaved(rg, rg, 1))
    results.append(
        Result(
            f"{label}: index build, {issues} issues ({size_mib:.0f} MiB index for {corpus_mib:.0f} MiB)",
            build,
            once,
            "s",
            None,
            f"one {rg_name(WORD)} over the files",
        )
    )
    for n, word in QUERIES.items():
        query = parse_query(word, fold)

        def search(query: Query = query) -> None:
            index.library = index.library.rescanned()
            index.sync()
            index.search(query, limit=LIMIT)

        ours, theirs = interleaved(search, command(rg_argv(word, root)), repeat)
        results.append(
            Result(
                f"{label}: search in process, {n}-character word, newest {LIMIT} (warm)",
                ours * 1000,
                theirs * 1000,
                "ms",
                1.0,
                rg_name(word),
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
            f"{label}: update after one file changed", update * 1000, once * 1000, "ms", None, rg_name(WORD)
        )
    )
    index.close()
    return results


def _command_results(
    libraries: list[tuple[str, Path, float | None]], env: dict[str, str], runs: int
) -> list[Result]:
    """Whole `paperterm search` against whole `rg -c`, alternating, per library, the index
    built (by an unmeasured first run where it was not yet); then the peak memory of a
    search with the index built (the last library), and of the first library's first
    search, which builds it."""
    argv = [PAPERTERM, "search", WORD, "--limit", str(LIMIT)]
    first_label, first_root, _ = libraries[0]
    build_peak = peak_rss_mib(argv, {**env, "PAPERTERM_LIBRARY": str(first_root)})
    results = []
    for label, root, target in libraries:
        search_env = {**env, "PAPERTERM_LIBRARY": str(root)}
        command(argv, search_env)()
        ours, theirs = interleaved(command(argv, search_env), command(rg_argv(WORD, root)), runs)
        results.append(
            Result(
                f"archive, {label} ({len(Library.scan(root).refs)} issues): "
                f"paperterm search {WORD}, whole command",
                ours * 1000,
                theirs * 1000,
                "ms",
                target,
                f"whole {rg_name(WORD)}, alternating",
            )
        )
    label, root, _ = libraries[-1]
    rg_peak = peak_rss_mib(rg_argv(WORD, root), env)
    search_peak = peak_rss_mib(argv, {**env, "PAPERTERM_LIBRARY": str(root)})
    rg_first = peak_rss_mib(rg_argv(WORD, first_root), env)
    return [
        *results,
        Result(
            f"archive, {label}: peak RSS, paperterm search (index built)",
            search_peak,
            rg_peak,
            "MiB",
            None,
            f"{rg_name(WORD)} over the same files",
        ),
        Result(
            f"archive, {first_label}: peak RSS, paperterm search building the index",
            build_peak,
            rg_first,
            "MiB",
            None,
            f"{rg_name(WORD)} over the same files",
        ),
    ]


def _open_result(root: Path, home: Path, env: dict[str, str], runs: int) -> Result:
    """`paperterm open DATE` from the big library against a library holding only that issue."""
    latest = Library.scan(root).refs[-1]
    single = home / "single"
    single.mkdir()
    shutil.copy(latest.path, single / latest.path.name)
    first = load_issue(latest.path).pages[0].articles[0]
    marker = (first.paragraphs or [first.title])[0][:8]
    date = latest.date.isoformat()
    big, small = [], []
    for library in (root, single):  # warm both: fold table, parse cache
        time_to_screen([PAPERTERM, "open", date, "--library", str(library)], marker, env, ROOT)
    for _ in range(runs):
        small.append(time_to_screen([PAPERTERM, "open", date, "--library", str(single)], marker, env, ROOT))
        big.append(time_to_screen([PAPERTERM, "open", date, "--library", str(root)], marker, env, ROOT))
    return Result(
        f"archive: open {date}, {len(Library.scan(root).refs)}-issue library",
        statistics.median(big) * 1000,
        statistics.median(small) * 1000,
        "ms",
        1.10,
        "a library of that one issue, alternating",
    )


def first_days(source: Path, target: Path, days: int) -> Path:
    """A library of the first `days` issues of `source`, as hard links (no copy, same bytes)."""
    target.mkdir()
    for path in sorted(source.glob("*.yaml"))[:days]:
        os.link(path, target / path.name)
    return target


def run(quick: bool = False) -> list[Result]:
    """Ten years of one paper and one year of three (a few days of each with --quick)."""
    home = Path(tempfile.mkdtemp(prefix="ptarchive-"))
    try:
        return _run(home, quick, vocabulary(dictionary_text()))
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _run(home: Path, quick: bool, vocab: Vocabulary) -> list[Result]:
    year = 2 if quick else 365
    cache = home / "cache"
    env = {**user_env(home), "PAPERTERM_CACHE_DIR": str(cache)}
    ten = home / "ten-years"
    make_corpus(ten, days=10 * year, vocab=vocab)
    make_corpus(home / "three-papers", days=year, papers=3, vocab=vocab)
    one = first_days(ten, home / "one-year", year)
    three = first_days(ten, home / "three-years", 3 * year)
    repeat = 1 if quick else 9
    results = _library_results(ten, "archive, 10 years", cache, repeat)
    results += _library_results(home / "three-papers", "archive, 3 papers × 1 year", cache, repeat)
    libraries = [("1 year", one, 2.0), ("3 years", three, None), ("10 years", ten, 1.0)]
    results += _command_results(libraries, env, 1 if quick else 15)
    if shutil.which("tmux"):
        results.append(_open_result(ten, home, env, 1 if quick else 15))
    return results


if __name__ == "__main__":
    for result in run(quick="--quick" in sys.argv):
        print(result)
