"""`list`, `check`, `cat`, `search` and `import`: issue files without the reader."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from paperterm.cli.grammar import UsageError
from paperterm.i18n import _
from paperterm.model.library import parse_when
from paperterm.state.paths import cache_dir

if TYPE_CHECKING:
    import datetime as dt

    from paperterm.cache.search_index import ArchiveHit
    from paperterm.cache.summaries import Summary
    from paperterm.importer.issue import Imported
    from paperterm.model.library import IssueRef
    from paperterm.state.reading import IssueRecord


def cmd_import(args: SimpleNamespace) -> int:
    """Page PDFs, or page text, to a checked issue file; a PDF is known by its header, not its name."""
    from paperterm.cache.atomic import write_atomically
    from paperterm.cli.outcome import say
    from paperterm.importer.pdf.sniff import describe, is_html, is_pdf
    from paperterm.importer.text import ImportProblem
    from paperterm.model.loader import slug

    folders = [name for name in args.inputs if Path(name).is_dir()]
    heads = {name: _head(name) for name in args.inputs if name not in folders}
    date = None if args.date is None else parse_when(args.date)
    if args.date is not None and date is None:
        raise UsageError(f"--date must be a real date like 2024-11-19, not {args.date!r}")
    if args.paper_id is not None and slug(args.paper_id) != args.paper_id:
        raise UsageError("--paper-id must use only a-z, 0-9 and '-'")
    pdfs = [name for name, head in heads.items() if is_pdf(head)]
    pages = folders + [name for name, head in heads.items() if is_html(head)]
    others = [name for name in heads if name not in pdfs and name not in pages]
    if args.keep_pdf and (pages or others):
        raise UsageError(_("--keep-pdf keeps page PDFs; {name} is not one").format(name=(pages or others)[0]))
    if args.keep_pdf and args.output is None and args.into is None:
        raise UsageError(_("--keep-pdf needs -o FILE or --into LIBRARY: the PDFs go beside the issue file"))
    try:
        if pages:
            if pdfs or others:
                mixed = (pdfs or others)[0]
                raise UsageError(f"{pages[0]} is a saved e-paper site, {mixed} is not; import them apart")
            result = _import_pages(args, date, pages)
        elif pdfs and others:
            what = describe(heads[others[0]])
            if what != "page text":
                print(f"paperterm: {others[0]}: not a PDF ({what})", file=sys.stderr)
                return 1
            raise UsageError(f"{others[0]} is page text, {pdfs[0]} a PDF; import PDFs and text files apart")
        else:
            result = _import_pdfs(args, date) if pdfs else _import_text(args, date, heads)
    except ImportProblem as exc:
        print(f"paperterm: {exc}", file=sys.stderr)
        return 1
    if not say(result, args.report):
        return 1
    if args.output is None and args.into is None:
        sys.stdout.write(result.yaml)
        return 0
    issue = result.issue
    name = f"{issue.date.isoformat()}.yaml"
    path = Path(args.output) if args.output else Path(args.into) / issue.paper_id / name
    if path.exists() and not args.force:
        print(f"paperterm: {path} exists; add --force to replace it", file=sys.stderr)
        return 1
    if args.output and not path.parent.is_dir():  # --into makes the paper's folder; -o makes none
        print(f"paperterm: {path}: no folder {path.parent}; make it first", file=sys.stderr)
        return 1
    text = result.yaml
    if args.keep_pdf:
        from paperterm.cli.keep_pdf import KeepProblem, keep_pdfs, pages_folder
        from paperterm.model.writer import dump_issue

        try:
            issue = keep_pdfs(issue, result.origins, path, force=args.force)
        except KeepProblem as exc:
            print(f"paperterm: {exc}", file=sys.stderr)
            return 1
        text = dump_issue(issue)
        kept = len({p.source_pdf for p in issue.pages})
        said = _("kept {count} PDF in {folder}") if kept == 1 else _("kept {count} PDFs in {folder}")
        print(said.format(count=kept, folder=pages_folder(path)))
    write_atomically(path, text)
    print(f"wrote {path}: {len(issue.pages)} pages, {sum(1 for _ in issue.articles())} articles")
    return 0


def _head(name: str) -> bytes:
    """The first bytes of an input, which say what it is."""
    from paperterm.importer.pdf.sniff import HEAD

    try:
        with open(name, "rb") as file:
            return file.read(HEAD)
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None


def _import_pages(args: SimpleNamespace, date: dt.date | None, pages: list[str]) -> Imported:
    """Saved e-paper pages (a `wget -r` mirror, or pages saved from a browser): as `fetch` reads them."""
    from paperterm.cli.fetch import profiles_folder
    from paperterm.importer.html import import_html

    for given, option in ((args.page, "--page"), (args.name, "--name"), (args.encoding, "--encoding")):
        if given is not None:
            raise UsageError(f"{option} is for page text; a saved site numbers, names and encodes its pages")
    paths = [Path(name) for name in pages]
    return import_html(paths, paper=args.paper, paper_id=args.paper_id, date=date, profiles=profiles_folder())


def _import_pdfs(args: SimpleNamespace, date: dt.date | None) -> Imported:
    """Page PDFs: the masthead gives what the command line leaves out, running heads number the pages."""
    from paperterm.importer.pdf import import_pdfs

    for given, option in ((args.page, "--page"), (args.name, "--name"), (args.encoding, "--encoding")):
        if given is not None:
            raise UsageError(f"{option} is for page text; a PDF's running heads number and name its pages")
    paths = [Path(name) for name in args.inputs]
    return import_pdfs(paths, paper=args.paper, paper_id=args.paper_id, date=date)


def _import_text(args: SimpleNamespace, date: dt.date | None, heads: dict[str, bytes]) -> Imported:
    """Page text from pdftotext: the date and the paper must be given."""
    from paperterm.importer.issue import Source, import_issue
    from paperterm.importer.pdf.sniff import describe, looks_like_text
    from paperterm.importer.text import ImportProblem, decode

    if date is None or args.paper is None:
        raise UsageError("page text needs --date and --paper (a PDF's masthead gives them)")
    sources = []
    for name in args.inputs:
        if not looks_like_text(heads[name]) and heads[name]:
            raise ImportProblem(f"{name}: neither a PDF nor page text ({describe(heads[name])})")
        try:
            sources.append(Source(name, decode(Path(name).read_bytes(), args.encoding)))
        except OSError as exc:
            raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
        except ImportProblem as exc:
            raise ImportProblem(f"{name}: {exc}") from None
    first = args.page or 1
    return import_issue(
        sources, date=date, paper=args.paper, paper_id=args.paper_id, first_page=first, page_name=args.name
    )


def cmd_list(args: SimpleNamespace) -> int:
    from paperterm.cache.summaries import SummaryCache
    from paperterm.cli.resolve import paper_group, scan_library
    from paperterm.model.dates import chinese_day_column
    from paperterm.state.reading import ReadingState

    library = scan_library(args.library)
    if not library.refs:
        raise UsageError(f"no issues found in {library.root}")
    refs = library.issues(paper_group(library, args.paper), args.start, args.end)
    cache = SummaryCache(cache_dir() / "summaries.json")
    state = ReadingState.open()
    try:
        progress = {(r.paper_id, r.date): r for r in state.recent()}
    finally:
        state.close()
    rows = []
    for ref in refs:
        summary = cache.get(ref)
        rows.append((ref, summary, progress.get((summary.paper_id, ref.date.isoformat()))))
    cache.save()
    if args.json:
        _dump([_listed(ref, summary, record) for ref, summary, record in rows])
    else:
        for ref, summary, record in rows:
            read = f"{record.read}/{record.total_articles} read" if record else "not opened"
            print(f"{chinese_day_column(ref.date)}  {summary.paper_id:<8} {summary.paper}  {read}")
    if not refs:  # the library has issues, none of them of that paper or in those dates
        print(f"paperterm: no issues found in {library.root} for {_which(args)}", file=sys.stderr)
        return 1
    return 0


def _listed(ref: IssueRef, summary: Summary, record: IssueRecord | None) -> dict[str, object]:
    """An issue as `list --json` gives it: ISO date; read and articles null until it is opened."""
    return {
        "date": ref.date.isoformat(),
        "paper_id": summary.paper_id,
        "paper": summary.paper,
        "path": str(ref.path),
        "read": record.read if record else None,
        "articles": record.total_articles if record else None,
    }


def _dump(rows: list[dict[str, object]]) -> None:
    """Rows as JSON for scripts: machine forms (ISO dates), text as it is."""
    import json

    print(json.dumps(rows, ensure_ascii=False, indent=1))


def _which(args: SimpleNamespace) -> str:
    """The filters of `list`, as the reader gave them."""
    given = [("--paper", args.paper), ("--from", args.start), ("--to", args.end)]
    return " ".join(f"{name} {value}" for name, value in given if value is not None)


def cmd_check(args: SimpleNamespace) -> int:
    from paperterm.cli.resolve import not_a_file
    from paperterm.model.loader import check_file

    status = 0
    for name in args.files:
        if (odd := not_a_file(Path(name))) is not None:
            print(f"{name}: {odd}; not read")
            status = 1
            continue
        issue, problems = check_file(name)
        for problem in problems:
            print(problem)
        if issue is None:
            status = 1
    return status


def cmd_cat(args: SimpleNamespace) -> int:
    from paperterm.cli.resolve import load
    from paperterm.model.plaintext import LABELS, article_lines, page_header

    labels = LABELS

    issue = load(args)
    if args.script:
        from paperterm.model.script import MODES, Script
        from paperterm.state.config import load_config

        config = load_config()  # its quotes and phrases; its other problems are the reader's to show
        script = Script(
            MODES[args.script], issue.language, corner_quotes=config.corner_quotes, phrases=config.phrases
        )
        issue, labels = script.issue(issue), script.labels
    elif issue.language not in ("zh-Hans", "zh-CN"):  # printed in Traditional: our words in it too
        from paperterm.model.script import ORIGINAL, Script

        labels = Script(ORIGINAL, issue.language).labels
    width = _terminal_width()
    pages = [p for p in issue.pages if args.page is None or p.number == args.page]
    if not pages:
        raise UsageError(
            f"issue has no page {args.page}; pages are {', '.join(str(p.number) for p in issue.pages)}"
        )
    chunks: list[list[str]] = []
    for page in pages:
        if not page.articles and args.article is None:  # a page of pictures or adverts only
            from paperterm.i18n import _

            chunks.append([page_header(page), _("(no articles on this page)")])
        chosen = [a for a in page.articles if args.article is None or a.id == args.article]
        for n, article in enumerate(chosen):
            lines = article_lines(page, article, width, labels)
            chunks.append([page_header(page), *lines] if n == 0 and not args.article else lines)
    if not chunks:
        ids = ", ".join(a.id for p in pages for a in p.articles)
        if not ids:
            raise UsageError(f"no article '{args.article}': this issue has no articles")
        raise UsageError(f"no article '{args.article}' in this issue; ids are: {ids}")
    text = "\n\n".join("\n".join(chunk).rstrip("\n") for chunk in chunks)
    if width is None:  # piped: nothing more to import
        print(text)
    else:
        from paperterm.cli.pager import show

        show(text)
    return 0


def _terminal_width() -> int | None:
    """Wrap only for a person at a terminal; pipes get one paragraph per line."""
    if not sys.stdout.isatty():
        return None
    import shutil

    return min(shutil.get_terminal_size().columns, 80)


def cmd_search(args: SimpleNamespace) -> int:
    import sqlite3

    from paperterm.cache.fold_table import opencc_fold
    from paperterm.cache.parse_cache import folder as parse_cache_folder
    from paperterm.cache.search_index import SearchIndex, index_location
    from paperterm.model.query import QueryError, parse_query
    from paperterm.state.paths import library_dir, library_notice

    if args.limit is not None and args.limit < 0:
        raise UsageError("--limit must be 0 (every hit) or more")
    limit = args.limit or None
    fold = opencc_fold(cache_dir() / "fold.json")
    try:
        query = parse_query(args.query, fold)
    except QueryError as exc:
        raise UsageError(str(exc)) from None
    root = library_dir(args.library)  # not listed here: the index lists only folders that changed
    if notice := library_notice(root):
        print(f"paperterm: {notice}", file=sys.stderr)
    try:
        location = index_location(cache_dir(), root)
        index = SearchIndex(location, root, fold, parsed=parse_cache_folder(cache_dir()))
        try:
            report = index.sync(_progress_bar() if sys.stderr.isatty() else None)
            if not index.file_count():
                raise UsageError(f"no issues found in {root}")
            if index.notice:
                print(f"paperterm: {index.notice}", file=sys.stderr)
            for problem in report.problems:
                print(f"paperterm: {problem} (left out of the search)", file=sys.stderr)
            dates = {"paper": args.paper, "start": args.start, "end": args.end}
            if args.count:
                count = index.count(query, **dates)
                print(count)
                return 0 if count else 1
            hits = index.hits(query, **dates, limit=limit, order=args.sort)
            if args.json:
                shown = _print_json(hits, limit)
            else:
                # Reverse video is not a colour: NO_COLOR keeps it (no-color.org).
                shown = _print_hits(hits, limit, color=sys.stdout.isatty(), by_issue=args.sort == "date")
        finally:
            index.close()
    except sqlite3.Error as exc:  # a lock held past the busy timeout, or damage that outlived a rebuild
        print(f"paperterm: the search index failed ({exc}); nothing was searched", file=sys.stderr)
        return 2
    return 0 if shown else 1


def _progress_bar() -> Callable[[int, int], None]:
    """`indexing 120/3650 issues` on one line of a terminal's stderr."""

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\rpaperterm: indexing {done}/{total} issues", end=end, file=sys.stderr, flush=True)

    return show


def _print_json(hits: Iterator[ArchiveHit], limit: int | None) -> int:
    import json

    rows = [
        {
            "paper_id": h.paper_id,
            "paper": h.paper,
            "date": h.date.isoformat(),
            "page": h.page,
            "article_id": h.article_id,
            "title": h.title,
            "snippet": h.snippet,
            "matches": [list(span) for span in h.spans],
            "path": str(h.path),
            "score": h.score,
        }
        for h in itertools.islice(hits, limit)
    ]
    print(json.dumps(rows, ensure_ascii=False, indent=1))
    return len(rows)


def _print_hits(hits: Iterator[ArchiveHit], limit: int | None, *, color: bool, by_issue: bool) -> int:
    """Printed as they are found, each issue's hits under its line (newest first), or each hit
    under its own issue line when ordered by relevance; matches in reverse video on a terminal
    (not a colour: NO_COLOR keeps it).

    The text was cleaned of control characters when the issue was loaded for the index.
    """
    issue: tuple[object, ...] | None = None
    shown = 0
    for hit in itertools.islice(hits, limit):
        if (hit.date, hit.paper_id) != issue or not by_issue:
            sys.stdout.flush()  # the issue before is whole: on its way at once, however many follow
            issue = (hit.date, hit.paper_id)
            print(f"{hit.date.isoformat()}  {hit.paper_id}  {hit.paper}")
        print(f"  第{hit.page}版  {hit.title}  [{hit.article_id}]")
        print(f"    {_marked(hit.snippet, hit.spans, color)}")
        shown += 1
    if limit is not None and shown >= limit:
        print(f"(first {limit} hits; --limit N for more, 0 for all)", file=sys.stderr)
    return shown


def _marked(text: str, spans: tuple[tuple[int, int], ...], color: bool) -> str:
    if not color:
        return text
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], "\x1b[7m", text[start:end], "\x1b[27m"]
        at = end
    return "".join([*out, text[at:]])
