"""Golden files of a PDF corpus: written from its specs, checked for staleness, and the small
command line both corpora share (`python -m tests.pdfcorpus` and `python -m tests.pdfcorpus2`)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from paperterm.cache.atomic import write_atomically
from paperterm.model.issue import Issue, Region
from paperterm.model.loader import parse_issue
from paperterm.model.writer import dump_issue


class Goldens:
    """One corpus's golden folder and where its expected issues come from."""

    def __init__(self, package: str, folder: Path, issues: Callable[[], dict[str, Issue]]) -> None:
        self.package = package
        self.folder = folder
        self.golden_issues = issues
        """Golden file stem → the issue it must hold."""
        self.header = (
            f"# Written by `python -m tests.{package} --write` from tests/{package}/pages/; do not edit.\n"
        )

    def golden_text(self, issue: Issue) -> str:
        return self.header + dump_issue(issue)

    def stale(self) -> list[Path]:
        """Golden files missing or not what their spec gives."""
        return [
            path
            for name, issue in self.golden_issues().items()
            if not (path := self.folder / f"{name}.yaml").exists()
            or path.read_text(encoding="utf-8") != self.golden_text(issue)
        ]

    def load(self, name: str) -> Issue:
        """A golden file as the loader reads it (no path, so it compares with an import)."""
        path = self.folder / f"{name}.yaml"
        issue, problems = parse_issue(path.read_text(encoding="utf-8"), str(path))
        assert issue is not None and problems == [], problems
        return issue._replace(path=None)

    def load_all(self) -> dict[str, Issue]:
        """Every golden file in the folder, by stem."""
        return {path.stem: self.load(path.stem) for path in sorted(self.folder.glob("*.yaml"))}

    def write(self) -> list[Path]:
        """Rewrite the stale golden files; the ones rewritten."""
        issues = self.golden_issues()
        changed = self.stale()
        for path in changed:
            write_atomically(path, self.golden_text(issues[path.stem]))
        return changed


def bare(issue: Issue) -> Issue:
    """An imported issue as a golden file has it: no regions, page sizes, source or path."""
    pages = tuple(
        page._replace(size=None, articles=tuple(a._replace(regions=()) for a in page.articles))
        for page in issue.pages
    )
    return issue._replace(pages=pages, source=None, path=None)


def assert_same_issue(got: Issue, want: Issue) -> None:
    """Page by page and article by article first, so a failure names the first difference."""
    for got_page, want_page in zip(got.pages, want.pages, strict=True):
        assert (got_page.number, got_page.name) == (want_page.number, want_page.name)
        for got_article, want_article in zip(got_page.articles, want_page.articles, strict=True):
            assert got_article == want_article
        assert len(got_page.articles) == len(want_page.articles)
    assert got == want


def assert_regions_on_pages(
    sizes: Sequence[tuple[float, float]], issue: Issue, regions: dict[str, list[Region]]
) -> None:
    """The drawn regions of a corpus file fit its articles and lie on their pages."""
    for (width, height), page in zip(sizes, issue.pages, strict=True):
        for article in page.articles:
            parts = [r.part for r in regions[article.id]]
            assert ("photo" in parts) == (article.caption is not None)
            assert ("body" in parts) == bool(article.body)
            assert "headline" in parts or article.kind == "photo"
            for r in regions[article.id]:
                assert r.x >= 0 and r.x + r.width <= width and r.y >= 0 and r.y + r.height <= height
    assert set(regions) == {a.id for _, a in issue.articles()}


def main(
    goldens: Goldens,
    specs: Sequence[Any],
    render: Callable[[Any], bytes],
    issues: dict[str, Sequence[Any]],
    argv: list[str] | None = None,
) -> int:
    """`--write | --check | --pdf DIR | --list` for one corpus."""
    parser = argparse.ArgumentParser(prog=f"python -m tests.{goldens.package}")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", action="store_true", help=f"rewrite stale golden files in {goldens.folder}")
    group.add_argument("--check", action="store_true", help="exit 1 if a golden file is stale")
    group.add_argument("--pdf", metavar="DIR", type=Path, help="render every corpus file into DIR")
    group.add_argument("--list", action="store_true", help="each file, its pages and what it covers")
    args = parser.parse_args(argv)
    if args.write:
        for path in goldens.write():
            print(f"wrote {path}")
    elif args.check:
        stale = goldens.stale()
        for path in stale:
            print(f"stale: {path} (run python -m tests.{goldens.package} --write)")
        return 1 if stale else 0
    elif args.pdf:
        for spec in specs:
            write_atomically(args.pdf / f"{spec.name}.pdf", render(spec))
            print(args.pdf / f"{spec.name}.pdf")
    else:
        for spec in specs:
            pages = ", ".join(str(page.number) for page in spec.pages)
            print(f"{spec.name}.pdf ({spec.paper}, page {pages})")
            for note in spec.notes:
                print(f"    {note}")
        for name, files in issues.items():
            print(f"{name}.yaml: one issue of {', '.join(f'{spec.name}.pdf' for spec in files)}")
    return 0
