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
import io
import json
import os
import pickle
import sys
import tempfile
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache, partial
from operator import itemgetter
from pathlib import Path

from .. import __version__
from .loading import RawSource
from .model import Boilerplate, Link, Paragraph, Sentence, Source, Span, Story, Token
from .text import shared_offsets

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
                story = pickle.loads(memoryview(data)[len(MAGIC):])
                # A Story is immutable and has no reference cycles: its objects
                # are moved out of the collector's sight, else the next full
                # collection would walk them all (a token is a named tuple, which
                # the collector never stops tracking): a quarter of a second per
                # collection at 1,000 articles, several times while a reader opens.
                # Reference counting still frees them when the Story goes (only
                # garbage in reference cycles at this moment stays until exit).
                gc.freeze()
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
            data = MAGIC + _dumps(story)
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


# -- the stored form of a Story ------------------------------------------------
#
# Read back, a Story must be ready in a fraction of a second even at 1,000
# articles. Two things make a plain pickle slow: every word token is a named
# tuple rebuilt by a Python-level __new__ (a million of them), and the small
# frozen dataclasses with slots (sentences, spans, links) each go through
# the dataclass's Python-level __setstate__. So a Source is stored with its
# tokens, sentences and paragraphs as columns (offsets as arrays of machine
# integers, the words of each column as one string) and comes back as a
# `StoredSource` that rebuilds each of them when first read: a reader opening
# a large folder touches the few sources it shows. The small dataclasses are
# stored as calls with their field values, rebuilt by their __init__.

_FLAT_TYPES = {cls: tuple(f.name for f in fields(cls)) for cls in (Span, Link, Sentence, Paragraph, Boilerplate)}
_SOURCE_FIELDS = tuple(f.name for f in fields(Source))
_PACKED_FIELDS = ("tokens", "sentences", "paragraphs")
_new_token = partial(tuple.__new__, Token)  # a Token from a 4-tuple, at C speed


def _ints(values) -> tuple[str, bytes]:
    a = array("q", values)
    code = "I" if min(a, default=0) >= 0 and max(a, default=0) < 2**32 else "q"
    return code, (a if code == "q" else array(code, a)).tobytes()


def _from_ints(packed: tuple[str, bytes]) -> array:
    a = array(packed[0])
    a.frombytes(packed[1])
    return a


def _words(words: list[str]) -> str | list[str]:
    """A source's words as one string (a word never holds a line break),
    which unpickles as one object instead of a reference per word."""
    joined = "\n".join(words)
    return joined if joined.count("\n") == len(words) - 1 and words else words


def _unwords(packed: str | list[str]) -> Iterable[str]:
    # interned: one string per distinct word again, as when tokenized
    return packed if isinstance(packed, list) else map(sys.intern, packed.split("\n"))


def _pack(name: str, values: tuple) -> tuple:
    if name == "tokens":
        return (_ints(map(itemgetter(0), values)), _ints(map(itemgetter(1), values)),
                _words(list(map(itemgetter(2), values))), _words(list(map(itemgetter(3), values))))
    if name == "sentences":
        return (_ints(s.start for s in values), _ints(s.end for s in values), _ints(s.paragraph for s in values))
    return _ints(p.start for p in values), _ints(p.end for p in values)


def _unpack(name: str, packed: tuple) -> tuple:
    if name == "tokens":
        starts, ends, norms, folds = packed
        # offsets as the shared int objects tokenize gives (text.shared_offsets)
        return tuple(map(_new_token, zip(shared_offsets(_from_ints(starts)), shared_offsets(_from_ints(ends)),
                                         _unwords(norms), _unwords(folds))))
    if name == "sentences":
        return tuple(map(Sentence, *map(_from_ints, packed)))
    return tuple(map(Paragraph, *map(_from_ints, packed)))


class _Unpacked:
    """A field of a StoredSource, rebuilt from its columns when first read
    (then kept in the instance, which hides this descriptor)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return getattr(Source, self.name)  # the field's default
        packed = obj.__dict__["_packed"]
        value = obj.__dict__[self.name] = _unpack(self.name, packed[self.name])
        return value


class StoredSource(Source):
    """A Source read back from the cache: equal to the Source stored, field
    for field; its tokens, sentences and paragraphs are rebuilt on first use."""

    tokens = _Unpacked()
    sentences = _Unpacked()
    paragraphs = _Unpacked()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Source):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in _SOURCE_FIELDS)

    __hash__ = Source.__hash__


def _stored_source(state: dict, packed: dict) -> StoredSource:
    src = object.__new__(StoredSource)
    src.__dict__.update(state)  # (a frozen dataclass: fields set as pickle itself would)
    src.__dict__["_packed"] = packed
    return src


class _StoryPickler(pickle.Pickler):
    def reducer_override(self, obj):
        cls = type(obj)
        if cls is Source or cls is StoredSource:
            own = obj.__dict__
            state = {n: getattr(obj, n) for n in _SOURCE_FIELDS if n not in _PACKED_FIELDS}
            # a StoredSource not read yet is stored again as it came
            packed = {n: own["_packed"][n] if n not in own and "_packed" in own else _pack(n, getattr(obj, n))
                      for n in _PACKED_FIELDS}
            return _stored_source, (state, packed)
        names = _FLAT_TYPES.get(cls)
        if names is None:
            return NotImplemented
        return cls, tuple(getattr(obj, n) for n in names)


def _dumps(story: Story) -> bytes:
    buf = io.BytesIO()
    _StoryPickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(story)
    return buf.getvalue()


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
