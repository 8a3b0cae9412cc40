"""A named pipe, a device or a folder where an issue file should be: refused at once, never waited on."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.tmux_harness import PAPERTERM, user_env

pytestmark = pytest.mark.faults


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    path = tmp_path / "2024-11-19.yaml"
    os.mkfifo(path)
    return path


def run(home: Path, library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PAPERTERM, *args],
        env=user_env(home, library),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=20,  # a read of the pipe would wait for ever: the timeout fails the test
        check=False,
    )


@pytest.mark.parametrize("command", ["cat", "open"])
def test_cat_and_open_refuse_a_pipe_at_once(
    isolated_user: Path, library: Path, pipe: Path, command: str
) -> None:
    result = run(isolated_user, library, command, str(pipe))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"paperterm: {pipe}: a named pipe, not a regular file; an issue is a file\n"


def test_check_refuses_a_pipe_a_device_and_a_folder_and_checks_the_rest(
    isolated_user: Path, library: Path, pipe: Path, tmp_path: Path
) -> None:
    good = library / "2024-11-19.yaml"
    result = run(isolated_user, library, "check", str(pipe), "/dev/zero", str(tmp_path), str(good))
    assert result.returncode == 1 and result.stderr == ""
    assert result.stdout.splitlines() == [
        f"{pipe}: a named pipe, not a regular file; not read",
        "/dev/zero: a character device, not a regular file; not read",
        f"{tmp_path}: a folder, not a regular file; not read",
    ]
