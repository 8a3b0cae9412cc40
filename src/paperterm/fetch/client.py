"""A polite HTTP client for e-paper sites: one request at a time, a pause between requests to
the same host, retries with backoff on errors that pass, a timeout, a size limit, few
redirects, and a User-Agent that says who is asking.

The standard library's urllib is enough: the sites serve plain static pages.
"""

from __future__ import annotations

import email.utils
import http.client
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from typing import IO, NamedTuple
from urllib.parse import urlsplit

from paperterm import __version__

USER_AGENT = f"paperterm/{__version__} (+offline reader)"
MAX_BYTES = 8 * 1024 * 1024
"""No page or PDF of a newspaper page is larger; a response that is, is not one (or is a bomb)."""
MAX_REDIRECTS = 5
RETRY_AFTER_MAX = 60.0
_PASSING = {408, 425, 429, 500, 502, 503, 504}
"""Statuses worth asking again for: the server is busy or broken for now."""


class FetchError(Exception):
    """A download that failed for good; the message is one line naming the URL."""


class Response(NamedTuple):
    """A page as the server sent it (or said it had not changed: data None, status 304)."""

    status: int
    data: bytes | None
    etag: str | None
    modified: str | None


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2


def _read(stream: IO[bytes], limit: int, url: str, encoding: str) -> bytes:
    """The body, at most limit bytes even when compressed; a body cut short is an error that passes."""
    chunks, size = [], 0
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if encoding in ("gzip", "x-gzip") else None
    while True:
        chunk = stream.read(65536)
        if not chunk:
            break
        if inflate is not None:
            chunk = inflate.decompress(chunk, limit + 1 - size)
        size += len(chunk)
        if size > limit:
            raise FetchError(f"{url}: larger than {limit // (1024 * 1024)} MB; not a newspaper page")
        chunks.append(chunk)
    return b"".join(chunks)


class Client:
    """Downloads for one run: polite by default, every wait and limit a parameter for tests."""

    def __init__(
        self,
        *,
        delay: float = 1.0,
        retries: int = 3,
        backoff: float = 2.0,
        timeout: float = 30.0,
        max_bytes: int = MAX_BYTES,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay, self.retries, self.backoff = delay, retries, backoff
        self.timeout, self.max_bytes, self.sleep = timeout, max_bytes, sleep
        self.requests = 0
        self._last: dict[str, float] = {}
        self._opener = urllib.request.build_opener(_Redirects())

    def _wait_turn(self, host: str) -> None:
        """One request at a time per host, `delay` seconds apart."""
        last = self._last.get(host)
        if last is not None and self.delay > 0:
            pause = last + self.delay - time.monotonic()
            if pause > 0:
                self.sleep(pause)
        self._last[host] = time.monotonic()

    def get(self, url: str, *, etag: str | None = None, modified: str | None = None) -> Response:
        """The URL's response: 200 with its bytes, 304 when etag/modified still hold, 404/410 as
        such; anything else is retried with backoff, then raised as FetchError."""
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, identity"}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        host = urlsplit(url).netloc
        problem = ""
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self._backoff(attempt, problem))
            self._wait_turn(host)
            self.requests += 1
            try:
                request = urllib.request.Request(url, headers=headers)
                with self._opener.open(request, timeout=self.timeout) as reply:
                    length = reply.headers.get("Content-Length")
                    encoding = (reply.headers.get("Content-Encoding") or "").lower()
                    data = _read(reply, self.max_bytes, url, encoding)
                    if length and length.isdigit() and not encoding and len(data) < int(length):
                        problem = f"cut short ({len(data)} of {length} bytes)"
                        continue
                    return Response(
                        reply.status, data, reply.headers.get("ETag"), reply.headers.get("Last-Modified")
                    )
            except urllib.error.HTTPError as exc:
                if exc.code == 304:
                    return Response(304, None, etag, modified)
                if exc.code in (404, 410):
                    return Response(exc.code, None, None, None)
                if 300 <= exc.code < 400:
                    raise FetchError(f"{url}: too many redirects (a redirect loop?)") from None
                if exc.code not in _PASSING:
                    raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}") from None
                problem = f"HTTP {exc.code}|{exc.headers.get('Retry-After') or ''}"
            except (TimeoutError, http.client.IncompleteRead, http.client.RemoteDisconnected) as exc:
                problem = "timed out" if isinstance(exc, TimeoutError) else "cut short"
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError):
                    problem = "timed out"
                elif isinstance(exc.reason, ConnectionError):
                    problem = f"connection failed ({exc.reason})"
                else:
                    raise FetchError(f"{url}: {exc.reason}") from None
            except (ConnectionError, http.client.HTTPException) as exc:
                problem = f"connection failed ({exc})"
        raise FetchError(f"{url}: {problem.split('|')[0]}, {self.retries + 1} tries")

    def _backoff(self, attempt: int, problem: str) -> float:
        """Twice as long each time, or what the server's Retry-After asks (within reason)."""
        wait = self.backoff * float(2 ** (attempt - 1))
        said = problem.partition("|")[2]
        if said.isdigit():
            return min(float(said), RETRY_AFTER_MAX)
        if said:
            try:
                when = email.utils.parsedate_to_datetime(said)
            except (TypeError, ValueError):
                return wait
            return min(max(when.timestamp() - time.time(), 0.0), RETRY_AFTER_MAX)
        return wait
