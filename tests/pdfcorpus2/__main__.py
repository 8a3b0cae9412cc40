"""`python -m tests.pdfcorpus2 --write | --check | --pdf DIR | --list`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from paperterm.cache.atomic import write_atomically
from tests.pdfcorpus2 import golden
from tests.pdfcorpus2.pages import ALL
from tests.pdfcorpus2.render import render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.pdfcorpus2", description=__doc__)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", action="store_true", help="rewrite stale golden files in tests/data/pdf2/")
    group.add_argument("--check", action="store_true", help="exit 1 if a golden file is stale")
    group.add_argument("--pdf", metavar="DIR", type=Path, help="render every corpus file into DIR")
    group.add_argument("--list", action="store_true", help="each file, its pages and what it covers")
    args = parser.parse_args(argv)
    if args.write:
        for path in golden.write():
            print(f"wrote {path}")
    elif args.check:
        stale = golden.stale()
        for path in stale:
            print(f"stale: {path} (run python -m tests.pdfcorpus2 --write)", file=sys.stderr)
        return 1 if stale else 0
    elif args.pdf:
        for spec in ALL:
            write_atomically(args.pdf / f"{spec.name}.pdf", render(spec))
            print(args.pdf / f"{spec.name}.pdf")
    else:
        for spec in ALL:
            pages = ", ".join(str(page.number) for page in spec.pages)
            print(f"{spec.name}.pdf ({spec.paper}, page {pages})")
            for note in spec.notes:
                print(f"    {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
