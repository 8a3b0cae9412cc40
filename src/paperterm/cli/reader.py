"""`open`, `recent`, `kept` and `state`: the reader and what it remembers."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from paperterm.cache.parse_cache import folder, load_cached
from paperterm.cli.grammar import UsageError
from paperterm.cli.resolve import candidates, resume_target
from paperterm.model.dates import chinese_day_column
from paperterm.model.library import Library
from paperterm.state.paths import cache_dir, library_dir, library_notice

if TYPE_CHECKING:  # imported where used: every command pays only for what it needs
    from paperterm.state.options import ReaderOptions
    from paperterm.state.reading import ReadingState


def reader_options(
    args: SimpleNamespace, state: ReadingState, library: Library | None = None
) -> ReaderOptions:
    """The options for this run, from the state, the config file and the command line (`choose`)."""
    from paperterm.state.config import load_config
    from paperterm.state.options import ReaderOptions, choose
    from paperterm.state.settings import has_settings, load_settings
    from paperterm.widgets.terminal_pictures import choose_pictures, stdout_is_terminal

    config = load_config()
    settings = load_settings(state) if has_settings(state) else None
    chosen = choose(settings, config, args.script, args.highlight, args.language)
    return ReaderOptions(
        script_on=chosen.script_on,
        script_other=chosen.script_other,
        keywords=chosen.keywords,
        state=state,
        fold_cache=cache_dir() / "fold.json",
        notices=(*config.problems, *_sample_notice(library)),
        library=library,
        cache=cache_dir(),
        language=chosen.language,
        pictures=choose_pictures(config.page_picture, os.environ, stdout_is_terminal()),
    )


def _sample_notice(library: Library | None) -> tuple[str, ...]:
    """In the app, as a notification: printed, it would be hidden behind the reader's screen."""
    notice = library_notice(library.root) if library is not None else None
    return (notice,) if notice else ()


def cmd_open(args: SimpleNamespace) -> int:
    from paperterm.state.reading import ReadingState

    library = Library.scan(library_dir(args.library))
    state = ReadingState.open()
    # Textual, the issue and a library of years, once loaded, live for the whole run: the
    # cyclic collector would walk them again and again while they are made, and while the
    # first frame is built. Off until they are loaded, then frozen out of its passes.
    gc.disable()
    try:
        target = resume_target(args, state, library)
        refs = [target] if target else candidates(args.when or "latest", library, args.paper)
        # Several papers on that day: the app asks which, before it parses any of them.
        issue = load_cached(refs[0].path, refs[0].paper_id, folder(cache_dir())) if len(refs) == 1 else None
        options = reader_options(args, state, library)
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError("open needs a terminal (use `paperterm cat` for text on a pipe)")
        _end_on_hangup_until_the_app_runs()
        from paperterm.app import make_app

        app = make_app(issue, options, refs)
        gc.freeze()
        gc.enable()
        try:
            app.run()
        except Exception:  # before the app could catch it (the terminal driver, say)
            crash: str | None = traceback.format_exc()
        else:
            crash = app.crash
    finally:
        gc.enable()
        state.close()
    if crash is not None:
        from paperterm.cli.crash import report_crash

        return report_crash(crash, vars(args))
    return 0


def _end_on_hangup_until_the_app_runs() -> None:
    """A terminal that goes while Textual starts: end at once (nothing has been read, nothing to
    save). Once running, the app puts its own handlers in place, which save first."""
    import os
    import signal

    for signum in (signal.SIGHUP, signal.SIGTERM):
        signal.signal(signum, lambda number, _frame: os._exit(128 + number))


def cmd_recent(args: SimpleNamespace) -> int:
    import time

    from paperterm.state.reading import ReadingState

    state = ReadingState.open()
    try:
        records = state.recent(args.limit)
    finally:
        state.close()
    if state.notice:
        print(f"paperterm: {state.notice}", file=sys.stderr)
    if args.json:
        import dataclasses
        import json

        print(json.dumps([dataclasses.asdict(r) for r in records], ensure_ascii=False, indent=1))
        return 0
    for r in records:
        opened = time.strftime("%Y-%m-%d %H:%M", time.localtime(r.opened_at))
        last = f"  {r.last_title}" if r.last_title else ""
        day = chinese_day_column(dt.date.fromisoformat(r.date))
        print(f"{day}  {r.paper_id:<8} {r.paper}  {r.read}/{r.total_articles} read  (opened {opened}){last}")
    return 0


def cmd_kept(args: SimpleNamespace) -> int:
    """The kept articles (收藏), newest issue first; converted with --script, each from the script
    its paper is printed in."""
    from paperterm.state.reading import ReadingState

    state = ReadingState.open()
    try:
        kept = state.kept()
    finally:
        state.close()
    if state.notice:
        print(f"paperterm: {state.notice}", file=sys.stderr)
    if args.json:
        import json

        print(json.dumps([k.as_json() for k in kept], ensure_ascii=False, indent=1))
        return 0
    convert = _converter(args.script)
    for k in kept:
        print(k._replace(paper=convert(k.paper, k.language), title=convert(k.title, k.language)).line())
    return 0


def _converter(mode: str | None) -> Callable[[str, str], str]:
    """--script's conversion of text printed in a language (with the config's quotes and phrases):
    kept articles may come from papers printed in either script."""
    if mode is None:
        return lambda text, _language: text
    from paperterm.model.script import MODES, Script
    from paperterm.state.config import load_config

    config = load_config()
    scripts: dict[str, Script] = {}

    def convert(text: str, language: str) -> str:
        if language not in scripts:
            scripts[language] = Script(
                MODES[mode], language, corner_quotes=config.corner_quotes, phrases=config.phrases
            )
        return scripts[language].text(text)

    return convert


def cmd_state(args: SimpleNamespace) -> int:
    import json

    from paperterm.state.reading import ReadingState

    state = ReadingState.open()
    try:
        if state.notice:
            print(f"paperterm: {state.notice}", file=sys.stderr)
        if args.action in ("import", "reset") and state.path is None:
            return 1  # the notice said why: there is no file to change
        if args.action == "path":
            print(state.path if state.path is not None else "(in memory: the state folder cannot be written)")
        elif args.action == "export":
            text = json.dumps(state.export(), ensure_ascii=False, indent=1)
            if args.file and args.file != "-":
                target = Path(args.file)
                if not target.parent.is_dir():
                    print(f"paperterm: {target}: no folder {target.parent}; make it first", file=sys.stderr)
                    return 1
                try:
                    target.write_text(text + "\n", encoding="utf-8")
                except OSError as exc:
                    print(f"paperterm: {target}: cannot write: {exc.strerror}", file=sys.stderr)
                    return 1
            else:
                print(text)
        elif args.action == "import":
            if not args.file:
                raise UsageError("state import needs a FILE (or - for standard input)")
            raw = sys.stdin.read() if args.file == "-" else _read_text(Path(args.file))
            try:
                data = json.loads(raw)
            except json.JSONDecodeError as exc:
                where = "standard input" if args.file == "-" else args.file
                print(f"paperterm: {where}:{exc.lineno}: not JSON ({exc.msg.lower()})", file=sys.stderr)
                return 1
            try:
                state.import_(data)
            except ValueError as exc:
                print(f"paperterm: {args.file}: {exc}", file=sys.stderr)
                return 1
        elif args.action == "reset":
            if not args.yes:
                raise UsageError("state reset forgets every position and mark; add --yes to do it")
            state.reset()
    finally:
        state.close()
    return 0


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None
