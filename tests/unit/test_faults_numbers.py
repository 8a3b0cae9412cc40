"""Numbers out of range, through every command that reads them: one line naming file and line, no crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import paperterm.model.loader as loader
from paperterm.cli import main
from tests.conftest import SAMPLE
from tests.issue_text import MINIMAL

pytestmark = pytest.mark.faults

HUGE = [
    (
        "    name: 要闻\n",
        "    name: 要闻\n",
        "  - number: 1\n",
        f"  - number: {2**63}\n",
        ":5: 'number' in a page",
    ),
    ("", "", "      - title: 第一篇\n", f"      - title: 第一篇\n        continued_on: {10**30}\n", ":9:"),
    ("", "", "      - title: 第一篇\n", "      - title: 第一篇\n        continued_from: 10000\n", ":9:"),
    (
        "",
        "",
        "      - title: 第一篇\n",
        f"      - id: {'a' * 201}\n        title: 第一篇\n",
        ":8: 'id' must be",
    ),
]


@pytest.mark.parametrize(("_a", "_b", "old", "new", "where"), HUGE, ids=["page", "on", "from", "id"])
def test_numbers_past_their_limits_are_refused_at_their_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], _a: str, _b: str, old: str, new: str, where: str
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    shutil.copy(SAMPLE, library / SAMPLE.name)
    bad = library / "2024-11-20.yaml"
    bad.write_text(MINIMAL.replace(old, new, 1).replace("2024-11-19", "2024-11-20"), encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{bad}{where}") and out.count("\n") == 1, out
    assert main(["cat", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"paperterm: {bad}{where}") and "Traceback" not in err
    assert main(["search", "煤矿", "--library", str(library), "--limit", "1"]) == 0, "the rest is searched"
    err = capsys.readouterr().err
    assert err.startswith(f"paperterm: {bad}{where}") and "(left out of the search)\n" in err


def test_the_largest_numbers_within_the_limits_are_fine(tmp_path: Path) -> None:
    good = tmp_path / "2024-11-19.yaml"
    text = MINIMAL.replace("  - number: 1\n", "  - number: 9999\n").replace(
        "      - title: 第一篇\n",
        f"      - id: {'a' * 200}\n        title: 第一篇\n        continued_on: 9999\n",
    )
    good.write_text(text, encoding="utf-8")
    assert main(["check", str(good)]) == 0


@pytest.mark.parametrize("value", ["inf", "nan", "1e400", "-1", "0", "lots", "1e9"])
def test_a_max_issue_size_that_is_no_size_is_one_warning_and_the_default(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(loader, "_WARNED", set())
    monkeypatch.setenv("PAPERTERM_MAX_ISSUE_MB", value)
    assert loader.size_limit() == loader.DEFAULT_MAX_MB * 1024 * 1024
    assert main(["check", str(SAMPLE), str(SAMPLE)]) == 0
    err = capsys.readouterr().err
    assert err == (
        f"paperterm: PAPERTERM_MAX_ISSUE_MB='{value}' is not a size from 0 to 4096 MB; using 20 MB\n"
    ), "one line, said once"


def test_a_max_issue_size_that_is_one_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERTERM_MAX_ISSUE_MB", " 0.5 ")
    assert loader.size_limit() == 512 * 1024
