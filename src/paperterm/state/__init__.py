"""Where paperterm keeps things on disk: library, cache, reading state. Never imports Textual."""
