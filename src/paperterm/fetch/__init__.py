"""`paperterm fetch`: a day's issue from a paper's 数字报 site, downloaded politely and kept in a
cache a second run resumes from; the pages are read by `paperterm.importer.html`."""
