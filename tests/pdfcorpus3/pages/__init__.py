"""Every file of the third corpus (`ALL`, in the order the listing shows them)."""

from __future__ import annotations

from tests.pdfcorpus2.spec import PdfSpec
from tests.pdfcorpus3.pages import (
    nanhu_front,
    nanhu_yaowen,
    qingjiang_fangtan,
    qingjiang_fukan,
    qingjiang_jingji,
    qingjiang_shendu,
)

ALL: tuple[PdfSpec, ...] = (
    qingjiang_fukan.SPEC,
    qingjiang_fangtan.SPEC,
    qingjiang_jingji.SPEC,
    qingjiang_shendu.SPEC,
    nanhu_front.SPEC,
    nanhu_yaowen.SPEC,
)
