"""`import --keep-pdf`: the page PDFs copied beside the issue file, and each page told where its own is.

They go into one folder next to the issue, named for it (`2024-11-19.yaml` keeps its PDFs in
`2024-11-19.pages/`), under their own file names: the issue and its pages move together, the
library's scan passes the folder by (its name is no paper id), and the page map finds each
page's PDF by a path relative to the issue file, which never leaves its folder.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from paperterm.cache.atomic import write_atomically
from paperterm.i18n import _
from paperterm.model.issue import Issue
from paperterm.model.loader import pdf_path_problem


class KeepProblem(Exception):
    """A PDF that cannot be kept; the message is the line to print after `paperterm: `."""


def pages_folder(issue_path: Path) -> Path:
    """Where an issue file's page PDFs are kept."""
    return issue_path.with_name(f"{issue_path.stem}.pages")


def keep_pdfs(issue: Issue, origins: dict[int, tuple[str, int]], issue_path: Path, *, force: bool) -> Issue:
    """Copy each source PDF into the issue's pages folder and name it on every page printed from it.

    Every copy is checked before any is made: a different file already there is refused without
    `force`, and the same file is left as it is. Raises KeepProblem.
    """
    folder = pages_folder(issue_path)
    names = _names(dict.fromkeys(file for file, _place in origins.values()))
    copies: list[tuple[Path, bytes]] = []
    for source, name in names.items():
        target = folder / name
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise KeepProblem(
                _("{path}: cannot read it again to keep it: {why}").format(
                    path=source, why=exc.strerror or exc
                )
            ) from None
        if target.is_file() and target.read_bytes() == data:
            continue
        if target.exists() and not force:
            raise KeepProblem(_("{path} exists; add --force to replace it").format(path=target))
        copies.append((target, data))
    for target, data in copies:
        try:
            write_atomically(target, data)
        except OSError as exc:
            raise KeepProblem(
                _("{path}: cannot write: {why}").format(path=target, why=exc.strerror or exc)
            ) from None
    pages_in = Counter(file for file, _place in origins.values())
    pages = []
    for page in issue.pages:
        file, position = origins[page.number]
        pages.append(
            page._replace(
                source_pdf=f"{folder.name}/{names[file]}",
                source_pdf_page=position + 1 if pages_in[file] > 1 else None,
            )
        )
    return issue._replace(pages=tuple(pages))


def _names(sources: dict[str, None]) -> dict[str, str]:
    """A file name in the folder for each source: its own, made safe for an issue path, and made
    unique with -2, -3 … when two sources from different folders share one."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for source in sources:
        own = Path(source).name.replace("\\", "_")
        if pdf_path_problem(own) or own in ("", "."):
            own = "page.pdf"
        stem, suffix = Path(own).stem, Path(own).suffix
        name, serial = own, 1
        while name.casefold() in taken:
            serial += 1
            name = f"{stem}-{serial}{suffix}"
        taken.add(name.casefold())
        names[source] = name
    return names
