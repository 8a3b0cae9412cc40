"""Writing a built mirror to disk the way `wget -r` lays it out (host/base path/…)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.sites.builders import Mirror, classic, nbs, pc

DATE = dt.date(2025, 10, 20)
GOLDEN = Path(__file__).resolve().parent.parent / "data" / "sites"

PAPERS = {
    # system: (paper profile, its site's host and path as wget names the folders, the mirror)
    "founder-classic": ("kjrb", "digitalpaper.stdaily.com/http_www.kjrb.com/kjrb", lambda: classic(DATE)),
    "founder-nbs": ("rmrb", "paper.people.com.cn/rmrb", lambda: nbs(DATE)),
    "founder-pc": ("jjrb", "paper.ce.cn", lambda: pc(DATE, "经济日报")),
}


def write_mirror(root: Path, files: Mirror, prefix: str = "") -> Path:
    """Every file of the mirror below root/prefix; returns that folder."""
    base = root / prefix if prefix else root
    for relative, data in files.items():
        path = base / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return base


def golden(system: str) -> str:
    return (GOLDEN / f"{system}.yaml").read_text(encoding="utf-8")
