"""Issue data, loading, validation and text layout. Never imports Textual."""
