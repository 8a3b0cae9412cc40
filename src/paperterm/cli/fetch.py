"""`paperterm fetch`: a day's issue from a paper's 数字报 site into the library."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

from paperterm.cli.grammar import UsageError


def profiles_folder() -> Path:
    """The reader's own site profiles: the config folder's profiles/ (docs/fetch.md)."""
    from paperterm.state.paths import user_dir

    return user_dir("config") / "profiles"


def _progress() -> Callable[[int, int], None] | None:
    """A progress line for a person at a terminal; nothing under cron."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        filled = 30 * done // max(total, 1)
        end = "\n" if done >= total else ""
        print(f"\r[{'#' * filled}{'.' * (30 - filled)}] {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _list(folder: Path) -> int:
    from paperterm.importer.html.profile import load_profiles

    profiles = load_profiles(folder)
    for paper in sorted(profiles.papers.values(), key=lambda p: p.id):
        systems = ", ".join(dict.fromkeys(e.system for e in paper.editions))
        print(f"{paper.id:<8} {paper.name}  {paper.base}  ({systems})")
    print(f"\nsystems: {', '.join(sorted(profiles.systems))}; your own profiles go in {folder}")
    return 0


def _library(into: str | None) -> Path:
    from paperterm.state.paths import SAMPLE_LIBRARY, library_dir, user_library

    root = library_dir(into)
    return user_library() if root == SAMPLE_LIBRARY else root


def cmd_fetch(args: SimpleNamespace) -> int:
    from paperterm.importer.text import ImportProblem

    folder = profiles_folder()
    try:
        if args.list:
            return _list(folder)
        return _fetch(args, folder)
    except ImportProblem as exc:
        print(f"paperterm: {exc}", file=sys.stderr)
        return 1


def _fetch(args: SimpleNamespace, folder: Path) -> int:
    from paperterm.cache.atomic import write_atomically
    from paperterm.cli.outcome import say
    from paperterm.fetch.client import Client, FetchError
    from paperterm.fetch.issue import fetch_issue, latest
    from paperterm.fetch.store import Store
    from paperterm.importer.html.profile import load_profiles
    from paperterm.model.library import parse_when
    from paperterm.state.paths import cache_dir

    if args.paper is None:
        raise UsageError("which paper? give its id (paperterm fetch --list shows them)")
    profiles = load_profiles(folder)
    paper = profiles.papers.get(args.paper)
    if paper is None:
        known = ", ".join(sorted(profiles.papers))
        raise UsageError(f"no profile for {args.paper!r}; known: {known} (or add one in {folder})")
    date: dt.date | None = None
    if args.when not in (None, "latest"):
        date = parse_when(args.when)
        if date is None:
            raise UsageError(f"not a date (YYYY-MM-DD, YYYYMMDD or 'latest'): {args.when!r}")
    if args.delay < 0:
        raise UsageError("--delay must be 0 or more seconds")
    store = Store(cache_dir() / "fetch", Client(delay=args.delay, backoff=2 * args.delay))
    try:
        day = date or latest(paper, profiles, store)
        target = _library(args.into) / paper.id / f"{day.isoformat()}.yaml"
        if target.exists() and not args.force:
            if sys.stdout.isatty():
                print(f"{target} is there already (--force fetches it again)")
            return 0
        crawled = fetch_issue(paper, profiles, day, store, _progress())
        result = crawled.imported
        if not say(result, args.report):
            return 1
        pdfs = {n: store.get(url) for n, url in crawled.pdfs.items()} if args.pdf else {}
    except FetchError as exc:
        print(f"paperterm: {exc} (what was fetched is kept for the next try)", file=sys.stderr)
        return 1
    except OSError as exc:  # the cache folder: full, read-only, gone
        print(
            f"paperterm: {getattr(exc, 'filename', None) or store.root}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 1
    try:
        for number, data in pdfs.items():
            if data is not None:
                write_atomically(target.with_suffix("") / f"page-{number:02d}.pdf", data)
        write_atomically(target, result.yaml)
    except OSError as exc:
        print(f"paperterm: {target}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if sys.stdout.isatty():
        pages, articles = len(result.issue.pages), sum(1 for _ in result.issue.articles())
        print(f"wrote {target}: {pages} pages, {articles} articles ({store.fetched} downloads)")
    return 0
