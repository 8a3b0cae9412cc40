"""Read and validate `paperterm/1` issue files, with a line number for every problem.

The YAML is composed into nodes (not constructed into Python objects) so that
each value keeps its line, aliases and foreign tags can be refused before they
cost anything, and every problem in a file can be reported at once.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Any

import yaml

from paperterm.i18n import _
from paperterm.model.issue import Article, ArticleKind, Block, Heading, Issue, Page, Region, RegionPart
from paperterm.model.limits import MAX_ARTICLES, MAX_ID, MAX_ISSUE_MB, MAX_PAGE
from paperterm.model.problems import IssueFileError, Problem
from paperterm.model.sanitize import clean

FORMAT = "paperterm/1"
DEFAULT_MAX_MB = 20


def size_limit() -> int:
    """Files larger than this are refused before they are read: $PAPERTERM_MAX_ISSUE_MB, default 20.

    A value that is not a size (not a number, inf, nan, 0 or less, more than MAX_ISSUE_MB)
    gets a one-line warning, once, and the default.
    """
    raw = os.environ.get("PAPERTERM_MAX_ISSUE_MB", "").strip()
    try:
        megabytes = float(raw) if raw else DEFAULT_MAX_MB
    except ValueError:
        megabytes = math.nan
    if not 0 < megabytes <= MAX_ISSUE_MB:  # nan fails this too
        if raw not in _WARNED:
            _WARNED.add(raw)
            print(
                f"paperterm: PAPERTERM_MAX_ISSUE_MB={raw!r} is not a size from 0 to {MAX_ISSUE_MB} MB; "
                f"using {DEFAULT_MAX_MB} MB",
                file=sys.stderr,
            )
        megabytes = DEFAULT_MAX_MB
    return max(int(megabytes * 1024 * 1024), 1)


_WARNED: set[str] = set()


MAX_DEPTH = 12

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_NULL = "tag:yaml.org,2002:null"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DATE_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_KINDS: tuple[ArticleKind, ...] = ("article", "photo", "brief")
_PARTS: tuple[RegionPart, ...] = ("headline", "body", "photo", "caption")
_NUMBERS = yaml.constructor.SafeConstructor()
"""Reads YAML 1.1 numbers (1_000, 017, 1:30, .inf) as the safe loader would."""
EDGE = 1.0
"""Points by which a region may overrun its page's edge: rounding, a hairline rule."""
_LANGUAGES = ("zh-Hans", "zh-Hant", "zh-CN", "zh-TW", "zh-HK")

_TOP_KEYS = {"format", "paper", "paper_id", "date", "edition", "language", "source", "pages"}
_PAGE_KEYS = {"number", "name", "size", "source_pdf", "source_pdf_page", "articles"}
_REGION_KEYS = {"part", "box"}
_TEXT_FIELDS = ("series", "kicker", "subtitle", "dateline", "byline", "caption", "credit")
_ARTICLE_KEYS = {
    "id",
    "kind",
    "title",
    "body",
    "continued_on",
    "continued_from",
    "continues",
    "regions",
    *_TEXT_FIELDS,
}


def slug(text: str) -> str:
    """A stable `[a-z0-9-]+` id for a name; non-Latin names get a checksum slug."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words) if words else f"p{zlib.crc32(text.encode('utf-8')):08x}"


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


class _Checker:
    """Walks the node tree of one file, collecting problems as it builds the Issue."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def error(self, node: yaml.Node | int, message: str) -> None:
        line = node if isinstance(node, int) else _line(node)
        self.problems.append(Problem(self.path, line, message))

    def warn(self, node: yaml.Node, message: str) -> None:
        self.problems.append(Problem(self.path, _line(node), message, "warning"))

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, f"{what} must be a mapping of keys to values")
            return None
        items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not (isinstance(key, yaml.ScalarNode) and key.tag == _STR):
                self.error(key, f"{what} has a key that is not text")
                continue
            if key.value in items:
                self.error(key, f"duplicate key '{clean(key.value)}' in {what}")
                continue
            items[key.value] = (key, value)
        return items

    def unknown_keys(self, items: dict[str, tuple[yaml.Node, yaml.Node]], known: set[str], what: str) -> None:
        for name, (key, _value) in items.items():
            if name not in known:
                self.warn(key, f"unknown key '{clean(name)}' in {what} (ignored)")

    def text(
        self,
        items: dict[str, tuple[yaml.Node, yaml.Node]],
        name: str,
        what: str,
        *,
        required: bool = False,
        at: yaml.Node,
    ) -> str | None:
        if name not in items:
            if required:
                self.error(at, f"{what} is missing required '{name}'")
            return None
        node = items[name][1]
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL and not required:
            return None
        if not isinstance(node, yaml.ScalarNode) or node.tag not in (_STR, _INT):
            self.error(node, f"'{name}' in {what} must be text")
            return None
        value = clean(node.value).strip()
        if required and not value:
            self.error(node, f"'{name}' in {what} must not be empty")
            return None
        return value or None

    def integer(
        self,
        items: dict[str, tuple[yaml.Node, yaml.Node]],
        name: str,
        what: str,
        *,
        required: bool = False,
        at: yaml.Node,
    ) -> int | None:
        if name not in items:
            if required:
                self.error(at, f"{what} is missing required '{name}'")
            return None
        node = items[name][1]
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL and not required:
            return None
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _INT):
            self.error(node, f"'{name}' in {what} must be a whole number")
            return None
        try:
            value = int(node.value.replace("_", ""), 0)
        except ValueError:
            self.error(node, f"'{name}' in {what} must be a whole number")
            return None
        if value < 1:
            self.error(node, f"'{name}' in {what} must be 1 or more")
            return None
        if value > MAX_PAGE:
            self.error(node, f"'{name}' in {what} must be a page number up to {MAX_PAGE}")
            return None
        return value

    def date(self, items: dict[str, tuple[yaml.Node, yaml.Node]], at: yaml.Node) -> dt.date | None:
        if "date" not in items:
            self.error(at, "issue is missing required 'date'")
            return None
        node = items["date"][1]
        if not (isinstance(node, yaml.ScalarNode) and node.tag in (_STR, _TIMESTAMP)):
            self.error(node, "'date' must be a date like 2024-11-19")
            return None
        try:
            return dt.date.fromisoformat(node.value.strip())
        except ValueError:
            self.error(node, f"'date' is not a real date: {clean(node.value)!r}")
            return None

    def issue(self, root: yaml.Node, default_paper_id: str | None) -> Issue | None:
        items = self.mapping(root, "the issue")
        if items is None:
            return None
        self.unknown_keys(items, _TOP_KEYS, "the issue")
        fmt = self.text(items, "format", "the issue", required=True, at=root)
        if fmt is not None and fmt != FORMAT:
            self.error(items["format"][1], f"unsupported format {fmt!r}; expected {FORMAT!r}")
        paper = self.text(items, "paper", "the issue", required=True, at=root)
        paper_id = self.text(items, "paper_id", "the issue", at=root)
        if paper_id is not None and not _SLUG.fullmatch(paper_id):
            self.error(items["paper_id"][1], "'paper_id' must use only a-z, 0-9 and '-'")
        date = self.date(items, root)
        language = self.text(items, "language", "the issue", at=root) or "zh-Hans"
        if language not in _LANGUAGES:
            self.error(items["language"][1], f"'language' must be one of {', '.join(_LANGUAGES)}")
        pages = self.pages(items, root)
        if paper is None or date is None or pages is None or self.has_errors():
            return None
        return Issue(
            paper=paper,
            paper_id=paper_id or default_paper_id or slug(paper),
            date=date,
            pages=pages,
            edition=self.text(items, "edition", "the issue", at=root),
            language=language,
            source=self.text(items, "source", "the issue", at=root),
        )

    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def pages(
        self, items: dict[str, tuple[yaml.Node, yaml.Node]], root: yaml.Node
    ) -> tuple[Page, ...] | None:
        if "pages" not in items:
            self.error(root, "issue is missing required 'pages'")
            return None
        node = items["pages"][1]
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.error(node, "'pages' must be a list of at least one page")
            return None
        pages: list[Page] = []
        seen_numbers: dict[int, int] = {}
        seen_ids: dict[str, int] = {}
        for page_node in node.value:
            page = self.page(page_node, seen_ids)
            if page is None:
                continue
            if page.number in seen_numbers:
                self.error(
                    page_node,
                    f"duplicate page number {page.number} (first at line {seen_numbers[page.number]})",
                )
                continue
            seen_numbers[page.number] = _line(page_node)
            pages.append(page)
        if len(seen_ids) > MAX_ARTICLES:
            self.error(node, f"more than {MAX_ARTICLES:,} articles in one issue")
        return tuple(pages)

    def page(self, node: yaml.Node, seen_ids: dict[str, int]) -> Page | None:
        items = self.mapping(node, "a page")
        if items is None:
            return None
        self.unknown_keys(items, _PAGE_KEYS, "a page")
        number = self.integer(items, "number", "a page", required=True, at=node)
        what = f"page {number}" if number else "a page"
        name = self.text(items, "name", what, at=node)
        size = self.size(items, what)
        source_pdf = self.source_pdf(items, what, node)
        source_pdf_page = self.integer(items, "source_pdf_page", what, at=node)
        if source_pdf_page is not None and source_pdf is None and "source_pdf" not in items:
            self.error(
                items["source_pdf_page"][0],
                _("'source_pdf_page' in {what} needs a 'source_pdf'").format(what=what),
            )
        articles: list[Article] = []
        if "articles" in items:
            list_node = items["articles"][1]
            if isinstance(list_node, yaml.SequenceNode):
                for n, art_node in enumerate(list_node.value, start=1):
                    default = f"p{number}-{n}" if number is not None else f"no. {n} of {what}"
                    article = self.article(art_node, default, seen_ids, size)
                    if article is not None:
                        articles.append(article)
            elif not (isinstance(list_node, yaml.ScalarNode) and list_node.tag == _NULL):
                self.error(list_node, f"'articles' in {what} must be a list")
        if number is None:
            return None
        return Page(
            number=number,
            name=name,
            articles=tuple(articles),
            size=size,
            source_pdf=source_pdf,
            source_pdf_page=source_pdf_page,
        )

    def source_pdf(
        self, items: dict[str, tuple[yaml.Node, yaml.Node]], what: str, at: yaml.Node
    ) -> str | None:
        """The page's PDF: a relative path that stays inside the issue file's folder (an issue file
        is untrusted, and a path is a way out of where it was put)."""
        value = self.text(items, "source_pdf", what, at=at)
        if value is None:
            return None
        problem = pdf_path_problem(value)
        if problem:
            self.error(
                items["source_pdf"][1],
                _("'source_pdf' in {what} {problem}").format(what=what, problem=problem),
            )
            return None
        return value

    def numbers(self, node: yaml.Node, count: int, what: str) -> list[float] | None:
        """`count` finite numbers in a list, or None once the problem is reported."""
        if not (isinstance(node, yaml.SequenceNode) and len(node.value) == count):
            self.error(node, f"{what} must be a list of {count} numbers")
            return None
        values: list[float] = []
        for item in node.value:
            value = _number(item)
            if value is None:
                self.error(item, f"{what} must hold only finite numbers")
                return None
            values.append(value)
        return values

    def size(self, items: dict[str, tuple[yaml.Node, yaml.Node]], what: str) -> tuple[float, float] | None:
        """The page's printed size in PDF points: [width, height], both greater than 0."""
        if "size" not in items:
            return None
        node = items["size"][1]
        values = self.numbers(node, 2, f"'size' in {what}")
        if values is None:
            return None
        if min(values) <= 0:
            self.error(node, f"'size' in {what} must be [width, height], both greater than 0")
            return None
        return values[0], values[1]

    def regions(
        self, items: dict[str, tuple[yaml.Node, yaml.Node]], what: str, page: tuple[float, float] | None
    ) -> tuple[Region, ...]:
        """Where the article is printed: {part, box: [x, y, width, height]} in points, on its page."""
        if "regions" not in items:
            return ()
        node = items["regions"][1]
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.error(
                node, f"'regions' in {what} must be a list of {{part: ..., box: [x, y, width, height]}}"
            )
            return ()
        regions: list[Region] = []
        for region_node in node.value:
            region = self.region(region_node, f"a region of {what}", page)
            if region is not None:
                regions.append(region)
        return tuple(regions)

    def region(self, node: yaml.Node, what: str, page: tuple[float, float] | None) -> Region | None:
        """One box of the article, checked against its page's size when the page gives one."""
        items = self.mapping(node, what)
        if items is None:
            return None
        self.unknown_keys(items, _REGION_KEYS, what)
        part = self.text(items, "part", what, required=True, at=node)
        if part is not None and part not in _PARTS:
            self.error(items["part"][1], f"'part' in {what} must be one of {', '.join(_PARTS)}")
            part = None
        if "box" not in items:
            self.error(node, f"{what} is missing required 'box'")
            return None
        box_node = items["box"][1]
        box = self.numbers(box_node, 4, f"'box' in {what}")
        if box is None or part is None:
            return None
        x, y, width, height = box
        if min(box) < 0:
            self.error(box_node, f"'box' in {what} must be [x, y, width, height], none below 0")
            return None
        if page is not None and (x + width > page[0] + EDGE or y + height > page[1] + EDGE):
            self.error(box_node, f"'box' in {what} reaches past its page ({page[0]:g} × {page[1]:g} points)")
            return None
        return Region(part, x, y, width, height)

    def article(
        self,
        node: yaml.Node,
        default_id: str,
        seen_ids: dict[str, int],
        page_size: tuple[float, float] | None = None,
    ) -> Article | None:
        items = self.mapping(node, "an article")
        if items is None:
            return None
        self.unknown_keys(items, _ARTICLE_KEYS, "an article")
        article_id = self.text(items, "id", "an article", at=node) or default_id
        if "id" in items and not _SLUG.fullmatch(article_id):
            self.error(items["id"][1], "'id' must use only a-z, 0-9 and '-'")
        elif len(article_id) > MAX_ID:
            self.error(items["id"][1], f"'id' must be at most {MAX_ID} characters")
        if article_id in seen_ids:
            self.error(node, f"duplicate article id '{article_id}' (first at line {seen_ids[article_id]})")
        seen_ids.setdefault(article_id, _line(node))
        what = f"article '{article_id}'"
        title = self.text(items, "title", what, required=True, at=node)
        kind = self.text(items, "kind", what, at=node) or "article"
        if kind not in _KINDS:
            self.error(items["kind"][1], f"'kind' in {what} must be one of {', '.join(_KINDS)}")
        fields = {name: self.text(items, name, what, at=node) for name in _TEXT_FIELDS}
        body = self.body(items, what)
        continues = self.text(items, "continues", what, at=node)
        if continues is not None and not (_SLUG.fullmatch(continues) and len(continues) <= MAX_ID):
            self.error(items["continues"][1], "'continues' must be an article id (a-z, 0-9 and '-')")
        regions = self.regions(items, what, page_size)
        if title is None or kind not in _KINDS:
            return None
        return Article(
            id=article_id,
            title=title,
            kind=kind,
            body=body,
            continued_on=self.integer(items, "continued_on", what, at=node),
            continued_from=self.integer(items, "continued_from", what, at=node),
            continues=continues,
            regions=regions,
            **fields,
        )

    def body(self, items: dict[str, tuple[yaml.Node, yaml.Node]], what: str) -> tuple[Block, ...]:
        if "body" not in items:
            return ()
        node = items["body"][1]
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"'body' in {what} must be a list of paragraphs")
            return ()
        blocks: list[Block] = []
        for block in node.value:
            if isinstance(block, yaml.ScalarNode) and block.tag in (_STR, _INT):
                text = clean(block.value).strip()
                if text:
                    blocks.append(text)
                continue
            sub = (
                self.mapping(block, f"a body block of {what}")
                if isinstance(block, yaml.MappingNode)
                else None
            )
            if sub is not None and set(sub) == {"heading"}:
                heading = self.text(sub, "heading", f"a heading of {what}", required=True, at=block)
                if heading:
                    blocks.append(Heading(heading))
            elif sub is not None or not isinstance(block, yaml.MappingNode):
                self.error(block, f"a body block of {what} must be text or {{heading: ...}}")
        return tuple(blocks)


MAX_PATH = 1000
"""Characters in a `source_pdf` path: more than any real folder needs."""
_DRIVE = re.compile(r"[A-Za-z]:")


def pdf_path_problem(path: str) -> str | None:
    """What is wrong with a `source_pdf` path, as the end of a sentence, or None: it must be relative,
    with / between folders, and never go up (`..`) out of the issue file's folder."""
    if len(path) > MAX_PATH:
        return _("must be at most {count} characters").format(count=MAX_PATH)
    if "\\" in path:
        return _("must use / between folders")
    if path.startswith("/") or _DRIVE.match(path):
        return _("must be relative to the issue file's folder, not absolute")
    if ".." in path.split("/"):
        return _("must not go up out of the issue file's folder (no '..')")
    return None


def _number(node: yaml.Node) -> float | None:
    """A YAML integer or float node's finite value, else None."""
    if not (isinstance(node, yaml.ScalarNode) and node.tag in (_INT, _FLOAT)):
        return None
    try:
        value = float(
            _NUMBERS.construct_yaml_int(node) if node.tag == _INT else _NUMBERS.construct_yaml_float(node)
        )
    except (ValueError, OverflowError):
        return None
    return value if math.isfinite(value) else None


def _check_tree(root: yaml.Node, checker: _Checker) -> bool:
    """Refuse aliases, foreign tags and deep nesting before walking the tree."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if id(node) in seen:
            checker.error(node, "YAML aliases (*name) are not allowed in issue files")
            return False
        seen.add(id(node))
        if depth > MAX_DEPTH:
            checker.error(node, f"nested deeper than {MAX_DEPTH} levels")
            return False
        if not node.tag.startswith("tag:yaml.org,2002:") or node.tag.startswith("tag:yaml.org,2002:python/"):
            checker.error(node, f"YAML tag {clean(node.tag)!r} is not allowed in issue files")
            return False
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend(((key, depth + 1), (value, depth + 1)))
    return True


def _decode(data: bytes, path: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IssueFileError([Problem(path, 1, "file is UTF-16; issue files must be UTF-8")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise IssueFileError(
            [Problem(path, line, "file is not valid UTF-8 (issue files must be UTF-8)")]
        ) from None


def parse_issue(
    text: str, path: str = "<issue>", default_paper_id: str | None = None
) -> tuple[Issue | None, list[Problem]]:
    """Validate issue text; return the issue (None if it has errors) and every problem found."""
    checker = _Checker(path)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        return None, [Problem(path, line, f"not valid YAML: character {exc.character!r} is not allowed")]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = int(mark.line) + 1 if mark is not None else 1
        what = exc.problem or exc.context or "not valid YAML"
        return None, [Problem(path, line, f"not valid YAML: {clean(what)}")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, 1, f"not valid YAML: {clean(str(exc)).splitlines()[0]}")]
    except RecursionError:
        return None, [Problem(path, 1, "not valid YAML: nested too deeply")]
    if root is None:
        return None, [Problem(path, 1, "file is empty; expected an issue (format: paperterm/1)")]
    if not _check_tree(root, checker):
        return None, checker.problems
    issue = checker.issue(root, default_paper_id)
    if issue is not None:
        issue = _check_file_name(issue, path, root, checker)
    return issue, checker.problems


def _check_file_name(issue: Issue, path: str, root: yaml.Node, checker: _Checker) -> Issue | None:
    match = _DATE_NAME.fullmatch(Path(path).stem)
    if match and Path(path).stem != issue.date.isoformat():
        checker.error(root, f"file is named {Path(path).name} but its date is {issue.date.isoformat()}")
        return None
    return issue._replace(path=path)


def load_issue(
    path: str | Path, default_paper_id: str | None = None, *, max_bytes: int | None = None
) -> Issue:
    """Load one issue file, or raise IssueFileError with every problem in it."""
    issue, problems = check_file(path, default_paper_id, max_bytes=max_bytes)
    if issue is None:
        raise IssueFileError([p for p in problems if p.severity == "error"] or problems)
    return issue


def check_file(
    path: str | Path, default_paper_id: str | None = None, *, max_bytes: int | None = None
) -> tuple[Issue | None, list[Problem]]:
    """Read and validate one file; unreadable files become problems, not exceptions."""
    limit = max_bytes if max_bytes is not None else size_limit()
    name = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        return None, [Problem(name, 0, f"cannot read file: {exc.strerror or exc}")]
    if len(data) > limit:
        return None, [
            Problem(
                name,
                1,
                f"file is larger than {round(limit / (1024 * 1024), 3):g} MB "
                "(the limit is $PAPERTERM_MAX_ISSUE_MB); refusing to load it",
            )
        ]
    try:
        text = _decode(data, name)
    except IssueFileError as exc:
        return None, exc.problems
    return parse_issue(text, name, default_paper_id)
