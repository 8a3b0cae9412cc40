"""`paperterm state` and `import` with bad targets: one line naming the file, exit 1, never a traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.tmux_harness import PAPERTERM, user_env


def run(home: Path, library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PAPERTERM, "state", *args],
        env=user_env(home, library),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("paperterm: "), result.stderr
    return result.stderr


def test_export_into_a_missing_folder(isolated_user: Path, library: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "state.json"
    err = one_line(run(isolated_user, library, "export", str(target)))
    assert str(target) in err and "no folder" in err
    assert not target.parent.exists()


def test_export_onto_a_folder(isolated_user: Path, library: Path, tmp_path: Path) -> None:
    err = one_line(run(isolated_user, library, "export", str(tmp_path)))
    assert str(tmp_path) in err and "cannot write" in err


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("garbage\n", ":1: not JSON"),
        ('{"format": "paperterm-state/1", "issues": [{"date": "2024-11-19"}]}', "no 'paper_id'"),
        (
            '{"format": "paperterm-state/1", "articles": [{"paper_id": 1, "date": "d", "article_id": "a",'
            ' "state": "read", "block": "x", "offset": 0, "progress": 0}]}',
            "wrong type",
        ),
    ],
)
def test_import_of_a_bad_file(
    isolated_user: Path, library: Path, tmp_path: Path, text: str, words: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    err = one_line(run(isolated_user, library, "import", str(bad)))
    assert str(bad) in err and words in err


def test_import_into_a_folder_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from paperterm.cli import main
    from tests.conftest import RAW_PAGE

    target = tmp_path / "no" / "such" / "issue.yaml"
    args = ["import", str(RAW_PAGE), "--date", "2024-11-19", "--paper", "山西日报", "-o", str(target)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no folder" in err
    assert not target.parent.exists()
