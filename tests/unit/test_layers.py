"""The layers hold: import-linter's contracts in pyproject.toml (docs/architecture.md)."""

from __future__ import annotations

import pytest
from importlinter.cli import lint_imports

from tests.conftest import ROOT


def test_import_contracts_are_kept(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)  # where pyproject.toml names the contracts
    status = lint_imports(no_cache=True)
    out = capsys.readouterr().out
    assert status == 0, out
    assert "0 broken" in out
