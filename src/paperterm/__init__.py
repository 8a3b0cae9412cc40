"""paperterm: a keyboard-first terminal reader for daily newspaper issues."""

__version__ = "0.1.0"
