"""`python -m tests.pdfcorpus3 --write | --check | --pdf DIR | --list`."""

from __future__ import annotations

import sys

from tests.pdfcorpus.goldens import main
from tests.pdfcorpus2.render import render
from tests.pdfcorpus3.golden import GOLDENS
from tests.pdfcorpus3.pages import ALL

if __name__ == "__main__":
    sys.exit(main(GOLDENS, ALL, render, {}))
