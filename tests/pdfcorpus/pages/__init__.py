"""Every corpus file, one module each; `ALL` in the order the listing shows them."""

from __future__ import annotations

from tests.pdfcorpus.pages import dongfang, jiangnan_front
from tests.pdfcorpus.spec import PdfSpec

ALL: tuple[PdfSpec, ...] = (dongfang.SPEC, jiangnan_front.SPEC)
