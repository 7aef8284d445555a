"""The folder `parallax fetch` fills, and how it writes without ever leaving a
half-written file:

    DIR/sources.toml          one table per page: url, outlet, title, author, date, fetched_at …
    DIR/NAME.txt              the extracted main text: what `parallax DIR` analyses
    DIR/.raw/NAME.html        the page exactly as received (gzip undone): provenance

The raw pages live in a hidden subfolder, which the loader never descends
into (nor does a shell's `DIR/*`), so a page is never analysed twice. NAME is
the site and the last part of the path, plus a hash of the URL: stable, so a
re-run finds what it already has.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import re
import tomllib
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..core.loading import SourceError

RAW_DIR = ".raw"
TOML = "sources.toml"
TEMP_SUFFIX = ".parallax-part"  # never a source suffix, so the loader ignores it


def normalize_url(url: str) -> str | None:
    """The URL's identity (scheme and host in lower case, no default port, no
    #fragment), or None when it is not an http(s) URL with a host."""
    url = url.strip()
    if not url or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    if port and not (scheme, port) in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def page_name(url: str) -> str:
    """A stable, readable file stem for a normalized URL."""
    parts = urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    last = re.sub(r"\.(?:s?html?|php|aspx?)$", "", segments[-1]) if segments else ""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", f"{host}-{last}").strip("-").lower()[:60].rstrip("-")
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary name beside `path`, then rename: a reader (or a
    re-run after a crash) sees the old file or the whole new one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class Store:
    def __init__(self, folder: Path):
        self.folder = folder
        self.raw = folder / RAW_DIR
        self.toml_path = folder / TOML
        self.entries: dict[str, dict] = {}
        self.top: dict = {}  # keys outside any table, kept as they are
        self._dirty = False
        self._lock_file = None

    def open(self) -> None:
        """Create the folder, remove temporary files a killed run left, read sources.toml."""
        if self.folder.exists() and not self.folder.is_dir():
            raise SourceError(f"--into {self.folder}: not a folder")
        try:
            self.raw.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise SourceError(f"cannot create {self.raw}: {e.strerror}") from None
        self._lock()
        for d in (self.folder, self.raw):
            for tmp in d.glob(f".*{TEMP_SUFFIX}"):
                tmp.unlink(missing_ok=True)
        if self.toml_path.is_file():
            try:
                data = tomllib.loads(self.toml_path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
                raise SourceError(f"{self.toml_path}: invalid TOML ({e}); fix or move it first") from None
            self.entries = {k: v for k, v in data.items() if isinstance(v, dict)}
            self.top = {k: v for k, v in data.items() if not isinstance(v, dict)}

    def _lock(self) -> None:
        """One fetch at a time per folder: two would race on sources.toml.
        An OS lock (flock) is released when the process dies, even killed."""
        try:
            import fcntl
        except ImportError:  # Windows: no lock
            return
        self._lock_file = open(self.raw / ".lock", "w")
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.close()
            raise SourceError(f"another parallax fetch is writing into {self.folder}") from None

    def close(self) -> None:
        if self._lock_file is not None:
            self._lock_file.close()  # releases the lock
            self._lock_file = None

    def text_path(self, name: str) -> Path:
        return self.folder / f"{name}.txt"

    def raw_path(self, name: str) -> Path:
        return self.raw / f"{name}.html"

    def has(self, url: str) -> str | None:
        """The text file of an already fetched URL (its text is there and
        recorded in sources.toml), else None. The raw page is provenance: a
        folder whose .raw/ was deleted to save space still counts as fetched."""
        name = page_name(url)
        entry = self.entries.get(f"{name}.txt")
        if entry and entry.get("url") == url and self.text_path(name).is_file():
            return f"{name}.txt"
        return None

    def save_page(self, name: str, raw: bytes, text: str) -> None:
        atomic_write(self.raw_path(name), raw)
        atomic_write(self.text_path(name), (text.rstrip("\n") + "\n").encode("utf-8"))

    def record(self, name: str, entry: dict) -> None:
        """Add or replace the page's table (keys the user added by hand are
        kept); `flush` writes it."""
        key = f"{name}.txt"
        merged = {**self.entries.get(key, {}), **entry}
        for k in ("author", "date", "title", "outlet", "canonical", "final_url", "charset"):
            if k not in entry:
                merged.pop(k, None)  # stale values from an earlier fetch of the page
        self.entries[key] = merged
        self._dirty = True

    def flush(self) -> None:
        """Rewrite sources.toml atomically if anything was recorded."""
        if self._dirty:
            atomic_write(self.toml_path, dumps_toml(self.entries, self.top).encode("utf-8"))
            self._dirty = False
        self._lock_file = None


# ---------------------------------------------------------------- TOML writing
# tomllib reads TOML; the standard library has no writer, and the file holds
# only flat tables of strings, dates and numbers.

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _key(k: str) -> str:
    return k if _BARE_KEY.fullmatch(k) else _string(k)


def _string(s: str) -> str:
    # A JSON string is a valid TOML basic string, except that TOML also wants DEL escaped.
    return json.dumps(s, ensure_ascii=False).replace("\x7f", "\\u007F")


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf") if math.isinf(v) else repr(v)
    if isinstance(v, (dt.datetime, dt.date, dt.time)):
        return v.isoformat()
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + "}"
    raise TypeError(f"cannot write {type(v).__name__} to TOML")


def dumps_toml(tables: dict[str, dict], top: dict | None = None) -> str:
    out = ["# Written by `parallax fetch`; edit freely: values here win over what the pages state.\n"]
    out += [f"{_key(k)} = {_value(v)}\n" for k, v in (top or {}).items()]
    for name in sorted(tables):
        out.append(f"\n[{_key(name)}]\n")
        for k, v in tables[name].items():
            out.append(f"{_key(k)} = {_value(v)}\n")
    return "".join(out)


def toml_date(value: str | None):
    """A page's date as a TOML date when it is ISO YYYY-MM-DD, else the string."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]) if re.fullmatch(r"\d{4}-\d\d-\d\d", value[:10]) else value
    except ValueError:
        return value
