"""A second, adversarial corpus of newspaper page PDFs: pages set and drawn the way Founder
(方正) systems export them, to find where the PDF importer overfits to the first corpus
(tests/pdfcorpus).

`pages/` describes each file; `layout` sets it (justified columns, compressed or hung
punctuation, a face per role); `render` draws it in the page's stream order and manner;
`expected` derives its golden issue with the first corpus's canonical rules.
`python -m tests.pdfcorpus2 --write` rewrites tests/data/pdf2/*.yaml; `--check` says if stale.
"""
