"""Figures derived from a Story: how much of each source is shared with others."""

from __future__ import annotations

from collections.abc import Iterable

from .model import Source, Story


def _covered_tokens(story: Story, source: Source, others: set[str]) -> int:
    """Body words of `source` inside a passage that also spans one of `others`."""
    ranges = sorted(
        (span.start, span.end)
        for p in story.passages
        if others.intersection(p.source_ids) and source.id in p.source_ids
        for span in p.spans
        if span.source == source.id
    )
    if not ranges:
        return 0
    count = 0
    i = 0
    for tok in source.body_tokens:
        while i < len(ranges) and ranges[i][1] <= tok.start:
            i += 1
        # ranges are sorted by start; any range starting before the token may cover it
        j = i
        while j < len(ranges) and ranges[j][0] <= tok.start:
            if ranges[j][1] > tok.start:
                count += 1
                break
            j += 1
    return count


def shared_fraction(story: Story, source_id: str, others: Iterable[str] | None = None) -> float:
    """Share (0–1) of a source's body words found in passages with `others`
    (all other sources when None)."""
    source = story.source(source_id)
    other_ids = set(others) if others is not None else {s.id for s in story.sources}
    other_ids.discard(source_id)
    total = source.word_count
    if not total or not other_ids:
        return 0.0
    return _covered_tokens(story, source, other_ids) / total


def similarity_matrix(story: Story) -> dict[tuple[str, str], float]:
    """(a, b) → share of a's body words that a shares with b."""
    return {
        (a.id, b.id): shared_fraction(story, a.id, [b.id])
        for a in story.sources
        for b in story.sources
        if a.id != b.id
    }
