"""Shared fixtures: the sample issue, and a user whose files live in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from paperterm.i18n import use

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "issues" / "2024-11-19.yaml"
RAW_PAGE = ROOT / "tests" / "data" / "2024-11-19-page01.raw.txt"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test is marked by its folder, so `-m unit` and `pytest tests/unit` say the same."""
    for item in items:
        kind = item.path.parent.name
        if kind in ("unit", "ui", "e2e"):
            item.add_marker(getattr(pytest.mark, kind))


@pytest.fixture(autouse=True)
def isolated_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own home, cache and data dirs, and no library from the environment."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("PAPERTERM_CACHE_DIR", str(home / ".cache" / "paperterm"))
    for name in ("PAPERTERM_LIBRARY", "PAPERTERM_STATE_DIR", "PAPERTERM_CONFIG"):
        monkeypatch.delenv(name, raising=False)  # a developer's own exports must not reach a test
    # The product's default is `auto` (Chinese chrome for a Chinese paper); the tests read the
    # English chrome unless they ask for another (tests/ui/test_i18n.py).
    config = home / ".config" / "paperterm" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('language = "en"\n', encoding="utf-8")
    return home


@pytest.fixture(autouse=True)
def english_chrome() -> Iterator[None]:
    """The chrome's language is process-wide: what one test chose must not reach the next."""
    yield
    use("en")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A library folder holding just the sample issue."""
    lib = tmp_path / "library"
    lib.mkdir()
    (lib / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    return lib


@pytest.fixture
def terminal(isolated_user: Path, library: Path):
    """Start the real `paperterm ARGS...` in tmux (WIDTHxHEIGHT, extra env); all closed after the test."""
    from tests.tmux_harness import PAPERTERM, Tmux, user_env

    sessions: list[Tmux] = []

    def start(*args: str, width: int = 80, height: int = 24, **env: str) -> Tmux:
        session = Tmux(
            [PAPERTERM, *args],
            width=width,
            height=height,
            env={**user_env(isolated_user, library), **env},
            cwd=isolated_user,
        )
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A small generated library: two papers in subfolders, 40 days with every 7th day missing."""
    from bench.make_archive import make_archive

    root = tmp_path / "archive"
    make_archive(root, days=40, papers=2, pages=3, articles=3, gap=7)
    return root


@pytest.fixture(scope="session")
def pdf_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every corpus PDF (tests/pdfcorpus), rendered once per session: file stem → path."""
    from tests.pdfcorpus.pages import ALL
    from tests.pdfcorpus.render import render

    folder = tmp_path_factory.mktemp("pdfcorpus")
    paths = {}
    for spec in ALL:
        path = folder / f"{spec.name}.pdf"
        path.write_bytes(render(spec))
        paths[spec.name] = path
    return paths
