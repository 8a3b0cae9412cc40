"""简/繁: converting issue text between Simplified and Traditional with OpenCC.

Two packages install the import name `opencc`: the official binding (OpenCC
1.4+, which has `__version__` and `CONFIGS`) and opencc-python-reimplemented,
whose old dictionaries get common words wrong (胚胎发育 → 胚胎髮育). Both take
bare config names such as `s2tw`, so either works; `engine()` says which one
is loaded so `paperterm --version` can tell the user.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from paperterm.i18n import N_
from paperterm.model.issue import Article, Heading, Issue, Page
from paperterm.model.plaintext import LABELS, Labels


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


class Mode(NamedTuple):
    """A way to show the text: its CLI name, its label in the picker, and the OpenCC config."""

    name: str
    label: str
    config: str | None
    phrases: bool = False


ORIGINAL = Mode("original", "原文", None)
TO_TRADITIONAL: tuple[Mode, ...] = (
    Mode("taiwan", "臺灣", "s2tw"),
    Mode("traditional", "繁體", "s2t"),
    Mode("hongkong", "香港", "s2hk"),
    Mode("taiwan-phrases", "臺灣用詞", "s2twp", phrases=True),
)
SIMPLIFIED = Mode("simplified", "简体", "t2s")
MODES: dict[str, Mode] = {m.name: m for m in (ORIGINAL, *TO_TRADITIONAL, SIMPLIFIED)}
DEFAULT_OTHER = "taiwan"
"""The default target of the `t` toggle from Simplified text: character-level, no phrase rewriting."""

PHRASE_WARNING = N_(
    "臺灣用詞 (s2twp) rewrites vocabulary as well as characters and mangles news text: "
    "新闻发布会 becomes 新聞釋出會, 分区施策 becomes 分割槽施策, 窗口 becomes 視窗."
)


def is_traditional(language: str) -> bool:
    """Whether an issue's language tag says it was printed in Traditional characters."""
    return language in ("zh-Hant", "zh-TW", "zh-HK")


def modes_for(language: str) -> list[Mode]:
    """The modes that make sense for a source language, original first."""
    if is_traditional(language):
        return [ORIGINAL, SIMPLIFIED]
    return [ORIGINAL, *TO_TRADITIONAL]


def config_for(mode: Mode, language: str) -> str | None:
    """The OpenCC config that turns text in `language` into `mode`, or None for no change."""
    if mode.config is None:
        return None
    if mode is SIMPLIFIED or mode.name == "simplified":
        if not is_traditional(language):
            return None
        return {"zh-TW": "tw2s", "zh-HK": "hk2s"}.get(language, "t2s")
    return None if is_traditional(language) else mode.config


def _module() -> Any:
    import opencc

    return opencc


def engine() -> str:
    """Which OpenCC package is loaded, for `--version` and bug reports."""
    try:
        module = _module()
    except ImportError:
        return "no OpenCC installed (script conversion unavailable)"
    if hasattr(module, "__version__") and hasattr(module, "CONFIGS"):
        return f"OpenCC {module.__version__} (official binding)"
    return "opencc-python-reimplemented (old dictionaries; install opencc>=1.4.2 for correct conversion)"


def data_dir() -> tuple[Path, Path] | None:
    """OpenCC's dictionary folder and its opencc_dict tool, where the official package ships them."""
    try:
        module = _module()
    except ImportError:
        return None
    clib = Path(module.__file__).parent / "clib"
    share, tool = clib / "share" / "opencc", clib / "bin" / "opencc_dict"
    return (share, tool) if share.is_dir() and tool.is_file() else None


@cache
def converter(config: str) -> _Converter:
    """One OpenCC converter per config: building one costs tens of milliseconds."""
    opencc = _module()
    try:
        return opencc.OpenCC(config)  # type: ignore[no-any-return]
    except Exception:  # the reimplemented package wants the .json suffix on some versions
        return opencc.OpenCC(f"{config}.json")  # type: ignore[no-any-return]


class Script:
    """Converts issue text for one mode, caching every string it has converted."""

    def __init__(
        self,
        mode: Mode,
        language: str,
        *,
        corner_quotes: bool = True,
        phrases: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """`corner_quotes`: 「」 where the region prints them; `phrases`: the reader's own
        same-length replacements, applied after OpenCC and paperterm's news forms."""
        from paperterm.model.news_forms import Polish, corner_quotes_for, forms_for

        self.mode = mode
        self.config = config_for(mode, language)
        self._polish = Polish(
            (*forms_for(self.config), *phrases), corner_quotes and corner_quotes_for(self.config)
        )
        self._cache: dict[str, str] = {}
        self._language_traditional = (
            {"zh-TW": "s2tw", "zh-HK": "s2hk"}.get(language, "s2t") if is_traditional(language) else None
        )
        """The config that writes paperterm's own words in the Traditional this issue is printed in."""

    def text(self, text: str) -> str:
        """The string as the reader should see it."""
        if self.config is None or not text:
            return text
        done = self._cache.get(text)
        if done is None:
            done = self._polish(converter(self.config).convert(text))
            self._cache[text] = done
        return done

    @property
    def labels(self) -> Labels:
        """paperterm's own words around the text (【图】, （下转第2版）), in the script shown."""
        if self.config is not None:
            return LABELS.converted(self.text)
        if self._language_traditional is not None:  # printed in Traditional and shown as printed
            return LABELS.converted(converter(self._language_traditional).convert)
        return LABELS

    def maybe(self, text: str | None) -> str | None:
        """Like text(), for optional fields."""
        return None if text is None else self.text(text)

    def headline(self, article: Article) -> Article:
        """The article's title block converted, its body left alone (for lists)."""
        if self.config is None:
            return article
        return article._replace(
            series=self.maybe(article.series),
            kicker=self.maybe(article.kicker),
            title=self.text(article.title),
            subtitle=self.maybe(article.subtitle),
            dateline=self.maybe(article.dateline),
            byline=self.maybe(article.byline),
        )

    def article(self, article: Article) -> Article:
        """The whole article converted, for the article pane and plain-text output."""
        if self.config is None:
            return article
        body = tuple(
            Heading(self.text(b.text)) if isinstance(b, Heading) else self.text(b) for b in article.body
        )
        return self.headline(article)._replace(
            body=body,
            caption=self.maybe(article.caption),
            credit=self.maybe(article.credit),
        )

    def page(self, page: Page, *, bodies: bool = False) -> Page:
        """The page with its name and headlines converted (and bodies, if asked)."""
        if self.config is None:
            return page
        convert = self.article if bodies else self.headline
        return page._replace(name=self.maybe(page.name), articles=tuple(convert(a) for a in page.articles))

    def issue(self, issue: Issue) -> Issue:
        """The whole issue converted: for `cat`, which prints everything anyway."""
        if self.config is None:
            return issue
        pages = tuple(self.page(p, bodies=True) for p in issue.pages)
        return issue._replace(paper=self.text(issue.paper), pages=pages)
