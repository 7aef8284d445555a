"""Read-only lookups over a Story, built lazily for what the reader shows.

Nothing here analyses text: it only indexes the passages, statements and
quote-fidelity results the core already produced (by source, by offset, by
group), so that panes can answer "what is under the cursor?" quickly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from tui.core import Actor, Passage, Span, Statement, Story
from tui.core.model import PASSAGE_KINDS, QuoteComparison
from tui.core.stats import SharedWords

from .sync import monotone_anchors

KIND_RANK = {kind: i for i, kind in enumerate(PASSAGE_KINDS)}  # 0 = strongest


def stronger(a: Passage, b: Passage) -> bool:
    """True when passage `a` should win over `b` where they overlap."""
    return (KIND_RANK[a.kind], -a.similarity, a.id) < (KIND_RANK[b.kind], -b.similarity, b.id)


@dataclass(frozen=True)
class PaintMap:
    """Elementary intervals of one source, each with its strongest passage."""

    bounds: tuple[int, ...]
    passages: tuple[Passage | None, ...]  # passages[i] covers [bounds[i], bounds[i+1])

    def runs(self, start: int, end: int):
        """Yield (s, e, passage) covering [start, end) in order (passage may be None)."""
        if start >= end:
            return
        if not self.bounds:
            yield start, end, None
            return
        i = bisect_right(self.bounds, start) - 1
        pos = start
        while pos < end:
            if i < 0:
                nxt = self.bounds[0]
                p = None
            elif i + 1 < len(self.bounds):
                nxt = self.bounds[i + 1]
                p = self.passages[i]
            else:
                nxt = end
                p = None
            stop = min(end, nxt)
            if stop > pos:
                yield pos, stop, p
            pos = stop
            i += 1

    def at(self, offset: int) -> Passage | None:
        i = bisect_right(self.bounds, offset) - 1
        if 0 <= i < len(self.passages):
            return self.passages[i]
        return None


def build_paint_map(spans: list[tuple[Span, Passage]]) -> PaintMap:
    """Sweep the spans of one source; where passages overlap the strongest wins."""
    if not spans:
        return PaintMap((), ())
    bounds = sorted({s.start for s, _ in spans} | {s.end for s, _ in spans})
    winners: list[Passage | None] = [None] * (len(bounds) - 1)
    for span, passage in spans:
        i = bisect_left(bounds, span.start)
        j = bisect_left(bounds, span.end)
        for k in range(i, j):
            cur = winners[k]
            if cur is None or stronger(passage, cur):
                winners[k] = passage
    return PaintMap(tuple(bounds), tuple(winners))


class StoryIndex:
    def __init__(self, story: Story) -> None:
        self.story = story
        self.sources = {s.id: s for s in story.sources}
        self.order = {s.id: i for i, s in enumerate(story.sources)}
        self.passages = {p.id: p for p in story.passages}
        self.passage_number = {p.id: i for i, p in enumerate(story.passages)}
        spans: dict[str, list[tuple[Span, Passage]]] = {s.id: [] for s in story.sources}
        for p in story.passages:
            for span in p.spans:
                if span.source in spans:
                    spans[span.source].append((span, p))
        for lst in spans.values():
            lst.sort(key=lambda sp: (sp[0].start, sp[0].end))
        self.spans = spans
        self._paint: dict[str, PaintMap] = {}
        self._anchors: dict[tuple[str, str], list[tuple[int, int]]] = {}
        self._span_starts: dict[str, list[int]] = {}
        self._shared: dict[tuple[str, frozenset[str]], float] = {}

    # passages ---------------------------------------------------------------

    def paint(self, source_id: str) -> PaintMap:
        pm = self._paint.get(source_id)
        if pm is None:
            pm = self._paint[source_id] = build_paint_map(self.spans.get(source_id, []))
        return pm

    def span_starts(self, source_id: str) -> list[int]:
        starts = self._span_starts.get(source_id)
        if starts is None:
            starts = self._span_starts[source_id] = sorted({s.start for s, _ in self.spans.get(source_id, [])})
        return starts

    def passage_at(self, source_id: str, start: int, end: int, other: str | None = None
                   ) -> tuple[Span, Passage] | None:
        """The strongest passage overlapping [start, end) in `source_id` (that
        also spans `other`, when given), with its span there."""
        best: tuple[Span, Passage] | None = None
        end = max(end, start + 1)
        for span, p in self.spans.get(source_id, []):
            if span.start >= end:
                break
            if span.end <= start:
                continue
            if other is not None and other not in p.source_ids:
                continue
            if best is None or stronger(p, best[1]) or (
                p is best[1] and abs(span.start - start) < abs(best[0].start - start)
            ):
                best = (span, p)
        return best

    def passages_at(self, source_id: str, start: int, end: int) -> list[tuple[Span, Passage]]:
        """Every passage overlapping [start, end) in `source_id`, with its span
        there, the one with the most differences first: paraphrase before near
        before verbatim, then by lower similarity (what `d` shows, in order)."""
        end = max(end, start + 1)
        found: dict[str, tuple[Span, Passage]] = {}
        for span, p in self.spans.get(source_id, []):
            if span.start >= end:
                break
            if span.end <= start:
                continue
            kept = found.get(p.id)
            if kept is None or abs(span.start - start) < abs(kept[0].start - start):
                found[p.id] = (span, p)
        return sorted(found.values(), key=lambda sp: (-KIND_RANK[sp[1].kind], sp[1].similarity, sp[1].id))

    def counterpart(self, passage: Passage, source_id: str, near: int = 0) -> Span | None:
        """The passage's span in `source_id` (the first, or the one nearest `near`)."""
        spans = [s for s in passage.spans if s.source == source_id]
        if not spans:
            return None
        return min(spans, key=lambda s: abs(s.start - near)) if near else spans[0]

    def anchors(self, a: str, b: str) -> list[tuple[int, int]]:
        """Monotone (offset in a, offset in b) pairs from passages spanning both:
        what synchronized scrolling interpolates between."""
        key = (a, b)
        got = self._anchors.get(key)
        if got is None:
            pairs: list[tuple[int, int]] = []
            for span, p in self.spans.get(a, []):
                if b not in p.source_ids:
                    continue
                other = self.counterpart(p, b)
                if other is None:
                    continue
                pairs.append((span.start, other.start))
                pairs.append((span.end, other.end))
            got = self._anchors[key] = monotone_anchors(pairs)
        return got

    @cached_property
    def shared_words(self) -> SharedWords:
        return SharedWords(self.story)

    def shared(self, source_id: str, others: frozenset[str]) -> float:
        key = (source_id, others)
        if key not in self._shared:
            self._shared[key] = self.shared_words.fraction(source_id, others) if others else 0.0
        return self._shared[key]

    def opening_order(self, picks: int = 6) -> tuple[str, ...]:
        """Source ids in the order the panes open them: the first source,
        then, one at a time, the source sharing the most words with those
        already chosen (so the first screen shows what the sources share,
        not two outlets that happen to be listed first and share nothing),
        then the rest in story order. Only the first `picks` are chosen this
        way: no more panes fit on a screen."""
        ids = [s.id for s in self.story.sources]
        if not ids:
            return ()
        chosen = [ids[0]]
        rank = {sid: i for i, sid in enumerate(ids)}
        while len(chosen) < min(picks, len(ids)):
            taken = frozenset(chosen)
            candidates = {p for c in chosen for p in self.shared_words.partners(c)} - taken
            best = max(candidates, default=None,
                       key=lambda c: (self.shared_words.fraction(c, taken), -rank[c]))
            if best is None:
                break
            chosen.append(best)
        taken = set(chosen)
        return (*chosen, *(sid for sid in ids if sid not in taken))

    # lineage ----------------------------------------------------------------

    @cached_property
    def _originals(self) -> dict[str, tuple[str, float]]:
        best: dict[str, tuple[float, str, float]] = {}
        for e in self.story.lineage:
            if e.direction == "from→to" and (e.to not in best or e.confidence > best[e.to][0]):
                best[e.to] = (e.confidence, e.source_from, e.share_of_to)
        return {to: (origin, share) for to, (_c, origin, share) in best.items()}

    def original_of(self, source_id: str) -> tuple[str, float] | None:
        """The source this one most probably took text from, and the share of
        this one's words found there; None when it took from none."""
        return self._originals.get(source_id)

    # actors and statements --------------------------------------------------

    @cached_property
    def statements(self) -> dict[str, Statement]:
        return {s.id: s for s in self.story.statements}

    @cached_property
    def actors(self) -> dict[str, Actor]:
        return {a.id: a for a in self.story.actors}

    @cached_property
    def statements_by_actor(self) -> dict[str, list[Statement]]:
        """Each actor's statements, grouped across sources, groups in reading order."""
        out: dict[str, list[Statement]] = {}
        for st in self.story.statements:
            if st.actor:
                out.setdefault(st.actor, []).append(st)
        order = self.order
        for actor, lst in out.items():
            positions = [(order.get(st.source, 0), st.start) for st in lst]
            first: dict[str, tuple[int, int]] = {}
            if positions != sorted(positions):
                for st, pos in zip(lst, positions):
                    key = st.group or st.id
                    first[key] = min(first.get(key, pos), pos)
                lst.sort(key=lambda st: (first[st.group or st.id], order.get(st.source, 0), st.start))
                continue
            # In reading order already (as a Story lists them): a group's first
            # position is where it first appears, and sorting by (first
            # position, position) keeps statements with one first position in
            # order, so one pass of buckets gives the same order as the sort.
            buckets: dict[tuple[int, int], list[Statement]] = {}
            for st, pos in zip(lst, positions):
                buckets.setdefault(first.setdefault(st.group or st.id, pos), []).append(st)
            out[actor] = [st for bucket in buckets.values() for st in bucket]
        return out

    @cached_property
    def actors_ranked(self) -> list[Actor]:
        """Actors by number of statements (most first), then name."""
        return sorted(self.story.actors,
                      key=lambda a: (-len(self.statements_by_actor.get(a.id, [])), a.name.casefold()))

    def actor_sources(self, actor_id: str) -> list[str]:
        return list(dict.fromkeys(st.source for st in self.statements_by_actor.get(actor_id, [])))

    @cached_property
    def groups(self) -> dict[str, list[Statement]]:
        out: dict[str, list[Statement]] = {}
        for st in self.story.statements:
            if st.group:
                out.setdefault(st.group, []).append(st)
        return out

    def in_group(self, statement: Statement, source_id: str) -> Statement | None:
        """The same utterance's rendering in another source, if it reports it."""
        if statement.source == source_id:
            return statement
        if not statement.group:
            return None
        same = [s for s in self.groups.get(statement.group, []) if s.source == source_id]
        return same[0] if same else None

    @cached_property
    def altered(self) -> dict[str, list[QuoteComparison]]:
        """Statement id → the comparisons that found its quote altered."""
        out: dict[str, list[QuoteComparison]] = {}
        for fid in self.story.fidelity:
            for c in fid.comparisons:
                if c.status == "altered":
                    out.setdefault(c.a, []).append(c)
                    out.setdefault(c.b, []).append(c)
        return out

    # differences between visible sources (reader/changes.py) --------------------

    @cached_property
    def differences(self):
        """In-line changed words, text shared with the visible sources and gaps,
        cached per set of visible sources and shared by every pane."""
        from .changes import Differences  # changes.py builds on this module

        return Differences(self)
