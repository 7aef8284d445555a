"""Search across every source: pure matching plus the search bar widget."""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.binding import Binding
from textual.widgets import Input

from tui.core import Story


@dataclass(frozen=True, slots=True)
class Match:
    source: str
    start: int
    end: int


def find_matches(story: Story, query: str, limit: int = 10_000) -> list[Match]:
    """Case-insensitive literal matches of `query`, in source order then offset.
    Offsets are into the text as decoded (no case folding that changes lengths)."""
    query = query.strip()
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    out: list[Match] = []
    for src in story.sources:
        for m in pattern.finditer(src.text):
            out.append(Match(src.id, m.start(), m.end()))
            if len(out) >= limit:
                return out
    return out


def next_match(matches: list[Match], order: dict[str, int], source: str, offset: int,
               forward: bool = True) -> Match | None:
    """The match after (or before) `offset` in `source`, wrapping through the
    other sources in story order."""
    if not matches:
        return None
    here = (order.get(source, 0), offset)
    keyed = [((order.get(m.source, 0), m.start), m) for m in matches]
    if forward:
        later = [m for k, m in keyed if k > here]
        return later[0] if later else keyed[0][1]
    earlier = [m for k, m in keyed if k < here]
    return earlier[-1] if earlier else keyed[-1][1]


class SearchBar(Input):
    """`/` opens it; typing highlights matches in every pane; Enter jumps to the
    next match; Escape closes it (and clears the search)."""

    BINDINGS = [Binding("escape", "cancel", "Close search")]

    def __init__(self) -> None:
        super().__init__(placeholder="search all sources (Enter: go, Esc: cancel)", id="search")

    def action_cancel(self) -> None:
        self.screen.action_clear_search()  # type: ignore[attr-defined]
