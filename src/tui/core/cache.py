"""Analysed Stories remembered on disk, so that opening a folder again is instant.

A Story is stored under a key made of everything it was computed from: the
code of the analysis (a fingerprint of `tui.core`, so a new Parallax version
or a local change never reads an old result), and each source's id, path,
text and metadata. Any change to any input is a different key; nothing is
ever patched in place.

The files live in the user's cache directory (`$PARALLAX_CACHE_DIR`, else
`$XDG_CACHE_HOME/parallax`, else `~/.cache/parallax`). Each is written to a
temporary name and renamed, so a reader never sees half a file. A file that
is truncated, corrupt or not ours is reported in one line, deleted and
recomputed. The folder is kept under a size bound by deleting the least
recently used files first.

The files are Python pickles: they are only ever read back from the user's
own cache directory, which is as trusted as the user's own files.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import __version__
from .loading import RawSource
from .model import Story

CACHE_ENV = "PARALLAX_CACHE_DIR"
MAX_BYTES = 512 * 2**20
MAGIC = b"parallax-story\n"
SUFFIX = ".story"


def default_directory() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "parallax"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the analysis code itself (every module of `tui.core`) and
    the version: results of other code are never read."""
    h = hashlib.sha256(__version__.encode())
    core = Path(__file__).resolve().parent
    for path in sorted(core.rglob("*.py")):
        h.update(path.relative_to(core).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def story_key(raws: Sequence[RawSource], name: str = "") -> str:
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(name.encode())
    for raw in raws:
        h.update(b"\0" + raw.id.encode() + b"\0" + raw.path.encode() + b"\0")
        h.update(hashlib.sha256(raw.text.encode("utf-8", "surrogatepass")).digest())
        h.update(json.dumps([raw.meta, raw.page_meta], sort_keys=True, default=str).encode())
    return h.hexdigest()


@dataclass(frozen=True)
class CacheUsage:
    files: int
    bytes: int
    directory: Path


class StoryCache:
    """Stories on disk by key. Every failure is a warning, never an error:
    the cache only ever saves time."""

    def __init__(self, directory: Path | None = None, max_bytes: int = MAX_BYTES) -> None:
        self.directory = directory or default_directory()
        self.max_bytes = max_bytes

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}{SUFFIX}"

    def load(self, key: str) -> tuple[Story | None, str | None]:
        """The Story stored under `key` (or None), and a warning when a file
        was there but could not be used."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None, None
        except OSError as e:
            return None, f"cache: cannot read {path}: {e.strerror}; analysing again"
        try:
            if not data.startswith(MAGIC):
                raise ValueError("not a Parallax cache file")
            # The collector walks a million fresh tuples for nothing while a
            # large Story unpickles: pausing it makes loading several times faster.
            enabled = gc.isenabled()
            gc.disable()
            try:
                story = pickle.loads(data[len(MAGIC):])
            finally:
                if enabled:
                    gc.enable()
            if not isinstance(story, Story):
                raise ValueError("not a Story")
        except Exception as e:  # a damaged file may fail in any way pickle can
            _remove(path)
            return None, f"cache: {path.name} is unreadable ({type(e).__name__}), analysing again"
        try:
            os.utime(path)  # recently used: evicted last
        except OSError:
            pass
        return story, None

    def save(self, key: str, story: Story) -> str | None:
        """Store `story` under `key`; a warning if the cache cannot be written."""
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            data = MAGIC + pickle.dumps(story, protocol=pickle.HIGHEST_PROTOCOL)
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=SUFFIX)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(tmp, self._path(key))
            except BaseException:
                _remove(Path(tmp))
                raise
        except OSError as e:
            return f"cache: cannot write to {self.directory}: {e.strerror}"
        self.evict()
        return None

    def _entries(self) -> list[tuple[float, int, Path]]:
        out = []
        try:
            paths = list(self.directory.glob(f"*{SUFFIX}"))
        except OSError:
            return out
        for p in paths:
            if p.name.startswith(".tmp-"):
                continue
            try:
                st = p.stat()
            except OSError:
                continue
            out.append((st.st_mtime, st.st_size, p))
        return sorted(out)

    def evict(self) -> None:
        """Delete the least recently used files until the folder fits the bound."""
        entries = self._entries()
        total = sum(size for _, size, _ in entries)
        for _, size, path in entries:
            if total <= self.max_bytes:
                break
            _remove(path)
            total -= size

    def usage(self) -> CacheUsage:
        entries = self._entries()
        return CacheUsage(len(entries), sum(size for _, size, _ in entries), self.directory)

    def clear(self) -> CacheUsage:
        """Delete every cached Story (and stray temporary files); what was deleted."""
        before = self.usage()
        for _, _, path in self._entries():
            _remove(path)
        try:
            for tmp in self.directory.glob(".tmp-*"):
                _remove(tmp)
        except OSError:
            pass
        return before


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
