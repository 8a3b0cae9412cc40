"""Newspaper page PDFs for the PDF importer's tests, with the issue each must import to.

`pages/` describes each file (printed text, type, grid, modules); `render` sets and draws it
with reportlab; `expected` derives its golden issue and the boxes each article was drawn in.
`python -m tests.pdfcorpus --write` rewrites tests/data/pdf/*.yaml; `--check` says if stale.
"""
