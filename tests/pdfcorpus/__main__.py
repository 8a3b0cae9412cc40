"""`python -m tests.pdfcorpus --write | --check | --pdf DIR | --list`."""

from __future__ import annotations

import sys

from tests.pdfcorpus.golden import GOLDENS
from tests.pdfcorpus.goldens import main
from tests.pdfcorpus.pages import ALL, ISSUES
from tests.pdfcorpus.render import render

if __name__ == "__main__":
    sys.exit(main(GOLDENS, ALL, render, ISSUES))
