"""One built site (a Mirror: the site's files by path below its base URL) laid out on disk the
ways people save web pages, for `paperterm import` to read each of them:

- `wget -r`: host folder, the site's paths, links as served (mirror.write_mirror).
- `wget -r -k -E`: `.html` added to pages whose URL does not end in .htm/.html
  (`content_1.htm?div=-1.html`, `art_1.shtml.html`), links converted to the local files
  (`?` written `%3F`), links to files not saved made absolute.
- `wget -p -k` of each page: as `wget -r`, but links to the other pages left absolute.
- `wget -r -nH --cut-dirs=N`: no host folder, the base path's folders cut, links as served.
- HTTrack: `host/path` below the project folder, a page whose URL has a query renamed with a
  hash (`content_1b4f.html`), other suffixes than .htm/.html renamed `.html`, links rewritten
  to the local names, `<!-- Mirrored from host/path by HTTrack Website Copier/3.x … -->` in
  every page, its own `index.html` and `hts-cache/`.
- A browser's "Save Page As… (complete)": every page in one folder under the name its <title>
  gives, its pictures in `NAME_files/`, every link to another page absolute, and the
  `<!-- saved from url=(NNNN)URL -->` mark (IE, Edge, Chrome).
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urljoin

from tests.sites.builders import Mirror
from tests.sites.mirror import write_mirror

_LINK = re.compile(rb"""(?<=\s)(href|src)=(["']?)([^"'\s>]+)\2""", re.IGNORECASE)
"""A link in a tag's own attribute, as the saving tools rewrite them; never a script's text (an
onclick's location.href=…), which no tool rewrites."""
_PAGE = re.compile(r"\.(?:s?html?)$|^[^.]*$")
_TITLE = re.compile(rb"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)

Relink = Callable[[str, str], str | None]
"""A link's new text, given the page's path in the mirror and the link's URL; None keeps it."""


def _is_page(path: str) -> bool:
    return bool(_PAGE.search(path.rsplit("/", 1)[-1].split("?", 1)[0]))


def _target(base: str, page: str, href: str) -> str:
    """The mirror path (with its query) a link leads to, or the absolute URL when off the site."""
    url = urljoin(base + page, href)
    if url.startswith(base):
        return url[len(base) :].split("#", 1)[0]
    return url


def _relink(data: bytes, page: str, base: str, new: Relink) -> bytes:
    def one(match: re.Match[bytes]) -> bytes:
        href = match[3].decode("ascii", "replace")
        if href.startswith(("#", "javascript:", "mailto:")):
            return match[0]
        done = new(page, _target(base, page, href))
        return match[0] if done is None else match[1] + b'="' + done.encode() + b'"'

    return _LINK.sub(one, data)


def _relative(page: str, target: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def _lead(data: bytes) -> int:
    """Where a comment goes in a page: after its BOM and doctype."""
    at = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    doctype = re.match(rb"\s*<!doctype[^>]*>\s*", data[at:], re.IGNORECASE)
    return at + (doctype.end() if doctype else 0)


def wget_converted(root: Path, files: Mirror, host_path: str) -> Path:
    """`wget -r -k -E`."""
    base = f"http://{host_path}/"

    def local(path: str) -> str:
        if not _is_page(path) or re.search(r"\.html?$", path, re.IGNORECASE):
            return path
        return path + ".html"

    def new(page: str, target: str) -> str | None:
        if target.startswith(("http:", "https:")):
            return None
        if target.split("?", 1)[0] in files:
            return quote(_relative(page, local(target)), safe="/=-_.~")
        return base + target.lstrip("/")

    queried = {t for p, d in files.items() if _is_page(p) for t in _links(d, p, base) if "?" in t}
    every = {**files, **{t: files[t.split("?", 1)[0]] for t in queried if t.split("?", 1)[0] in files}}
    saved = {local(p): _relink(d, p, base, new) if _is_page(p) else d for p, d in every.items()}
    return write_mirror(root, saved, host_path)


def wget_pages(root: Path, files: Mirror, host_path: str) -> Path:
    """`wget -p -k URL`, page by page: each page in its host folder and path, and its links to
    the other pages (fetched by other runs, so not converted) absolute."""
    base = f"http://{host_path}/"

    def new(page: str, target: str) -> str | None:
        return None if target.startswith(("http:", "https:")) else base + target.lstrip("/")

    saved = {p: _relink(d, p, base, new) if _is_page(p) else d for p, d in files.items()}
    return write_mirror(root, saved, host_path)


def wget_cut(root: Path, files: Mirror, host_path: str) -> Path:
    """`wget -r -nH --cut-dirs=N`, N the base path's folders: the site's paths below its base."""
    return write_mirror(root, files)


def _httrack_name(path: str) -> str:
    name, _, query = path.partition("?")
    stem, dot, suffix = name.rpartition(".")
    if not dot or "/" in suffix:
        stem, suffix = name, ""
    if query:
        return f"{stem}{hashlib.md5(query.encode()).hexdigest()[:4]}.html"
    return name if suffix.lower() in ("htm", "html") or not _is_page(name) else f"{stem}.html"


def httrack(root: Path, files: Mirror, host_path: str) -> Path:
    """HTTrack's mirror of the site in project folder root."""
    base = f"http://{host_path}/"
    saved: Mirror = {}
    targets = {t for p, d in files.items() if _is_page(p) for t in _links(d, p, base)}

    def new(page: str, target: str) -> str | None:
        if target.startswith(("http:", "https:")):
            return None
        if target.split("?", 1)[0] in files:
            return _relative(_httrack_name(page), _httrack_name(target))
        return base + target.lstrip("/")

    for path in sorted(set(files) | {t for t in targets if t.split("?", 1)[0] in files}):
        data = files[path.split("?", 1)[0]]
        if _is_page(path):
            data = _relink(data, path, base, new)
            head = re.search(rb"<html[^>]*>\s*", data, re.IGNORECASE)
            at = head.end() if head else _lead(data)
            mark = (
                f"\n<!-- Mirrored from {host_path}/{path} by HTTrack Website Copier/3.x "
                "[XR&CO'2014], Thu, 20 Nov 2025 01:02:03 GMT -->\n"
            ).encode()
            data = data[:at] + mark + data[at:]
        saved[_httrack_name(path)] = data
    write_mirror(root, saved, host_path)
    first = _httrack_name(min(p for p in files if _is_page(p)))
    (root / "index.html").write_text(
        '<HTML>\n<HEAD>\n<meta HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">\n'
        "<TITLE>Local index - HTTrack Website Copier</TITLE>\n"
        "<!-- Mirror and index made by HTTrack Website Copier/3.49-2 [XR&CO'2014] -->\n</HEAD>\n"
        f'<BODY>\n<H1>Index of locally available sites:</H1>\n<TABLE><TR><TD>· <A HREF="{host_path}/'
        f'{first}">{host_path}</A></TD></TR></TABLE>\n<!-- Mirror and index made by HTTrack '
        "Website Copier/3.49-2 [XR&CO'2014] -->\n</BODY>\n</HTML>\n",
        encoding="utf-8",
    )
    cache = root / "hts-cache"
    cache.mkdir()
    (cache / "doit.log").write_text(f"-qwC2%Ps2u1%s%uN0%I0p3DaK0H0%kf2A25000%f#f -O {root} {base}\n")
    (cache / "new.txt").write_text("date\tsize\tflags\tstatuscode\tstatus\tMIME\tEtag|Date\tURL\tlocalfile\n")
    (cache / "new.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (root / "backblue.gif").write_bytes(b"GIF89a")
    return root


def _links(data: bytes, page: str, base: str) -> list[str]:
    return [_target(base, page, m[3].decode("ascii", "replace")) for m in _LINK.finditer(data)]


def _title(data: bytes) -> str:
    found = _TITLE.search(data)
    text = b"" if found is None else found[1]
    for encoding in ("utf-8-sig", "gbk", "big5"):
        try:
            title = text.decode(encoding).strip()
            break
        except UnicodeDecodeError:
            continue
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title) or "page"


def browser(root: Path, files: Mirror, host_path: str) -> Path:
    """Every page of the site saved with a browser's "Save Page As… (complete)" into root."""
    base = f"http://{host_path}/"
    root.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for path in sorted(p for p in files if _is_page(p)):
        data = files[path]
        name, count = _title(data), 1
        while name in taken:
            count += 1
            name = f"{_title(data)} ({count})"
        taken.add(name)
        folder = root / f"{name}_files"

        def new(page: str, target: str, folder: Path = folder) -> str | None:
            if target.startswith(("http:", "https:")):
                return None
            url = base + target.lstrip("/")
            if _is_page(target):
                return url
            saved = target.split("?", 1)[0].rsplit("/", 1)[-1]
            if target.split("?", 1)[0] in files:
                folder.mkdir(exist_ok=True)
                (folder / saved).write_bytes(files[target.split("?", 1)[0]])
            return f"./{quote(folder.name)}/{saved}"

        data = _relink(data, path, base, new)
        url = base + path
        at = _lead(data)
        data = data[:at] + f"<!-- saved from url=({len(url):04d}){url} -->\n".encode() + data[at:]
        (root / f"{name}.html").write_bytes(data)
        folder.mkdir(exist_ok=True)  # what else a browser saves: styles, and frames as pages
        (folder / "style.css").write_text("body{margin:0}\n")
        (folder / "saved_resource.html").write_text(
            f'<html><body><a href="{base}">首页</a><p>{"版权所有，未经授权不得转载。" * 3}</p></body></html>'
        )
    return root


def wget_recursive(root: Path, files: Mirror, host_path: str) -> Path:
    """`wget -r`, as the site serves it."""
    return write_mirror(root, files, host_path)


SAVED_AS: dict[str, Callable[[Path, Mirror, str], Path]] = {
    "wget-r": wget_recursive,
    "wget-k-E": wget_converted,
    "wget-nH-cut-dirs": wget_cut,
    "wget-p-k": wget_pages,
    "httrack": httrack,
    "browser": browser,
}
"""Each way of saving a site: writes it below the folder given (the one imported)."""
