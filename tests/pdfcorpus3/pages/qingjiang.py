"""清江晚报's house style, shared by its pages of 2025-11-21: one paper sets every page alike
(body type, leading, the running head over a rule); each page adds its own grid and drawing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.pdfcorpus2.spec import PageSpec, PdfSpec, RunningHead, Story

RUNNING_HEAD = RunningHead(left=(("{n}", "plain"), ("{name}", "plain")), right=(("{date}", "plain"),))


def page(
    number: int,
    name: str,
    items: tuple[Story, ...],
    editor: str,
    notes: tuple[str, ...],
    **setting: Any,
) -> PdfSpec:
    """One page of the issue, in one PDF file; `setting` is what this page sets its own way."""
    return PdfSpec(
        name=f"qingjiang-2025-11-21-p{number:02d}",
        paper="清江晚报",
        paper_id="qjwb",
        date=dt.date(2025, 11, 21),
        pages=(
            PageSpec(
                number=number,
                name=name,
                items=items,
                leading=1.6,
                running_head=RUNNING_HEAD,
                editor=(editor,),
                **{"body_size": 10.0, **setting},
            ),
        ),
        notes=notes,
    )
