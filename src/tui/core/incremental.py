"""What one analysis of a changing folder keeps for the next (watch mode):
each cleaned source, with the cross-source counts its cleaning read, so that
an update cleans again only the sources it touches.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from .loading import RawSource
from .model import Source


class NotedCounts:
    """`lines_elsewhere` as one source's cleaning reads it, noting every count
    it looked up: that source's cleaning depends on those counts only, and
    can be reused while they stay the same (see CleaningMemo). Reading it any
    other way (iterating, its size) makes it depend on everything."""

    def __init__(self, counts: Counter) -> None:
        self._counts = counts
        self.read: dict[str, int | None] = {}
        self.everything = False

    def get(self, key, default=None):
        self.read[key] = self._counts.get(key)
        return self._counts.get(key, default)

    def __getitem__(self, key):
        self.read[key] = self._counts.get(key)
        return self._counts[key]

    def __contains__(self, key) -> bool:
        self.read[key] = self._counts.get(key)
        return key in self._counts

    def __iter__(self):
        self.everything = True
        return iter(self._counts)

    def __len__(self) -> int:
        self.everything = True
        return len(self._counts)

    def __getattr__(self, name: str):
        self.everything = True
        return getattr(self._counts, name)

    def dependencies(self) -> dict[str, int | None] | None:
        return None if self.everything else self.read


class CleaningMemo:
    """Cleaned sources kept between analyses of one changing folder (watch
    mode), so that an update cleans again only the sources it touches: a new
    or changed file, or one whose short lines' counts across the folder
    changed (a line the new article shares). A kept source is reused only for
    the same file (id, path, text, metadata) and the same counts, so the
    result is the one a fresh analysis gives."""

    def __init__(self) -> None:
        self._kept: dict[tuple, tuple[Source, dict]] = {}
        self.reused = 0  # sources reused by the last analysis

    @staticmethod
    def _key(raw: RawSource) -> tuple:
        return raw.id, raw.path, raw.text, json.dumps([raw.meta, raw.page_meta], sort_keys=True, default=str)

    def recall(self, raw: RawSource, counts: Counter) -> tuple[Source, dict] | None:
        """The kept source for `raw` and the counts it read, if still valid."""
        entry = self._kept.get(self._key(raw))
        if entry is None:
            return None
        _src, read = entry
        return entry if all(counts.get(k) == v for k, v in read.items()) else None

    def keep(self, cleaned: Sequence[tuple[RawSource, Source, dict | None]], reused: int) -> None:
        """Remember this analysis's sources (only these: the memo never grows
        beyond the folder)."""
        self._kept = {self._key(raw): (src, read) for raw, src, read in cleaned if read is not None}
        self.reused = reused
