"""An issue's name fields read from the top of its file, for listings that must not parse years of issues."""

from __future__ import annotations

from pathlib import Path

HEAD_BYTES = 4096


def read_header(path: Path) -> dict[str, str]:
    """The top-level text fields written before `pages:` (paper, paper_id, ...); {} if unreadable.

    Only for display: the full loader still validates a file when it is opened.
    """
    import yaml

    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES).decode("utf-8-sig", errors="ignore")
    except OSError:
        return {}
    lines: list[str] = []
    for line in head.splitlines():
        if line.startswith("pages:"):
            break
        lines.append(line)
    try:
        data = yaml.load("\n".join(lines), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, str)}
