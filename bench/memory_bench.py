"""Peak memory (VmHWM) of the real command reading an issue, against the baseline app."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.baseline_app import MARKER
from bench.first_frame import PAPERTERM, user_env
from bench.generate import big_issue
from bench.paths import ROOT
from bench.result import Result
from bench.tmux import kill_server, new_server
from paperterm.model.writer import dump_issue


def peak_rss_kib(argv: list[str], marker: str, env: dict[str, str]) -> int:
    """Start `argv` in tmux, wait for `marker` on screen and a moment more, read its VmHWM."""
    tmux = new_server("ptmem")
    command = " ".join(["exec", "env", "-i", *[f"{k}={v}" for k, v in env.items()], *argv])
    subprocess.run(
        [*tmux, "new-session", "-d", "-x", "100", "-y", "30", "-c", str(ROOT), command], check=True
    )
    try:
        deadline = time.monotonic() + 20
        while (
            marker not in subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout
        ):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{argv} never showed {marker!r}")
            time.sleep(0.02)
        time.sleep(1.0)  # let the after-first-frame work (the fold) load too
        pid = subprocess.run([*tmux, "display-message", "-p", "#{pane_pid}"], capture_output=True, text=True)
        status = Path(f"/proc/{pid.stdout.strip()}/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
    finally:
        kill_server(tmux)


def results() -> list[Result]:
    """The sample, and a 24-page, 200-article issue, each against the baseline app."""
    with tempfile.TemporaryDirectory(prefix="ptmem-") as home:
        return _results(Path(home))


def _results(home: Path) -> list[Result]:
    library = home / "library"
    library.mkdir()
    (library / "2024-11-19.yaml").write_text(dump_issue(big_issue(200, pages=24)), encoding="utf-8")
    env = user_env(home)
    # The first run ever builds the OpenCC fold table (and peaks higher); measure warm runs.
    cold = peak_rss_kib(
        [PAPERTERM, "open", "2024-11-19"], "· 第1版", {**env, "PAPERTERM_LIBRARY": str(ROOT / "issues")}
    )
    baseline = peak_rss_kib([sys.executable, "-m", "bench.baseline_app"], MARKER, env) / 1024
    out = [
        Result(
            "peak memory, first run ever (builds the fold)",
            cold / 1024,
            baseline,
            "MiB",
            None,
            "bare Textual app",
        )
    ]
    for label, lib in (("sample", ROOT / "issues"), ("24 pages, 200 articles", library)):
        ours = peak_rss_kib(
            [PAPERTERM, "open", "2024-11-19"], "· 第1版", {**env, "PAPERTERM_LIBRARY": str(lib)}
        )
        out.append(Result(f"peak memory, {label}", ours / 1024, baseline, "MiB", None, "bare Textual app"))
    return out


def run(quick: bool = False) -> list[Result]:
    """Memory benchmarks (the same at any size: they run the real command)."""
    return results()
