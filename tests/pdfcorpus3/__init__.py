"""A third corpus of newspaper page PDFs: conventions the first two corpora leave out, set with
the second corpus's machinery (tests/pdfcorpus2): a 副刊 page of poems and essays signed the
literary way (`□ 林　夕`, `文／苏　青`), an interview in turns run in by their speaker's label
under an editor's note (编者按), an economy page whose URLs, e-mail addresses and Latin names
break at line ends; a 深度 page with display type inside its stories (a pull quote between
rules, a fact box of figures) that is no headline.

`pages/` describes each file; `expected` derives its golden issue from the printed forms.
`python -m tests.pdfcorpus3 --write` rewrites tests/data/pdf3/*.yaml; `--check` says if stale.
"""
