"""Following a developing story: notice new, changed and removed articles.

Polling, not file-system events: it works the same on every system and over
network folders, and a check of a few thousand files' sizes and times every
second costs next to nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .core.loading import SourceError, find_files

POLL_SECONDS = 1.0

Signature = dict[str, tuple[int, int]]  # path → (size, modification time in ns)


def signature(paths: Sequence[str]) -> Signature:
    """What identifies the current state of the inputs (and their sources.toml)."""
    files, _ = find_files(list(paths))
    out: Signature = {}
    for f in [*files, *{f.parent / "sources.toml" for f in files}]:
        try:
            st = f.stat()
        except OSError:
            continue
        out[str(f)] = (st.st_size, st.st_mtime_ns)
    return out


@dataclass(frozen=True)
class Change:
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def describe(self) -> str:
        """"2 new sources, 1 changed": for a status line."""
        parts = []
        if self.added:
            parts.append(f"{len(self.added)} new source{'s' if len(self.added) > 1 else ''}")
        if self.changed:
            parts.append(f"{len(self.changed)} changed")
        if self.removed:
            parts.append(f"{len(self.removed)} removed")
        return ", ".join(parts) or "no change"


def compare(before: Signature, after: Signature) -> Change:
    def articles(keys) -> tuple[str, ...]:
        return tuple(sorted(k for k in keys if Path(k).name != "sources.toml"))

    changed = {k for k in before.keys() & after.keys() if before[k] != after[k]}
    touched = changed | (before.keys() ^ after.keys())
    if any(Path(k).name == "sources.toml" for k in touched):  # the metadata of every article may have changed
        changed |= before.keys() & after.keys()
    return Change(articles(after.keys() - before.keys()), articles(changed), articles(before.keys() - after.keys()))


def changes(paths: Sequence[str], on_error: Callable[[str], None], poll: float = POLL_SECONDS,
            stop: Callable[[], bool] = lambda: False) -> Iterator[Change]:
    """Yield a Change once at the start (everything is new) and after every
    change of the inputs, until `stop()` says so. A folder that is briefly
    empty or unreadable is reported through `on_error` (once) and watched on."""
    before: Signature | None = None
    last_error = None
    while not stop():
        try:
            now = signature(paths)
            last_error = None
        except SourceError as e:
            if str(e) != last_error:
                on_error(str(e))
                last_error = str(e)
            time.sleep(poll)
            continue
        if before is None:
            yield Change(added=tuple(sorted(k for k in now if Path(k).name != "sources.toml")))
        else:
            change = compare(before, now)
            if change:
                yield change
        before = now
        time.sleep(poll)
