"""`python -m tests.pdfcorpus2 --write | --check | --pdf DIR | --list`."""

from __future__ import annotations

import sys

from tests.pdfcorpus.goldens import main
from tests.pdfcorpus2.golden import GOLDENS
from tests.pdfcorpus2.pages import ALL
from tests.pdfcorpus2.render import render

if __name__ == "__main__":
    sys.exit(main(GOLDENS, ALL, render, {}))
