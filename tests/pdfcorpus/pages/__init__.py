"""Every corpus file, one module each (`ALL`, in the order the listing shows them), and the whole
issues made of several files imported together (`ISSUES`, files in no particular order: the
importer orders pages by their printed numbers)."""

from __future__ import annotations

from tests.pdfcorpus.pages import (
    binhai_jingji,
    dongfang,
    jiangnan_front,
    jiangnan_minsheng,
    jiangnan_tiyu,
    qinghe_guoji,
    qinghe_pinglun,
    weigang,
    xiling,
)
from tests.pdfcorpus.spec import PdfSpec

ALL: tuple[PdfSpec, ...] = (
    dongfang.SPEC,
    jiangnan_front.SPEC,
    jiangnan_minsheng.SPEC,
    jiangnan_tiyu.SPEC,
    qinghe_pinglun.SPEC,
    qinghe_guoji.SPEC,
    binhai_jingji.SPEC,
    weigang.SPEC,
    xiling.SPEC,
)

ISSUES: dict[str, tuple[PdfSpec, ...]] = {
    "jiangnan-2025-11-03": (jiangnan_tiyu.SPEC, jiangnan_front.SPEC, jiangnan_minsheng.SPEC),
    "qinghe-2025-10-21": (qinghe_guoji.SPEC, qinghe_pinglun.SPEC),
}
