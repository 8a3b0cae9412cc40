"""What a newcomer meets on a fresh install: the shipped sample, and the notice that says where issues go."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperterm.cli import main
from paperterm.cli.completion import DIRS, FILES, KINDS, SCRIPTS, Candidate, complete
from paperterm.cli.grammar import COMMANDS, EXIT_STATUS
from paperterm.state.paths import SAMPLE_LIBRARY, library_dir, library_notice
from tests.conftest import ROOT, SAMPLE


def test_the_package_ships_the_sample_issue_unchanged() -> None:
    shipped = sorted(SAMPLE_LIBRARY.iterdir())
    assert [p.name for p in shipped] == [SAMPLE.name]
    assert shipped[0].read_bytes() == SAMPLE.read_bytes()


def test_the_sample_stands_in_only_when_no_library_is_found(tmp_path: Path, isolated_user: Path) -> None:
    own = isolated_user / ".local" / "share" / "paperterm" / "issues"
    assert library_dir(cwd=tmp_path) == SAMPLE_LIBRARY
    notice = library_notice(SAMPLE_LIBRARY)
    assert notice is not None and "\n" not in notice
    assert f"issues go in {own}" in notice and "paperterm import PAGE.pdf" in notice
    assert f"--into {own}" in notice and "--library DIR" in notice and "paperterm fetch PAPER" in notice
    own.mkdir(parents=True)  # an empty library of one's own is a library: `open` says it is empty
    assert library_dir(cwd=tmp_path) == own
    assert library_notice(own) is None


def words(candidates: list[Candidate] | str) -> list[str] | str:
    return candidates if isinstance(candidates, str) else [c.word for c in candidates]


def test_every_value_in_the_grammar_is_known_to_completion() -> None:
    """A new option or a renamed metavar must say how it completes (KINDS), or this fails."""
    for name, command in COMMANDS.items():
        for spec in command.args:
            if spec.settings.get("action") == "store_true" or "choices" in spec.settings:
                continue
            assert spec.settings.get("metavar") in KINDS, (name, spec.names)


def test_completes_commands_options_and_choices() -> None:
    assert words(complete([""])) == [*COMMANDS, "--help", "--version"]
    assert words(complete(["c"])) == ["check", "cat", "completion"]
    assert words(complete(["completion", ""])) == ["bash", "zsh", "fish"]
    assert words(complete(["cat", "2024-11-19", "--script", "h"])) == ["hongkong"]
    assert words(complete(["list", ""])) == ["--library", "--paper", "--from", "--to", "--json", "--help"]
    assert words(complete(["list", "--paper", "x", "--p"])) == []  # given once is enough
    assert words(complete(["open", "--highlight", "煤矿", "--h"])) == ["--highlight", "--help"]
    assert words(complete(["nope", ""])) == []


def test_paths_are_left_to_the_shell() -> None:
    assert complete(["check", "a.yaml", ""]) == FILES
    assert complete(["list", "--library", ""]) == DIRS
    assert complete(["open", "./"]) == FILES
    assert complete(["state", "import", ""]) == FILES
    assert complete(["check", "--", "-"]) == FILES  # after --, a word that starts with - is a file


def test_completes_dates_papers_and_articles_of_the_library(library: Path, archive: Path) -> None:
    assert words(complete(["open", "--library", str(library), ""])) == ["2024-11-19", "latest"]
    assert words(complete(["cat", "--library", str(library), "2024-11-19", "c"])) == ["coal-water"]
    assert complete(["cat", "--library", str(library), "2024-11-19", "c"])[0].about == (
        "省安委办安排部署加强煤矿水害防治工作"
    )
    assert words(complete(["cat", "--library", str(library), "1999-01-01", ""])) == []
    assert words(complete(["search", "x", "--library", str(library), "--paper", ""])) == ["sxrb"]
    assert words(complete(["list", "--library", str(archive), "--paper", ""])) == ["sxrb", "tyrb"]
    dates = words(complete(["list", "--library", str(archive), "--to", "2015-01-0"]))
    assert dates == [f"2015-01-0{day}" for day in (1, 2, 3, 4, 5, 6, 8, 9)]  # every 7th day has none


def test_without_a_library_the_sample_completes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert words(complete(["open", "2"])) == ["2024-11-19"]


JSON_HELP = "print the issues as JSON (ISO dates, Unix times)"


@pytest.mark.parametrize(
    ("shell", "lines"),
    [
        ("bash", ["--limit", "--json", "--help"]),
        ("zsh", ["--limit:at most N issues (default 20)", f"--json:{JSON_HELP}", "--help"]),
        ("fish", ["--limit\tat most N issues (default 20)", f"--json\t{JSON_HELP}", "--help"]),
    ],
)
def test_each_shell_reads_its_own_lines(
    capsys: pytest.CaptureFixture[str], shell: str, lines: list[str]
) -> None:
    assert main(["__complete", shell, "recent", "-"]) == 0
    assert capsys.readouterr().out.splitlines() == lines
    assert main(["completion", shell]) == 0
    assert capsys.readouterr().out == SCRIPTS[shell]


def test_a_colon_in_a_word_is_escaped_for_zsh(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from paperterm.cli import completion

    monkeypatch.setattr(completion, "complete", lambda words: [Candidate("a:b", "c:d")])
    main(["__complete", "zsh", "x"])
    assert capsys.readouterr().out == "a\\:b:c:d\n"


def test_one_exit_status_table_in_the_readme_and_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = [f"| {code} | {meaning} |" for code, meaning in EXIT_STATUS]
    assert "| exit status | meaning |\n| --- | --- |\n" + "\n".join(rows) + "\n" in readme
    for argv in (["--help"], ["list", "--help"], ["completion", "--help"]):
        assert main(argv) == 0
        shown = " ".join(capsys.readouterr().out.split("exit status:\n", 1)[1].split())
        assert shown == " ".join(f"{code} {meaning}" for code, meaning in EXIT_STATUS)
