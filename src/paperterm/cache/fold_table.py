"""The fold table's file: built once from the installed OpenCC, kept, rebuilt when OpenCC changes.

Building reads OpenCC's phrase dictionaries with its own `opencc_dict` tool
(a subprocess) and takes a second or two; the file makes every later start
cost a JSON read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from paperterm.cache.atomic import write_atomically
from paperterm.model.fold import FOLD_VERSION, PHRASE_DICTIONARIES, Fold, FoldTable, build_table


def load_table(cache: Path | None, key: str, build: Callable[[], FoldTable]) -> FoldTable:
    """The fold table from the cache file if it was built by the same OpenCC, else built and saved."""
    if cache is not None:
        try:
            stored = json.loads(cache.read_text(encoding="utf-8"))
            if stored.get("key") == key:
                # Two strings of equal length, turned into the table by str.maketrans in C: reading a
                # {"code": code} object of 4,800 entries cost a search command 5 ms of its start.
                table: FoldTable = str.maketrans(stored["from"], stored["to"])
                return table
        except (OSError, ValueError, KeyError, AttributeError, TypeError):
            pass
    table = build()
    if cache is not None:
        _save(cache, {"key": key, "from": "".join(map(chr, table)), "to": "".join(map(chr, table.values()))})
    return table


def _save(cache: Path, payload: dict[str, object]) -> None:
    """A table that cannot be kept is built again next time."""
    try:
        write_atomically(cache, json.dumps(payload))
    except OSError:
        return


def phrase_pairs(
    share: Path, tool: Path, names: Iterable[str] = PHRASE_DICTIONARIES
) -> list[tuple[str, str]]:
    """Every (word, conversion) pair of OpenCC's phrase dictionaries, read with its own opencc_dict tool."""
    import subprocess  # only to build the table: a built one is read from its file
    import tempfile

    pairs: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="paperterm-fold-") as work:
        for name in names:
            source = share / f"{name}.ocd2"
            if not source.exists():
                continue
            target = Path(work) / f"{name}.txt"
            done = subprocess.run(
                [str(tool), "-i", str(source), "-o", str(target), "-f", "ocd2", "-t", "text"],
                capture_output=True,
                check=False,
            )
            if done.returncode != 0:
                continue
            for line in target.read_text(encoding="utf-8").splitlines():
                word, _, conversions = line.partition("\t")
                pairs.extend((word, c) for c in conversions.split())
    return pairs


def opencc_fold(cache: Path | None = None) -> Fold:
    """The full fold, built from the installed OpenCC (cached in `cache`)."""
    from paperterm.model.script import converter, data_dir

    def convert(config: str, text: str) -> str:
        return converter(config).convert(text)

    def build() -> FoldTable:
        found = data_dir()
        phrases = phrase_pairs(*found) if found else []
        return build_table(convert, phrases=phrases)

    key = f"{_installed_opencc()} fold/{FOLD_VERSION}"
    return Fold(load_table(cache, key, build), signature=key)


def _installed_opencc() -> str:
    """Which OpenCC files the table was built from, found without importing OpenCC (≈2 ms a
    search): its package's file, with that file's size and mtime, which an upgrade changes."""
    import importlib.util

    spec = importlib.util.find_spec("opencc")
    origin = spec.origin if spec is not None else None
    if origin is None:
        return "no OpenCC"
    try:
        stat = os.stat(origin)
    except OSError:
        return "no OpenCC"
    return f"{origin} {stat.st_size} {stat.st_mtime_ns}"
