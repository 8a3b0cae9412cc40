"""Generate a library that looks like real news to a search: a long tail of words seen once.

The sample-shuffling archive (bench/make_archive.py) puts nearly every word in nearly
every issue, which flatters an index. Here each article's words are drawn by their
frequency in jieba's dictionary (349,000 words with counts from a large Chinese corpus:
a Zipf-like distribution over a large vocabulary), and people's names, places and
organisations are drawn uniformly from their tens of thousands, with numbers, so most
of them appear in a handful of articles. Issues have 8–16 pages of 3–8 articles, whose
length (≈300–2,500 characters) is that of a daily's news; page 1's second article is
continued on page 2, as in make_archive. Deterministic by seed.

The dictionary is read at run time from jieba's source package (`pip download --no-deps
jieba==0.42.1`, kept in a cache folder, never committed).

    python -m bench.realistic_corpus LIB [--years 10] [--papers 1] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import random
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import NamedTuple

from bench.make_archive import PAPERS, START, YEARS, _q

JIEBA = "jieba==0.42.1"
SDIST = "jieba-0.42.1.tar.gz"
MEMBER = "jieba-0.42.1/jieba/dict.txt"
RARE_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt"})  # people, places, organisations
HAN = re.compile(r"[\u4e00-\u9fff]+")
UNITS = ("万元", "亿元", "户", "人", "吨", "公里", "个", "项", "%", "家", "亩")


class Vocabulary(NamedTuple):
    """Common words with cumulative weights (their counts), and the rare proper names."""

    words: list[str]
    cum_weights: list[int]
    names: list[str]


def cache_folder() -> Path:
    """Where the dictionary's package is kept between runs ($PAPERTERM_BENCH_CACHE overrides):
    outside HOME, which the tests replace for every test."""
    return Path(os.environ.get("PAPERTERM_BENCH_CACHE") or Path(tempfile.gettempdir()) / "paperterm-bench")


def dictionary_text(cache: Path | None = None) -> str:
    """jieba's dict.txt, downloading its package once; RuntimeError if pip cannot get it."""
    folder = cache or cache_folder()
    sdist = folder / SDIST
    if not sdist.exists():
        folder.mkdir(parents=True, exist_ok=True)
        argv = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", JIEBA]
        done = subprocess.run([*argv, "-d", str(folder)], capture_output=True, text=True, check=False)
        if done.returncode or not sdist.exists():
            raise RuntimeError(f"cannot download {JIEBA} for its dictionary: {done.stderr.strip()[-300:]}")
    with tarfile.open(sdist) as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise RuntimeError(f"{sdist} has no {MEMBER}")
        return member.read().decode("utf-8")


def vocabulary(text: str) -> Vocabulary:
    """Words of Chinese script only; proper names apart, so they can be made rare."""
    words: list[str] = []
    counts: list[int] = []
    names: list[str] = []
    for line in text.splitlines():
        word, count, tag = line.split(" ")
        if not HAN.fullmatch(word):
            continue
        if tag in RARE_TAGS:
            names.append(word)
        else:
            words.append(word)
            counts.append(int(count))
    return Vocabulary(words, list(itertools.accumulate(counts)), names)


def _sentence(vocab: Vocabulary, rng: random.Random) -> str:
    words = rng.choices(vocab.words, cum_weights=vocab.cum_weights, k=rng.randint(8, 24))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words) + 1), rng.choice(vocab.names))
    if rng.random() < 0.15:
        words.insert(rng.randrange(len(words) + 1), f"{rng.randint(2, 9999)}{rng.choice(UNITS)}")
    for comma in range(rng.randint(4, 9), len(words) - 2, rng.randint(5, 9)):
        words[comma] += "，"
    return "".join(words) + "。"


def _paragraph(vocab: Vocabulary, rng: random.Random) -> str:
    return "".join(_sentence(vocab, rng) for _ in range(rng.randint(2, 6)))


def _title(vocab: Vocabulary, rng: random.Random) -> str:
    words = rng.choices(vocab.words, cum_weights=vocab.cum_weights, k=rng.randint(3, 6))
    if rng.random() < 0.4:
        words.insert(0, rng.choice(vocab.names))
    return "".join(words)


def issue_text(date: dt.date, paper: tuple[str, str], rng: random.Random, vocab: Vocabulary) -> str:
    """One issue's YAML: 8–16 pages of 3–8 articles, each of 2–9 paragraphs."""
    out = [
        "format: paperterm/1",
        f"paper: {paper[1]}",
        f"paper_id: {paper[0]}",
        f"date: {date.isoformat()}",
        "pages:",
    ]
    continued_title = ""
    for number in range(1, rng.randint(8, 16) + 1):
        out += [f"- number: {number}", f"  name: 版{number}", "  articles:"]
        for n in range(rng.randint(3, 8)):
            title, extra = _title(vocab, rng), []
            if number == 1 and n == 1:
                continued_title, extra = title, ["    continued_on: 2"]
            elif number == 2 and n == 0:
                title, extra = continued_title, ["    continued_from: 1"]
            out += [f"  - id: p{number}a{n}", f"    title: {_q(title)}", "    body:"]
            out += [f"    - {_q(_paragraph(vocab, rng))}" for _ in range(rng.randint(2, 9))]
            out += extra
    return "\n".join(out) + "\n"


def make_corpus(
    root: Path, *, days: int, papers: int = 1, seed: int = 1, vocab: Vocabulary | None = None
) -> list[Path]:
    """Write one issue a day per paper from START (LIB/DATE.yaml, or LIB/<paper-id>/DATE.yaml
    for several papers, as make_archive does) and return the files in date order per paper."""
    vocab = vocab or vocabulary(dictionary_text())
    written: list[Path] = []
    for index, paper in enumerate(PAPERS[:papers]):
        rng = random.Random(seed * 1000 + index)
        folder = root if papers == 1 else root / paper[0]
        folder.mkdir(parents=True, exist_ok=True)
        for day in range(days):
            date = START + dt.timedelta(days=day)
            path = folder / f"{date.isoformat()}.yaml"
            path.write_text(issue_text(date, paper, rng, vocab), encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    ids = ", ".join(paper_id for paper_id, _ in PAPERS)
    parser = argparse.ArgumentParser(
        prog="python -m bench.realistic_corpus",
        description=f"Write a library of made-up news into LIB, words drawn by their frequency in "
        f"jieba's dictionary ({JIEBA}, downloaded once into {cache_folder()}), one issue a day per "
        f"paper from {START}. One paper writes LIB/YYYY-MM-DD.yaml; several write "
        f"LIB/<paper-id>/YYYY-MM-DD.yaml, for {ids} in that order. The same arguments give the same files.",
    )
    parser.add_argument("root", type=Path, metavar="LIB", help="the library folder (made if missing)")
    parser.add_argument(
        "--years", type=float, default=YEARS, help=f"round(YEARS * 365) issues per paper (default {YEARS:g})"
    )
    parser.add_argument("--papers", type=int, default=1, choices=[1, 2, 3], help="papers (default 1)")
    parser.add_argument("--seed", type=int, default=1, help="what the draws start from (default 1)")
    args = parser.parse_args(argv)
    try:
        files = make_corpus(args.root, days=round(args.years * 365), papers=args.papers, seed=args.seed)
    except RuntimeError as exc:
        print(f"bench.realistic_corpus: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(files)} issues under {args.root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
