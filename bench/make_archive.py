"""Generate a synthetic library: the sample's paragraphs shuffled into years of daily issues.

Deterministic by seed. One paper writes `LIB/YYYY-MM-DD.yaml`; several write
`LIB/<paper-id>/YYYY-MM-DD.yaml`. Page 1's second article of every issue is
continued on page 2 (`continued_on` / `continued_from`, same title), so the
archive has continuations to follow.

    python -m bench.make_archive LIB [--years 10] [--papers 1] [--pages 8] [--articles 8]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from bench.paths import SAMPLE
from paperterm.model.loader import load_issue

PAPERS = (("sxrb", "山西日报"), ("tyrb", "太原日报"), ("lfrb", "临汾日报"))
START = dt.date(2015, 1, 1)
YEARS = 10


def _q(text: str) -> str:
    """A JSON string is a valid YAML double-quoted scalar: exact text, no escaping rules of our own."""
    return json.dumps(text, ensure_ascii=False)


def _pools() -> tuple[list[str], list[str]]:
    sample = load_issue(SAMPLE)
    titles = [a.title for _, a in sample.articles()]
    paragraphs = [p for _, a in sample.articles() for p in a.paragraphs]
    return titles, paragraphs


def issue_text(
    date: dt.date, paper: tuple[str, str], rng: random.Random, pages: int, articles: int, pools: tuple
) -> str:
    """One issue's YAML."""
    titles, paragraphs = pools
    out = [
        "format: paperterm/1",
        f"paper: {paper[1]}",
        f"paper_id: {paper[0]}",
        f"date: {date.isoformat()}",
        "pages:",
    ]
    continued_title = None
    for number in range(1, pages + 1):
        out += [f"- number: {number}", f"  name: 版{number}", "  articles:"]
        for n in range(articles):
            title = rng.choice(titles)
            extra: list[str] = []
            if number == 1 and n == 1 and pages > 1:
                continued_title = title
                extra = ["    continued_on: 2"]
            elif number == 2 and n == 0 and continued_title is not None:
                title = continued_title
                extra = ["    continued_from: 1"]
            out += [f"  - id: p{number}a{n}", f"    title: {_q(title)}", "    body:"]
            out += [f"    - {_q(p)}" for p in rng.sample(paragraphs, rng.randint(1, 3))]
            out += extra
    return "\n".join(out) + "\n"


def make_archive(
    root: Path,
    *,
    days: int = 3650,
    papers: int = 1,
    pages: int = 8,
    articles: int = 8,
    seed: int = 1,
    gap: int = 0,
    start: dt.date = START,
) -> list[Path]:
    """Write the library and return the files written; every `gap`-th day has no issue."""
    pools = _pools()
    written: list[Path] = []
    for index, paper in enumerate(PAPERS[:papers]):
        rng = random.Random(seed * 1000 + index)
        folder = root if papers == 1 else root / paper[0]
        folder.mkdir(parents=True, exist_ok=True)
        for day in range(days):
            if gap and day % gap == gap - 1:
                continue
            date = start + dt.timedelta(days=day)
            path = folder / f"{date.isoformat()}.yaml"
            path.write_text(issue_text(date, paper, rng, pages, articles, pools), encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    last = START + dt.timedelta(days=round(YEARS * 365) - 1)
    ids = ", ".join(paper_id for paper_id, _ in PAPERS)
    parser = argparse.ArgumentParser(
        prog="python -m bench.make_archive",
        description=f"Write a synthetic library into LIB: the sample's paragraphs shuffled into one issue a "
        f"day per paper, every day from {START} on (the default {YEARS:g} years: {START} to {last}). "
        f"One paper writes LIB/YYYY-MM-DD.yaml; several write LIB/<paper-id>/YYYY-MM-DD.yaml, for "
        f"{ids} in that order. Files already there are overwritten. The same arguments give the "
        "same files.",
    )
    parser.add_argument("root", type=Path, metavar="LIB", help="the library folder (made if missing)")
    parser.add_argument(
        "--years",
        type=float,
        default=YEARS,
        help=f"how many years of days, from {START}: round(YEARS * 365) issues per paper (default {YEARS:g})",
    )
    parser.add_argument("--papers", type=int, default=1, choices=[1, 2, 3], help="papers (default 1)")
    parser.add_argument("--pages", type=int, default=8, help="pages per issue (default 8)")
    parser.add_argument("--articles", type=int, default=8, help="articles per page (default 8)")
    parser.add_argument("--seed", type=int, default=1, help="what the shuffle starts from (default 1)")
    args = parser.parse_args(argv)
    files = make_archive(
        args.root,
        days=round(args.years * 365),
        papers=args.papers,
        pages=args.pages,
        articles=args.articles,
        seed=args.seed,
    )
    print(f"wrote {len(files)} issues under {args.root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
