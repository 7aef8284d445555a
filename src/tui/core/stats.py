"""Figures derived from a Story: how much of each source is shared with others.

`SharedWords` reads the Story's pairwise links once (each side filed under
the source on the other side), so a share costs a few bisects: the picker
and the overview ask for hundreds of them on a large folder. Links, not
passage clusters: a source shares with another exactly the words aligned
between the two, however long the other members of a passage are. (A Story
built without links, e.g. by hand, falls back to its passages.)
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable

from .model import Story
from .text import merge_intervals


class SharedWords:
    """Shares of body words found in passages with other sources (0–1)."""

    def __init__(self, story: Story) -> None:
        self.story = story
        # source → other source → spans of `source` in passages it shares with `other`
        self._spans: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
        if story.links:
            for link in story.links:
                a, b = link.a, link.b
                if a.source != b.source:
                    self._spans[a.source][b.source].append((a.start, a.end))
                    self._spans[b.source][a.source].append((b.start, b.end))
        else:
            for p in story.passages:
                ids = p.source_ids
                for span in p.spans:
                    for other in ids:
                        if other != span.source:
                            self._spans[span.source][other].append((span.start, span.end))
        self._word_starts = _WordStarts(story.sources)

    def _covered(self, source_id: str, intervals: list[tuple[int, int]]) -> int:
        starts = self._word_starts[source_id]
        return sum(bisect_left(starts, e) - bisect_left(starts, s) for s, e in merge_intervals(intervals))

    def partners(self, source_id: str) -> frozenset[str]:
        """The sources `source_id` shares any passage with."""
        return frozenset(self._spans.get(source_id, {}))

    def fraction(self, source_id: str, others: Iterable[str] | None = None) -> float:
        """Share of `source_id`'s body words in passages with any of `others`
        (all other sources when None)."""
        total = len(self._word_starts[source_id])
        by_partner = self._spans.get(source_id, {})
        wanted = by_partner.keys() if others is None else set(others) - {source_id}
        intervals = [iv for other in wanted for iv in by_partner.get(other, ())]
        if not total or not intervals:
            return 0.0
        return self._covered(source_id, intervals) / total

    def matrix(self, source_ids: Iterable[str] | None = None) -> dict[tuple[str, str], float]:
        """(a, b) → share of a's words that a shares with b, for the given
        sources (all when None); pairs sharing nothing are 0."""
        ids = [s.id for s in self.story.sources] if source_ids is None else list(source_ids)
        chosen = set(ids)
        out = {(a, b): 0.0 for a in ids for b in ids if a != b}
        for a in ids:
            total = len(self._word_starts[a])
            for b, intervals in self._spans.get(a, {}).items():
                if b in chosen and total:
                    out[(a, b)] = self._covered(a, intervals) / total
        return out


    def most_shared(self, n: int) -> list[str]:
        """Ids of the (at most) `n` sources sharing the most of their words,
        in story order: for matrices that must fit a screen or a page."""
        ids = [s.id for s in self.story.sources]
        if len(ids) <= n:
            return ids
        keep = set(sorted(ids, key=lambda sid: -self.fraction(sid))[:n])
        return [sid for sid in ids if sid in keep]


def shared_fraction(story: Story, source_id: str, others: Iterable[str] | None = None) -> float:
    """Share (0–1) of a source's body words found in passages with `others`
    (all other sources when None)."""
    return SharedWords(story).fraction(source_id, others)


def similarity_matrix(story: Story) -> dict[tuple[str, str], float]:
    """(a, b) → share of a's body words that a shares with b."""
    return SharedWords(story).matrix()


class _WordStarts(dict):
    """Source id → start offsets of its body words, listed when first asked
    for: a reader opening a large folder asks only for the sources it shows."""

    def __init__(self, sources) -> None:
        super().__init__()
        self._sources = {s.id: s for s in sources}

    def __missing__(self, source_id: str) -> list[int]:
        starts = self[source_id] = [t.start for t in self._sources[source_id].body_tokens]
        return starts
