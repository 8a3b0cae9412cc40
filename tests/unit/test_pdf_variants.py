"""The corpus pages re-set the way other papers set theirs: narrower and wider gutters, no rules
between modules, other faces for text and headlines, bold datelines, looser leading, smaller
body type. Every one imports to the issue its spec means, as the pages themselves do: the rules
are typography, not these pages' measurements."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from paperterm.importer.pdf import import_pdfs
from paperterm.model.issue import Issue
from tests.pdfcorpus.expected import expected_issue, import_options
from tests.pdfcorpus.pages import ALL
from tests.pdfcorpus.render import render
from tests.pdfcorpus.spec import PageSpec

VARIANTS: dict[str, dict[str, Any]] = {
    "gutters-1-em": {"gutter": 1.0},
    "gutters-1.2-em": {"gutter": 1.2},
    "gutters-1.7-em": {"gutter": 1.7},
    "gutters-2-em": {"gutter": 2.0},
    "no-rules": {"rules": False},
    "body-zenhei": {"body_font": "zenhei"},
    "body-msung": {"body_font": "MSung-Light"},
    "headlines-zenhei": {"headline_font": "zenhei"},
    "headlines-msung": {"headline_font": "MSung-Light"},
    "bold-datelines": {"bold_datelines": True},
    "body-9.5": {"body_size": 9.5},
}


def _leading(page: PageSpec) -> dict[str, Any]:
    return {"leading": page.leading + 1}


def _bare(issue: Issue) -> Issue:
    pages = tuple(
        page._replace(size=None, articles=tuple(a._replace(regions=()) for a in page.articles))
        for page in issue.pages
    )
    return issue._replace(pages=pages, source=None, path=None)


@pytest.mark.parametrize("variant", [*VARIANTS, "leading+1"])
@pytest.mark.parametrize("spec", ALL, ids=lambda spec: spec.name)
def test_a_page_set_another_way_imports_to_what_it_means(spec: Any, variant: str, tmp_path: Path) -> None:
    pages = tuple(
        dataclasses.replace(page, **(_leading(page) if variant == "leading+1" else VARIANTS[variant]))
        for page in spec.pages
    )
    changed = dataclasses.replace(spec, pages=pages)
    try:
        data = render(changed)
    except ValueError as exc:  # the modules no longer fit the page: nothing to import
        pytest.skip(f"cannot be set so: {exc}")
    path = tmp_path / f"{spec.name}.pdf"
    path.write_bytes(data)
    result = import_pdfs([path], **import_options(changed))  # type: ignore[arg-type]
    assert result.problems == []
    assert _bare(result.issue) == expected_issue(changed)
