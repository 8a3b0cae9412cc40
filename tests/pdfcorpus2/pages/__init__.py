"""Every file of the second corpus (`ALL`, in the order the listing shows them)."""

from __future__ import annotations

from tests.pdfcorpus2.pages import (
    dongjiang_guonei,
    dongjiang_yaowen,
    jinghai_bendi,
    nanling_front,
    nanling_wenhua,
    yunzhou_front,
    yunzhou_jingji,
    yunzhou_pinglun,
)
from tests.pdfcorpus2.spec import PdfSpec

ALL: tuple[PdfSpec, ...] = (
    yunzhou_front.SPEC,
    yunzhou_jingji.SPEC,
    yunzhou_pinglun.SPEC,
    nanling_front.SPEC,
    nanling_wenhua.SPEC,
    dongjiang_yaowen.SPEC,
    dongjiang_guonei.SPEC,
    jinghai_bendi.SPEC,
)
