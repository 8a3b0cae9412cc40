"""`paperterm import`: newspaper page text (from pdftotext or a PDF viewer) to a paperterm/1 issue.

Each rule is a small function in one of these modules:
- `text`: decoding, page splitting, spaces and doubled bold runs;
- `blocks`: lines grouped between blank lines, and what each group looks like;
- `headlines`: kicker / title / subtitle, series banners, bylines, vertical titles;
- `paragraphs`: re-flowing column-broken lines into paragraphs and 小标题;
- `segment`: cutting a page into articles and giving each its headline.
"""
