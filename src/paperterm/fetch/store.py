"""The files a fetch downloaded, kept as a mirror (host/path, as `wget -r` lays them out) so a
second run asks only for what is missing, and the folder itself imports with `paperterm import`.

Article pages and PDFs do not change once published and are never asked for again; a 版面
page may (a late page added to the list), so it is asked for again with its ETag and
Last-Modified, which costs the site a 304 when it has not changed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from paperterm.cache.atomic import write_atomically
from paperterm.fetch.client import Client

_META = ".paperterm-fetch.json"


class Store:
    """Fetched files under root, by URL; `revalidate(url)` says which may have changed."""

    def __init__(
        self, root: Path, client: Client, revalidate: Callable[[str], bool] = lambda url: False
    ) -> None:
        self.root, self.client, self.revalidate = root, client, revalidate
        self.fetched = 0
        """Bodies downloaded in this run (a 304 is not one)."""

    def path(self, url: str) -> Path:
        """Where a URL's file is kept: root/host/path, its query dropped; a folder's is index.html."""
        parts = urlsplit(url)
        relative = unquote(parts.path).lstrip("/")
        if not relative or relative.endswith("/"):
            relative += "index.html"
        safe = [p for p in Path(relative).parts if p not in ("..", ".")]
        return self.root.joinpath(parts.netloc.replace(":", "_"), *safe)

    def _meta(self, path: Path) -> dict[str, dict[str, str]]:
        try:
            data = json.loads((path.parent / _META).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, url: str) -> bytes | None:
        """The URL's bytes, from the store when it has them (asked again only if revalidate says
        so), else downloaded and kept; None when the site does not have it (404)."""
        path = self.path(url)
        have = path.read_bytes() if path.is_file() else None
        if have is not None and not self.revalidate(url):
            return have
        meta = self._meta(path)
        known = meta.get(path.name, {}) if have is not None else {}
        reply = self.client.get(url, etag=known.get("etag"), modified=known.get("modified"))
        if reply.status == 304:
            return have
        if reply.data is None:
            return None
        write_atomically(path, reply.data)
        self.fetched += 1
        meta[path.name] = {k: v for k, v in (("etag", reply.etag), ("modified", reply.modified)) if v}
        write_atomically(path.parent / _META, json.dumps(meta, ensure_ascii=False, indent=1))
        return reply.data
