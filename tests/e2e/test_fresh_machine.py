"""A fresh machine, as a newcomer meets it: the Quick start lines, the shipped sample from any folder,
`paperterm` alone, one exit status table, and shell completion."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from paperterm.cli import main
from paperterm.cli.completion import SCRIPTS
from paperterm.state.paths import SAMPLE_LIBRARY, library_notice, user_library
from tests.conftest import RAW_PAGE, ROOT, SAMPLE
from tests.issue_text import MINIMAL
from tests.tmux_harness import PAPERTERM, Tmux, tmux_available
from tests.unit.test_docs import quick_start_commands

needs_tmux = pytest.mark.skipif(not tmux_available(), reason="tmux is not installed (.ci/run installs it)")

# Read before the tests give each one a home of its own: how this machine's pip reaches its packages.
_PIP_HOME = {
    "PIP_CONFIG_FILE": str(Path.home() / ".config" / "pip" / "pip.conf"),
    "PIP_CACHE_DIR": str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pip"),
}
_PASSED_ON = re.compile(r"PIP_\w+|PYENV_VERSION|(?i:https?_proxy|no_proxy|all_proxy)|SSL_CERT_\w+")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# --- one exit status table, command by command ------------------------------------------------

IMPORT = ["import", "{raw}", "--date", "2024-11-19", "--paper", "山西日报", "--paper-id", "sxrb"]
STATUSES = [
    (["open", "2024-11-20", "--library", "{lib}"], 2),  # a date the library does not have
    (["open", "2024-11-19", "--library", "{lib}"], 2),  # no terminal (0 in a terminal: the tmux tests)
    (["open", "{bad}"], 1),
    (["list", "--library", "{lib}"], 0),
    (["list", "--library", "{lib}", "--from", "2030-01-01"], 1),
    (["list", "--library", "{empty}"], 2),
    (["list", "--library", "{lib}", "--paper", "tyrb"], 2),
    (["check", "{sample}"], 0),
    (["check", "{bad}"], 1),
    (["check"], 2),
    (["cat", "2024-11-19", "--library", "{lib}"], 0),
    (["cat", "{bad}"], 1),
    (["cat", "latest", "--library", "{empty}"], 2),
    (["search", "煤矿", "--library", "{lib}"], 0),
    (["search", "不存在的词", "--library", "{lib}"], 1),
    (["search", "煤矿", "--library", "{empty}"], 2),
    ([*IMPORT, "-o", "{tmp}/new.yaml"], 0),
    ([*IMPORT, "-o", "{lib}/2024-11-19.yaml"], 1),  # would overwrite
    (["import", "{tmp}/missing.txt", "--date", "2024-11-19", "--paper", "x"], 2),
    (["recent"], 0),
    (["recent", "--limit", "many"], 2),
    (["state", "path"], 0),
    (["state", "import", "{bad}"], 1),
    (["state", "reset"], 2),
    (["fetch", "--list"], 0),
    (["fetch"], 2),  # which paper? (1, a download that fails, needs the network: tests of fetch)
    (["fetch", "no-such-paper"], 2),
    (["completion", "bash"], 0),
    (["completion", "tcsh"], 2),
    (["bogus"], 2),
]


@pytest.mark.parametrize(
    ("argv", "status"), STATUSES, ids=lambda a: " ".join(a) if isinstance(a, list) else a
)
def test_every_command_exits_by_the_one_table(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, library: Path, argv: list[str], status: int
) -> None:
    (tmp_path / "empty").mkdir()
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("date: 2024-11-19", "date: 2024-02-30"), encoding="utf-8")
    places = {"lib": library, "empty": tmp_path / "empty", "bad": bad, "sample": SAMPLE, "raw": RAW_PAGE}
    words = [word.format(tmp=tmp_path, **places) for word in argv]
    got, _, err = run(capsys, *words)
    assert got == status, err
    assert "Traceback" not in err


def test_interrupted_is_130(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import paperterm.cli.reader as reader  # commands are looked up in their module when they run

    def interrupted(_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(reader, "cmd_recent", interrupted)
    assert run(capsys, "recent")[0] == 130


# --- no library: the shipped sample, and where a library goes --------------------------------


def test_with_no_library_the_sample_is_read_and_a_line_says_where_issues_go(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, "cat", "2024-11-19", "coal-water")
    assert status == 0 and out.startswith("夯实基础保障 健全责任体系\n")
    notice = f"paperterm: {library_notice(SAMPLE_LIBRARY)}\n"
    assert err == notice
    status, out, err = run(capsys, "list")
    assert (status, err) == (0, notice) and out.startswith("2024年11月19日 星期二  sxrb")
    user_library().mkdir(parents=True)  # a library of one's own, still empty: said so, exit 2
    status, out, err = run(capsys, "list")
    assert (status, out, err) == (2, "", f"paperterm: no issues found in {user_library()}\n")


def _fresh_env(home: Path) -> dict[str, str]:
    """The installed command's world: its own home, no library named anywhere."""
    return {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", ""),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
    }


@needs_tmux
@pytest.mark.parametrize("argv", [["open", "2024-11-19"], []], ids=["open 2024-11-19", "no command"])
def test_the_installed_command_opens_the_sample_from_an_empty_folder(
    isolated_user: Path, tmp_path: Path, argv: list[str]
) -> None:
    empty = tmp_path / "anywhere"
    empty.mkdir()
    term = Tmux([PAPERTERM, *argv], width=120, height=30, env=_fresh_env(isolated_user), cwd=empty)
    try:
        screen = term.wait_for(lambda s: "山西日报 · 2024年11月19日 · 第1版 要闻" in s, "the sample issue")
        assert "特种车辆走俏国内外市场" in screen
        term.wait_for(lambda s: "no library found" in s, "the notice saying where a library goes")
        term.send("q")
        assert term.exit_status() == 0
    finally:
        term.close()
    assert list(empty.iterdir()) == [empty / ".tmux.conf"]  # the harness's own file: nothing written here


# --- shell completion ---------------------------------------------------------------------------


def _bash_complete(tmp_path: Path, home: Path, *words: str) -> list[str]:
    """What bash offers, with the script sourced, for the words typed (the last is under the cursor)."""
    script = tmp_path / "paperterm.bash"
    script.write_text(SCRIPTS["bash"], encoding="utf-8")
    program = "\n".join(
        [
            f"source {shlex.quote(str(script))}",
            "complete -p paperterm",
            f"COMP_WORDS=(paperterm {shlex.join(words)}); COMP_CWORD={len(words)}",
            "_paperterm",
            'printf "%s\\n" "${COMPREPLY[@]}"',
        ]
    )
    env = {**_fresh_env(home), "PATH": f"{Path(PAPERTERM).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", program],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    spec, *offered = result.stdout.splitlines()
    assert spec == "complete -F _paperterm paperterm"
    return [line for line in offered if line]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completes_commands_options_dates_papers_articles_and_paths(
    tmp_path: Path, isolated_user: Path, library: Path, archive: Path
) -> None:
    def offered(*words: str) -> list[str]:
        return _bash_complete(tmp_path, isolated_user, *words)

    assert offered("c") == ["check", "cat", "completion"]
    assert offered("list", "--f") == ["--from"]
    assert offered("open", "--library", str(library), "") == ["2024-11-19", "latest"]
    assert offered("cat", "--library", str(library), "2024-11-19", "co") == ["coal-water"]
    assert offered("list", "--library", str(archive), "--paper", "") == ["sxrb", "tyrb"]
    assert offered("open", "2") == ["2024-11-19"]  # no library: the sample's
    (tmp_path / "page one.txt").write_text("x", encoding="utf-8")
    assert offered("check", "pag") == ["page one.txt"]
    assert offered("list", "--library", "arch") == ["archive"]


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_parse(tmp_path: Path, shell: str) -> None:
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    script = tmp_path / f"paperterm.{shell}"
    script.write_text(SCRIPTS[shell], encoding="utf-8")
    result = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


# --- the two Quick start lines, verbatim, in a fresh clone with the machine's own python3 ----------


def _machine_env(home: Path) -> dict[str, str]:
    """A newcomer's shell: a home of their own, the machine's PATH and the machine's way to its packages."""
    env = {**_fresh_env(home), **{k: v for k, v in os.environ.items() if _PASSED_ON.fullmatch(k)}}
    for name, value in _PIP_HOME.items():
        if name not in env and (name != "PIP_CONFIG_FILE" or Path(value).is_file()):
            env[name] = value
    return env


@needs_tmux
@pytest.mark.skipif(not (ROOT / ".git").exists() or shutil.which("git") is None, reason="not a git checkout")
@pytest.mark.skipif(shutil.which("python3") is None, reason="no python3 on the PATH")
def test_quick_start_lines_verbatim_in_a_fresh_clone(tmp_path: Path, isolated_user: Path) -> None:
    """A clone of the last commit. Line 1 in a terminal (the sample opens, q quits), then line 2 with
    the test run narrowed by PYTEST_ADDOPTS to this file's other tests: .ci/run runs it whole."""
    install_and_open, install_and_test = quick_start_commands()
    clone = tmp_path / "paperterm"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    env = _machine_env(isolated_user)
    term = Tmux(["sh", "-c", install_and_open], width=120, height=30, env=env, cwd=clone)
    header = "山西日报 · 2024年11月19日 · 第1版 要闻"
    try:
        screen = term.wait_for(lambda s: header in s or "Pane is dead" in s, "the installed sample", 900)
        assert header in screen, screen
        term.send("q")
        assert term.exit_status() == 0
    finally:
        term.close()
    narrowed = "-n 0 tests/unit/test_fresh_machine.py tests/e2e/test_fresh_machine.py -k 'not quick_start'"
    result = subprocess.run(
        ["sh", "-c", install_and_test],
        cwd=clone,
        env={**env, "PYTEST_ADDOPTS": narrowed},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(r"\d+ passed", result.stdout) and " failed" not in result.stdout
    installed = clone / ".venv" / "bin" / "paperterm"
    assert installed.is_file()
    # What ships beside the code (not only the sample): the compiled catalogs of the Chinese UI,
    shipped = clone.glob(".venv/lib/python*/site-packages/paperterm/locale/*/LC_MESSAGES/paperterm.mo")
    assert sorted(path.parent.parent.name for path in shipped) == ["zh_Hans", "zh_Hant"]
    # and the e-paper site profiles.
    listed = subprocess.run([str(installed), "fetch", "--list"], env=env, capture_output=True, text=True)
    assert listed.returncode == 0 and "rmrb" in listed.stdout, listed.stdout + listed.stderr
