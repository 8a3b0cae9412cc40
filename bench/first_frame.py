"""Startup: the real command in tmux until the article is on screen, against the baseline app;
and `paperterm cat` against `python -c "import yaml"`."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.baseline_app import MARKER
from bench.paths import ROOT
from bench.result import Result
from bench.tmux import kill_server, new_server

PAPERTERM = str(Path(sys.executable).parent / "paperterm")
ARTICLE_TEXT = "位于临汾经济开发区"


def user_env(home: Path) -> dict[str, str]:
    """A clean environment for a run of paperterm: its own home (state and cache in their XDG
    places under it, found as a user's would be) and a known terminal."""
    return {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", ""),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(ROOT),
    }


def time_to_screen(argv: list[str], marker: str, env: dict[str, str], cwd: Path, width: int = 100) -> float:
    """Seconds from starting `argv` in a new tmux window until `marker` is on its screen."""
    tmux = new_server("ptbench")
    command = " ".join(["exec", "env", "-i", *[f"{k}={v}" for k, v in env.items()], *argv])
    start = time.perf_counter()
    subprocess.run(
        [*tmux, "new-session", "-d", "-x", str(width), "-y", "30", "-c", str(cwd), command], check=True
    )
    try:
        while time.perf_counter() - start < 20:
            screen = subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout
            if marker in screen:
                return time.perf_counter() - start
            time.sleep(0.005)
        raise RuntimeError(f"{argv} never showed {marker!r}")
    finally:
        kill_server(tmux)


def first_frame_result(runs: int = 15) -> Result:
    """Median first frame of `paperterm open` over the baseline's, alternating runs."""
    if shutil.which("tmux") is None:
        raise RuntimeError("tmux is needed for the first-frame benchmark")
    with tempfile.TemporaryDirectory(prefix="ptbench-") as home:
        return _first_frame(Path(home), runs)


def _first_frame(home: Path, runs: int) -> Result:
    env = {**user_env(home), "PAPERTERM_LIBRARY": str(ROOT / "issues")}
    ours, theirs = [], []
    baseline = [sys.executable, "-m", "bench.baseline_app"]
    time_to_screen([PAPERTERM, "open", "2024-11-19"], ARTICLE_TEXT, env, ROOT)  # builds the fold cache
    for _ in range(runs):
        theirs.append(time_to_screen(baseline, MARKER, env, ROOT))
        ours.append(time_to_screen([PAPERTERM, "open", "2024-11-19"], ARTICLE_TEXT, env, ROOT))
    return Result(
        "first frame: paperterm open",
        statistics.median(ours) * 1000,
        statistics.median(theirs) * 1000,
        "ms",
        1.15,
        "bare Textual app, same shape",
    )


def cat_result(runs: int = 15) -> Result:
    """`paperterm cat 2024-11-19 > /dev/null` against `python -c "import yaml"`.

    In a clean environment, as an installed copy runs: bytecode is written (the first,
    unmeasured run writes it and the parse cache), whatever PYTHONDONTWRITEBYTECODE says here.
    """
    with tempfile.TemporaryDirectory(prefix="ptcat-") as home:
        return _cat(Path(home), runs)


def _cat(home: Path, runs: int) -> Result:
    env = {**user_env(home), "PAPERTERM_LIBRARY": str(ROOT / "issues")}

    def timed(argv: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, env=env, check=True)
        return time.perf_counter() - start

    timed([PAPERTERM, "cat", "2024-11-19"])
    ours, theirs = [], []
    for _ in range(runs):
        theirs.append(timed([sys.executable, "-c", "import yaml"]))
        ours.append(timed([PAPERTERM, "cat", "2024-11-19"]))
    return Result(
        "paperterm cat > /dev/null",
        statistics.median(ours) * 1000,
        statistics.median(theirs) * 1000,
        "ms",
        1.5,
        'python -c "import yaml"',
    )


def run(quick: bool = False) -> list[Result]:
    """Startup benchmarks; `quick` runs each once."""
    runs = 1 if quick else 15
    return [first_frame_result(runs), cat_result(runs)]
