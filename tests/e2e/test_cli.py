"""The command line, called through main() as a script would call it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from paperterm import __version__
from paperterm.cli import main
from paperterm.model.layout import article_sources
from paperterm.model.loader import load_issue
from paperterm.state.reading import ArticleRecord, IssueKey, ReadingState
from tests.conftest import SAMPLE
from tests.issue_text import MINIMAL


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0
    name, engine = out.splitlines()
    assert name == f"paperterm {__version__}"
    assert re.fullmatch(r"script engine: OpenCC \d+\.\d+\.\d+ \(official binding\)", engine), engine


@pytest.mark.parametrize("command", ["open", "list", "check", "cat"])
def test_every_subcommand_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    status, out, _ = run(capsys, command, "--help")
    assert status == 0 and out.startswith(f"usage: paperterm {command}")


def test_usage_errors_are_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "cat")
    assert status == 2 and out == ""
    assert err.startswith("paperterm: the following arguments are required: WHEN")
    assert err.count("\n") == 1


def test_list_shows_date_paper_and_progress(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    status, out, _ = run(capsys, "list", "--library", str(library))
    assert status == 0
    assert out.split() == ["2024年11月19日", "星期二", "sxrb", "山西日报", "not", "opened"]


def test_list_reads_the_top_of_new_or_changed_files_only(
    capsys: pytest.CaptureFixture[str], library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import paperterm.cache.summaries as summaries

    parsed: list[Path] = []
    real = summaries.read_header

    def counting(path):
        parsed.append(Path(path))
        return real(path)

    monkeypatch.setattr(summaries, "read_header", counting)
    run(capsys, "list", "--library", str(library))
    assert len(parsed) == 1
    run(capsys, "list", "--library", str(library))
    assert len(parsed) == 1, "an unchanged file must not be read again"
    (library / "2024-11-20.yaml").write_text(MINIMAL.replace("2024-11-19", "2024-11-20"), encoding="utf-8")
    status, out, _ = run(capsys, "list", "--library", str(library))
    assert len(parsed) == 2 and status == 0
    assert out.splitlines()[1].startswith("2024年11月20日 星期三")


def test_library_from_environment(
    capsys: pytest.CaptureFixture[str], library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAPERTERM_LIBRARY", str(library))
    assert run(capsys, "list")[1].startswith("2024年11月19日")


def test_papers_in_subfolders(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    (library / "cstest").mkdir()
    (library / "cstest" / "2024-11-19.yaml").write_text(MINIMAL, encoding="utf-8")
    status, out, _ = run(capsys, "list", "--library", str(library))
    assert status == 0 and "cstest" in out and "sxrb" in out
    status, _, err = run(capsys, "cat", "2024-11-19", "--library", str(library))
    assert status == 2 and "choose one with --paper" in err
    status, out, _ = run(capsys, "cat", "2024-11-19", "--paper", "cstest", "--library", str(library))
    assert status == 0 and "第一段。" in out


def test_check_valid_and_invalid_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.replace("paper: 测试日报\n", "").replace("第一篇", "''"), encoding="utf-8")
    status, out, _ = run(capsys, "check", str(SAMPLE))
    assert (status, out) == (0, "")
    status, out, _ = run(capsys, "check", str(SAMPLE), str(bad))
    assert status == 1
    assert out.splitlines() == [
        f"{bad}:1: the issue is missing required 'paper'",
        f"{bad}:7: 'title' in article 'p1-1' must not be empty",
    ]


def test_cat_piped_is_one_paragraph_per_line(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    status, out, _ = run(capsys, "cat", "2024-11-19", "coal-water", "--library", str(library))
    assert status == 0
    lines = out.splitlines()
    assert lines[:4] == [
        "夯实基础保障 健全责任体系",
        "省安委办安排部署加强煤矿水害防治工作",
        "本报太原11月18日讯 记者 王佳丽",
        "",
    ]
    assert lines[4].startswith("为切实加强") and lines[4].endswith("作出安排部署。")
    assert len(lines) == 4 + 6
    assert "\x1b" not in out


def test_cat_whole_issue_separates_articles_with_a_blank_line(
    capsys: pytest.CaptureFixture[str], library: Path
) -> None:
    status, out, _ = run(capsys, "cat", "20241119", "--library", str(library))
    assert status == 0
    assert out.startswith("== 第1版 要闻 ==\n临汾经开区甘亭工业园\n特种车辆走俏国内外市场\n")
    assert out.count("\n\n") == 8 + 7  # after each title block, and between articles
    assert "（下转第2版）" in out


def test_cat_page_and_unknown_article(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    status, _, err = run(capsys, "cat", "latest", "--page", "3", "--library", str(library))
    assert status == 2 and "has no page 3" in err
    status, _, err = run(capsys, "cat", "latest", "nope", "--library", str(library))
    assert status == 2 and "no article 'nope'" in err and "lf-answer" in err


def test_cat_a_file_path(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "cat", str(SAMPLE), "trade-growth")
    assert status == 0 and out.startswith("前10个月全省货物贸易进出口增长5.9%\n高于全国平均增速0.7个百分点\n")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["open", "2024-11-20"], "no issue for 2024-11-20; nearest: 2024-11-19 (earlier)"),
        (["cat", "2024-13-45"], "'2024-13-45' is not a date"),
        (["open", "yesterday"], "'yesterday' is not a date"),
        (["open", "missing/2024-11-19.yaml"], "no such issue file: missing/2024-11-19.yaml"),
        (["open", "--paper", "nope"], "no paper 'nope' in {lib}; papers: (top level)"),
    ],
)
def test_open_and_cat_errors_exit_2(
    capsys: pytest.CaptureFixture[str], library: Path, argv: list[str], message: str
) -> None:
    status, _, err = run(capsys, *argv, "--library", str(library))
    assert status == 2
    assert err.startswith(f"paperterm: {message.format(lib=library)}")
    assert err.count("\n") == 1


def test_invalid_issue_file_exits_1_with_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "2024-11-19.yaml"
    bad.write_text(MINIMAL.replace("date: 2024-11-19", "date: 2024-02-30"), encoding="utf-8")
    for command in ("open", "cat"):
        status, out, err = run(capsys, command, str(bad))
        assert (status, out) == (1, "")
        assert err == f"paperterm: {bad}:3: 'date' is not a real date: '2024-02-30'\n"


def test_empty_library(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "open", "--library", str(tmp_path))
    assert status == 2 and err == f"paperterm: no issues found in {tmp_path}\n"


NON_UI = """
import pkgutil, sys
import paperterm
from paperterm.cli import main
for argv in {argvs!r}:
    main(argv)
# Every module below the UI, found by walking the package: a new one is checked without a list to update.
below_ui = ("paperterm.model", "paperterm.state", "paperterm.cache", "paperterm.importer", "paperterm.cli")
for module in pkgutil.walk_packages(paperterm.__path__, "paperterm."):
    if module.name.startswith(below_ui):
        __import__(module.name)
bad = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print("TEXTUAL:", bad)
"""


def test_non_ui_modules_and_commands_never_import_textual(library: Path) -> None:
    lib = str(library)
    argvs = [
        ["--version"],
        ["list", "--library", lib],
        ["check", str(SAMPLE)],
        ["cat", "2024-11-19", "--library", lib],
        ["search", "煤矿", "--library", lib],
        ["recent"],
        ["state", "path"],
    ]
    result = subprocess.run(
        [sys.executable, "-c", NON_UI.format(argvs=argvs)], capture_output=True, text=True, check=False
    )
    assert "TEXTUAL: []" in result.stdout, result.stdout + result.stderr


CAT_AGAIN = """
import os, sys
from paperterm.cli import main
os.environ.pop("PAPERTERM_CACHE_DIR", None)
main(["cat", "2024-11-19", "--library", sys.argv[1]])
print("HEAVY:", sorted({"argparse", "dataclasses", "platformdirs", "yaml", "rich"} & set(sys.modules)))
"""


def test_cat_of_a_parsed_issue_skips_the_heavy_imports(library: Path, isolated_user: Path) -> None:
    """`paperterm cat` must stay within 1.5x of `import yaml` (docs/performance.md): once the issue
    is in the parse cache, no YAML, argparse, dataclasses, platformdirs or Rich."""
    for _ in range(2):  # the first run parses the issue and fills the cache
        result = subprocess.run(
            [sys.executable, "-c", CAT_AGAIN, str(library)], capture_output=True, text=True, check=True
        )
    assert "HEAVY: []" in result.stdout, result.stdout + result.stderr
    assert "临汾" in result.stdout


def test_library_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_user: Path) -> None:
    from paperterm.state.paths import SAMPLE_LIBRARY, library_dir

    (tmp_path / "issues").mkdir()
    assert library_dir(cwd=tmp_path) == tmp_path / "issues"
    own = isolated_user / ".local" / "share" / "paperterm" / "issues"
    assert library_dir(cwd=isolated_user) == SAMPLE_LIBRARY  # no library of one's own yet
    own.mkdir(parents=True)
    assert library_dir(cwd=isolated_user) == own
    monkeypatch.setenv("PAPERTERM_LIBRARY", str(tmp_path / "env"))
    assert library_dir(cwd=tmp_path) == tmp_path / "env"
    assert library_dir("explicit", cwd=tmp_path) == Path("explicit")


def test_cat_with_script(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    status, out, _ = run(
        capsys, "cat", "2024-11-19", "lf-answer", "--script", "taiwan", "--library", str(library)
    )
    assert status == 0
    assert out.splitlines()[1] == "臨汾：在推進中國式現代化實踐中交出亮麗答卷"
    assert "跟著悟空遊山西" in out
    status, _, err = run(capsys, "cat", "2024-11-19", "--script", "klingon", "--library", str(library))
    assert status == 2 and "invalid choice" in err


def test_search_prints_hits_in_any_script(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    status, out, _ = run(capsys, "search", "煤礦", "--library", str(library))
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "2024-11-19  sxrb  山西日报"
    titles = [line.split("  ")[2] for line in lines[1::2]]
    expected = [
        a.title for _, a in load_issue(SAMPLE).articles() if "煤矿" in "".join(article_sources(a).values())
    ]
    assert titles == expected and all("煤矿" in line for line in lines[2::2])
    status, out, _ = run(capsys, "search", "不存在的词", "--library", str(library))
    assert (status, out) == (1, "")


def _reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReadingState:
    monkeypatch.setenv("PAPERTERM_STATE_DIR", str(tmp_path / "state"))
    return ReadingState.open(tmp_path / "state")


def test_recent_lists_issues_read_with_progress(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = _reading(tmp_path, monkeypatch)
    key = IssueKey("sxrb", "2024-11-19")
    state.opened_issue(
        key,
        paper="山西日报",
        path=None,
        total_articles=8,
        last_page=1,
        last_article="coal-water",
        last_title="省安委办安排部署加强煤矿水害防治工作",
    )
    state.save_articles(key, [ArticleRecord("lf-answer", "read"), ArticleRecord("coal-water", "opened")])
    status, out, _ = run(capsys, "recent")
    assert status == 0
    assert out.startswith("2024年11月19日 星期二  sxrb     山西日报  1/8 read")
    assert out.rstrip().endswith("省安委办安排部署加强煤矿水害防治工作")


def test_state_path_export_import_reset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = _reading(tmp_path, monkeypatch)
    state.save_articles(IssueKey("sxrb", "2024-11-19"), [ArticleRecord("lf-answer", "read", 4, 20, 0.5)])
    assert run(capsys, "state", "path")[1].strip() == str(tmp_path / "state" / "state.sqlite3")
    backup = tmp_path / "backup.json"
    assert run(capsys, "state", "export", str(backup))[0] == 0
    exported = json.loads(backup.read_text(encoding="utf-8"))
    assert exported["articles"][0]["article_id"] == "lf-answer"
    status, _, err = run(capsys, "state", "reset")
    assert status == 2 and "--yes" in err
    assert run(capsys, "state", "reset", "--yes")[0] == 0
    assert json.loads(run(capsys, "state", "export")[1])["articles"] == []
    assert run(capsys, "state", "import", str(backup))[0] == 0
    assert json.loads(run(capsys, "state", "export")[1]) == exported
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "nope"}', encoding="utf-8")
    status, _, err = run(capsys, "state", "import", str(bad))
    assert status == 1 and err == f"paperterm: {bad}: not a paperterm-state/1 export\n"


def test_open_without_a_date_resumes_the_last_issue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, library: Path
) -> None:
    import argparse

    from paperterm.cli.resolve import resume_target as _resume_target
    from paperterm.model.library import Library

    state = _reading(tmp_path, monkeypatch)
    newer = library / "2024-11-20.yaml"
    newer.write_text(MINIMAL.replace("2024-11-19", "2024-11-20"), encoding="utf-8")

    args = argparse.Namespace(when=None, paper=None, library=str(library))
    assert _resume_target(args, state, Library.scan(library)) is None  # nothing read yet: the latest opens
    state.opened_issue(
        IssueKey("sxrb", "2024-11-19"),
        paper="山西日报",
        path=None,
        total_articles=8,
        last_page=1,
        last_article="lf-answer",
        last_title=None,
    )
    found = _resume_target(args, state, Library.scan(library))
    assert found is not None and found.path == library / "2024-11-19.yaml"
    args.when = "2024-11-20"
    assert _resume_target(args, state, Library.scan(library)) is None  # a date given is a date obeyed


def test_paper_of_a_one_paper_library_at_the_top_level(
    capsys: pytest.CaptureFixture[str], library: Path
) -> None:
    status, out, _ = run(capsys, "cat", "latest", "coal-water", "--paper", "sxrb", "--library", str(library))
    assert status == 0 and "煤矿" in out
    status, out, _ = run(capsys, "list", "--paper", "sxrb", "--library", str(library))
    assert status == 0 and out.startswith("2024年11月19日 星期二  sxrb")
    status, _, err = run(capsys, "list", "--paper", "tyrb", "--library", str(library))
    assert status == 2 and "no paper 'tyrb'" in err
