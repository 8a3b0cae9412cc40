"""Mirrors of the e-paper systems `paperterm fetch` and `paperterm import` read, built from texts
written for the tests: one issue (texts.py) rendered the way each system lays out its pages
(builders.py), with the quirks real sites have, and a local HTTP server that serves them."""
