"""A small library of two papers on one day, laid out as printed: every dialog has something to show."""

from __future__ import annotations

from pathlib import Path

from paperterm.app import PapertermApp, make_app
from paperterm.model.highlight import Keyword
from paperterm.model.issue import Article, Issue, Page, Region
from paperterm.model.library import Library
from paperterm.model.loader import load_issue
from paperterm.model.writer import dump_issue
from paperterm.state.options import ReaderOptions
from paperterm.state.reading import ReadingState
from tests.conftest import SAMPLE


def boxed(article: Article, index: int) -> Article:
    """The article printed in one cell of a 2 × 2 grid, so the page map draws boxes."""
    x, y = 400.0 * (index % 2), 600.0 * (index // 2)
    return article._replace(
        regions=(Region("headline", x, y, 400, 100), Region("body", x, y + 100, 400, 500))
    )


def two_page_issue() -> Issue:
    """Two pages of the sample's articles: the first laid out as printed, the second a plain list."""
    sample = load_issue(SAMPLE)
    articles = [a for _, a in sample.articles()]
    first = Page(1, "要闻", tuple(boxed(a, i) for i, a in enumerate(articles[:4])), size=(800.0, 1200.0))
    second = Page(2, "综合", tuple(articles[4:]))
    return sample._replace(pages=(first, second))


def write_two_papers(root: Path) -> Path:
    """The library folder: the same issue filed under two papers (`P` has a choice, `d` a calendar)."""
    text = dump_issue(two_page_issue())
    for paper in ("sxrb", "copy"):
        (root / paper).mkdir(parents=True)
        (root / paper / SAMPLE.name).write_text(text, encoding="utf-8")
    return root


def two_papers_app(
    tmp_path: Path, *, script_on: bool = False, keywords: tuple[Keyword, ...] = ()
) -> PapertermApp:
    """The reader on the first paper's issue, with a reading state and the library behind it."""
    library = write_two_papers(tmp_path / "lib")
    options = ReaderOptions(
        script_on=script_on,
        keywords=keywords,
        state=ReadingState.open(tmp_path / "state"),
        library=Library.scan(library),
        cache=tmp_path / "cache",
        fold_cache=tmp_path / "fold.json",
    )
    return make_app(load_issue(library / "sxrb" / SAMPLE.name, "sxrb"), options)
