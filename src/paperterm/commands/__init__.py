"""The reader's commands, one class each: key, footer label, help text and palette entry in one place.

Bindings, the footer, the `?` screen and the command palette are all made
from these tables, so a key and its description never drift apart.
"""
