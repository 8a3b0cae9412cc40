#!/bin/sh
# Regenerate tests/data/text_from_pdf/: every page of the three PDF corpora (tests/pdfcorpus,
# tests/pdfcorpus2, tests/pdfcorpus3) rendered, then extracted with pdftotext in its default mode (as
# docs/import.md section 3 tells users), one file per page: NAME-pN.txt, N the page's place in
# its PDF. The texts are committed so that tests never need poppler; run this after a corpus
# page changes. Needs pdftotext (poppler-utils) and pdfinfo. -q: the pages whose CMap poppler
# lacks would print a line per glyph run.
set -eu
cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
out=tests/data/text_from_pdf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -m tests.pdfcorpus --pdf "$work" >/dev/null
"$python" -m tests.pdfcorpus2 --pdf "$work" >/dev/null
"$python" -m tests.pdfcorpus3 --pdf "$work" >/dev/null
mkdir -p "$out"
rm -f "$out"/*.txt
for pdf in "$work"/*.pdf; do
    name=$(basename "$pdf" .pdf)
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    n=1
    while [ "$n" -le "$pages" ]; do
        pdftotext -q -enc UTF-8 -f "$n" -l "$n" "$pdf" "$out/$name-p$n.txt"
        n=$((n + 1))
    done
done
pdftotext -v 2>&1 | head -1 >"$out/VERSION"
ls "$out"/*.txt | wc -l
