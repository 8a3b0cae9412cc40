"""Choices the reader makes inside the app (script, keywords), kept between runs.

A small JSON file in the user state dir, written atomically so a crash or a
full disk mid-write leaves the previous file whole.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from paperterm.model.highlight import Keyword
from paperterm.model.script import DEFAULT_OTHER, MODES
from paperterm.state.paths import state_dir


@dataclass(frozen=True)
class Settings:
    """The reader's remembered choices; keywords None means "not edited in the app yet"."""

    script_on: bool = False
    script_other: str = DEFAULT_OTHER
    keywords: tuple[Keyword, ...] | None = field(default=None)


class SettingsStore:
    """Loads and saves Settings; any problem reading gives defaults, never an exception."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or state_dir() / "settings.json"

    def load(self) -> Settings:
        """The saved settings, or defaults if there are none or they cannot be read."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Settings()
        if not isinstance(data, dict):
            return Settings()
        other = data.get("script_other")
        keywords = data.get("keywords")
        parsed: tuple[Keyword, ...] | None = None
        if isinstance(keywords, list):
            parsed = tuple(
                Keyword(str(k["word"]), bool(k.get("enabled", True)))
                for k in keywords
                if isinstance(k, dict) and isinstance(k.get("word"), str)
            )
        return Settings(
            script_on=bool(data.get("script_on", False)),
            script_other=other if isinstance(other, str) and other in MODES else DEFAULT_OTHER,
            keywords=parsed,
        )

    def save(self, settings: Settings) -> bool:
        """Write atomically; return False (and keep the old file) if it cannot be written."""
        payload: dict[str, object] = {"script_on": settings.script_on, "script_other": settings.script_other}
        if settings.keywords is not None:
            payload["keywords"] = [{"word": k.word, "enabled": k.enabled} for k in settings.keywords]
        tmp: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, ensure_ascii=False, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
            return True
        except OSError:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            return False
