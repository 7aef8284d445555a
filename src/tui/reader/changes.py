"""What differs between the visible panes: pure lookups over the Story, no Textual.

Three questions a pane asks while it draws, each answered lazily for the
stretch of text on screen and cached per set of visible sources:

- which words inside a near / paraphrase passage differ from its counterparts
  in the other visible panes (the core's word diff, like meld's in-line changes);
- which text this source shares with another visible source at all (for the
  `u` mode, "what does this outlet add");
- where another visible source has words this one lacks at the aligned
  position (gap markers, "⋯ 34 words only in …").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from tui.core import Passage, Span, word_diff
from tui.core.text import STOPWORDS, tokenize

from .index import PaintMap, StoryIndex, build_paint_map

#: Fewer missing words than this are not worth a line of their own.
MIN_GAP_WORDS = 6

#: Above this share of a span's words changed, in-line marks are not shown:
#: a passage reworded through and through is already said by its kind's
#: colour, and marking most of it hides the few words that matter (meld
#: likewise drops in-line changes between blocks that are too different).
#: The diff panel (`d`) still compares it sentence by sentence.
MAX_CHANGED_SHARE = 0.4

Visible = tuple[str, ...]  # source ids of the visible panes, left to right


@dataclass(frozen=True)
class Gap:
    """Words another source has where this one has none, shown at `offset`."""

    offset: int  # in this source: where the missing material would be
    source_id: str  # the source that has it
    words: int


def _merge(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[list[int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def _merge_words(text: str, ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Merge ranges into one marked run per phrase: words separated only by
    spaces, or by one function word ("praised the efforts"). A function word
    the counterpart also uses somewhere counts as moved, and leaving it
    unmarked between two changed words only breaks the phrase into a
    checkerboard."""
    out: list[list[int]] = []
    for s, e in sorted(ranges):
        if out and (s <= out[-1][1] or _joinable(text[out[-1][1]:s])):
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


def _joinable(between: str) -> bool:
    words = between.split()
    return not words or (len(words) == 1 and words[0].casefold() in STOPWORDS)


class Differences:
    """Cached per (source, visible sources); safe to share between panes."""

    def __init__(self, index: StoryIndex) -> None:
        self.index = index
        self._changed: dict[tuple[str, str, int, Visible], tuple[tuple[int, int], ...]] = {}
        self._shared: dict[tuple[str, Visible], PaintMap] = {}
        self._gaps: dict[tuple[str, Visible], tuple[Gap, ...]] = {}

    # -- in-line changes ----------------------------------------------------

    def changed_in_span(self, passage: Passage, span: Span, visible: Visible) -> tuple[tuple[int, int], ...]:
        """Character ranges of `span` whose words differ from the passage's
        counterpart in every other visible source that carries it (with three
        panes, a word only one of two counterparts lacks is not this source's own)."""
        key = (passage.id, span.source, span.start, visible)
        got = self._changed.get(key)
        if got is not None:
            return got
        text = self.index.sources[span.source].text
        marked: set[tuple[int, int]] | None = None
        for other_id in visible:
            if other_id == span.source or other_id not in passage.source_ids:
                continue
            other = self.index.counterpart(passage, other_id, near=span.start)
            if other is None:
                continue
            words = set(self._changed_against(text, span, self.index.sources[other_id].text, other))
            marked = words if marked is None else marked & words
        if marked and len(marked) > MAX_CHANGED_SHARE * len(tokenize(text, span.start, span.end)):
            marked = None
        got = self._changed[key] = _merge_words(text, sorted(marked or ()))
        return got

    @staticmethod
    def _changed_against(text: str, span: Span, other_text: str, other: Span):
        """(start, end) of each word of `span` the word diff finds changed
        against `other`. A paraphrase reorders: a word the counterpart also
        uses, elsewhere, was moved, not changed."""
        ops = word_diff(text, span.start, span.end, other_text, other.start, other.end)
        theirs = {t.norm for t in tokenize(other_text, other.start, other.end)}
        for op in ops:
            if op.tag in ("replace", "delete") and op.a_end > op.a_start:
                for t in tokenize(text, op.a_start, op.a_end):
                    if t.norm not in theirs:
                        yield t.start, t.end

    def changed(self, source_id: str, start: int, end: int, visible: Visible) -> tuple[tuple[int, int], ...]:
        """Changed-word ranges overlapping [start, end) of `source_id`, from
        every near / paraphrase passage there that a visible source shares."""
        out: list[tuple[int, int]] = []
        others = set(visible) - {source_id}
        if not others:
            return ()
        for span, passage in self._spans_overlapping(source_id, start, end):
            if passage.kind == "verbatim" or not others.intersection(passage.source_ids):
                continue
            out.extend(r for r in self.changed_in_span(passage, span, visible) if r[0] < end and start < r[1])
        return _merge(out)

    def _spans_overlapping(self, source_id: str, start: int, end: int):
        spans = self.index.spans.get(source_id, [])
        # spans are sorted by start; a passage rarely exceeds a few thousand characters
        i = bisect_left(spans, start - 20000, key=lambda sp: sp[0].start)
        for span, passage in spans[i:]:
            if span.start >= end:
                break
            if span.end > start:
                yield span, passage

    # -- shared with the visible sources (`u` mode) -------------------------

    def shared_map(self, source_id: str, visible: Visible) -> PaintMap:
        """Where `source_id` shares a passage with another visible source."""
        key = (source_id, visible)
        got = self._shared.get(key)
        if got is None:
            others = set(visible) - {source_id}
            spans = [(s, p) for s, p in self.index.spans.get(source_id, []) if others.intersection(p.source_ids)]
            got = self._shared[key] = build_paint_map(spans)
        return got

    # -- gaps ---------------------------------------------------------------

    def gaps(self, source_id: str, visible: Visible) -> tuple[Gap, ...]:
        """Runs of words another visible source has between two passages it
        shares with this one (or before the first / after the last) that no
        passage shared with this source covers, placed at the aligned offset here."""
        key = (source_id, visible)
        got = self._gaps.get(key)
        if got is not None:
            return got
        out: list[Gap] = []
        for other_id in visible:
            if other_id == source_id:
                continue
            out.extend(self._gaps_from(source_id, other_id))
        got = self._gaps[key] = tuple(sorted(out, key=lambda g: (g.offset, self.index.order.get(g.source_id, 0))))
        return got

    def _gaps_from(self, here_id: str, other_id: str) -> list[Gap]:
        anchors = self.index.anchors(here_id, other_id)  # monotone (here, other) pairs
        if len(anchors) < 2:
            return []
        other = self.index.sources[other_id]
        covered = self._covered(other_id, here_id)
        starts = [t.start for t in other.body_tokens]
        out = []
        # consecutive anchor pairs bracket stretches of the other source; only
        # stretches between one passage's end and the next one's start can hold
        # material this source lacks
        for (h0, o0), (h1, o1) in zip(anchors, anchors[1:]):
            if o1 <= o0:
                continue
            words = self._uncovered_words(other.body_tokens, starts, covered, o0, o1)
            if words >= MIN_GAP_WORDS and h1 - h0 <= max(0, (o1 - o0)) // 3:
                out.append(Gap(h0, other_id, words))
        return out

    def _covered(self, source_id: str, partner: str) -> PaintMap:
        spans = [(s, p) for s, p in self.index.spans.get(source_id, []) if partner in p.source_ids]
        return build_paint_map(spans)

    @staticmethod
    def _uncovered_words(tokens, starts: list[int], covered: PaintMap, start: int, end: int) -> int:
        i, j = bisect_left(starts, start), bisect_right(starts, end - 1)
        return sum(1 for t in tokens[i:j] if covered.at(t.start) is None)

