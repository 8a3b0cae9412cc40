"""`list`, `check`, `cat`, `search` and `import`: issue files without the reader."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from paperterm.cli.parser import UsageError
from paperterm.cli.resolve import load
from paperterm.model.library import parse_when, scan
from paperterm.model.loader import check_file, load_issue
from paperterm.model.problems import IssueFileError
from paperterm.state.paths import cache_dir, library_dir


def cmd_import(args: argparse.Namespace) -> int:
    from paperterm.model.importer.issue import Source, import_issue
    from paperterm.model.importer.text import ImportProblem, decode
    from paperterm.model.loader import slug

    date = parse_when(args.date)
    if date is None:
        raise UsageError(f"--date must be a real date like 2024-11-19, not {args.date!r}")
    sources = []
    for name in args.inputs:
        try:
            sources.append(Source(name, decode(Path(name).read_bytes(), args.encoding)))
        except OSError as exc:
            raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
        except ImportProblem as exc:
            print(f"paperterm: {name}: {exc}", file=sys.stderr)
            return 1
    if args.paper_id is not None and slug(args.paper_id) != args.paper_id:
        raise UsageError("--paper-id must use only a-z, 0-9 and '-'")
    try:
        result = import_issue(
            sources,
            date=date,
            paper=args.paper,
            paper_id=args.paper_id,
            first_page=args.page,
            page_name=args.name,
        )
    except ImportProblem as exc:
        print(f"paperterm: {exc}", file=sys.stderr)
        return 1
    if args.report:
        for note in result.notes:
            print(note, file=sys.stderr)
    if result.problems:
        for problem in result.problems:
            print(f"paperterm: {problem}", file=sys.stderr)
        return 1
    if args.output is None and args.into is None:
        sys.stdout.write(result.yaml)
        return 0
    path = (
        Path(args.output)
        if args.output
        else Path(args.into) / result.issue.paper_id / f"{date.isoformat()}.yaml"
    )
    if path.exists() and not args.force:
        print(f"paperterm: {path} exists; add --force to replace it", file=sys.stderr)
        return 1
    _write_atomically(path, result.yaml)
    print(
        f"wrote {path}: {len(result.issue.pages)} pages, {sum(1 for _ in result.issue.articles())} articles"
    )
    return 0


def _write_atomically(path: Path, text: str) -> None:
    """Temp file in the same folder, then rename: a crash never leaves half an issue."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def cmd_list(args: argparse.Namespace) -> int:
    from paperterm.state.summaries import SummaryCache

    library = library_dir(args.library)
    refs = [r for r in scan(library) if args.paper is None or r.paper_id == args.paper]
    cache = SummaryCache(cache_dir() / "summaries.json")
    status = 0
    for ref in refs:
        try:
            summary = cache.get(ref.path, lambda p, ref=ref: load_issue(p, ref.paper_id))
        except IssueFileError as exc:
            print(f"paperterm: {exc.problems[0]}", file=sys.stderr)
            status = 1
            continue
        counts = f"{summary.pages} pages  {summary.articles} articles"
        print(f"{ref.date.isoformat()}  {summary.paper_id:<8} {summary.paper}  {counts}")
    cache.save()
    if not refs:
        print(f"paperterm: no issues found in {library}", file=sys.stderr)
    return status


def cmd_check(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        issue, problems = check_file(name)
        for problem in problems:
            print(problem)
        if issue is None:
            status = 1
    return status


def cmd_cat(args: argparse.Namespace) -> int:
    from paperterm.model.plaintext import article_lines, page_header

    issue = load(args)
    if args.script:
        from paperterm.model.script import MODES, Script

        issue = Script(MODES[args.script], issue.language).issue(issue)
    width = _terminal_width()
    pages = [p for p in issue.pages if args.page is None or p.number == args.page]
    if not pages:
        raise UsageError(
            f"issue has no page {args.page}; pages are {', '.join(str(p.number) for p in issue.pages)}"
        )
    chunks: list[list[str]] = []
    for page in pages:
        chosen = [a for a in page.articles if args.article is None or a.id == args.article]
        for n, article in enumerate(chosen):
            lines = article_lines(page, article, width)
            chunks.append([page_header(page), *lines] if n == 0 and not args.article else lines)
    if not chunks:
        ids = ", ".join(a.id for p in pages for a in p.articles)
        raise UsageError(f"no article '{args.article}' in this issue; ids are: {ids}")
    print("\n\n".join("\n".join(chunk).rstrip("\n") for chunk in chunks))
    return 0


def _terminal_width() -> int | None:
    """Wrap only for a person at a terminal; pipes get one paragraph per line."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return min(shutil.get_terminal_size().columns, 80)


def cmd_search(args: argparse.Namespace) -> int:
    from paperterm.model.fold import opencc_fold
    from paperterm.model.search import search_issue

    issue = load(args)
    hits = search_issue(issue, args.query, opencc_fold(cache_dir() / "fold.json"))
    for hit in hits:
        print(f"{hit.article_id}\t{hit.page}\t{hit.snippet}")
    return 0 if hits else 1
