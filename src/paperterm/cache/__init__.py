"""What can be deleted and rebuilt: parsed issues, library summaries, the search index, the fold table.

Nothing here is the user's: losing any of it costs time, never a reading
position or a setting (those are `paperterm.state`). Never imports Textual.
"""
