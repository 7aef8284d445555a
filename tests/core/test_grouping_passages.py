"""Statements of one actor inside one passage join into one group. The pairs
`_same_passage_pairs` gives are linear in a passage's sources (each chosen
statement paired with the actor's first one), not every pair of them: the
groups they make must be exactly those of every pair."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.model import Passage, Span
from tui.core.speech.context import Draft
from tui.core.speech.grouping import PASSAGE_MIN_CHARS, _same_passage_pairs

SOURCES = ("a", "b", "c", "d")


def _partition(n: int, pairs) -> set[frozenset[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, j in pairs:
        parent[find(i)] = find(j)
    groups: dict[int, set[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), set()).add(i)
    return {frozenset(g) for g in groups.values()}


def _every_pair(drafts, passages):
    """The rule as first written: every two chosen statements of one actor."""
    by_source: dict[str, list[int]] = {}
    for i, d in enumerate(drafts):
        if d.entity is not None and d.kind != "partial" and d.end - d.start >= PASSAGE_MIN_CHARS:
            by_source.setdefault(d.source, []).append(i)
    for p in passages:
        chosen: dict[tuple[str, int], tuple[int, int]] = {}
        for span in p.spans:
            for i in by_source.get(span.source, []):
                d = drafts[i]
                overlap = min(d.end, span.end) - max(d.start, span.start)
                key = (d.source, d.entity)
                if overlap * 2 >= d.end - d.start and overlap > chosen.get(key, (0, -1))[0]:
                    chosen[key] = (overlap, i)
        picked = [i for _, i in chosen.values()]
        for x, i in enumerate(picked):
            for j in picked[x + 1:]:
                if drafts[i].entity == drafts[j].entity and drafts[i].source != drafts[j].source:
                    yield i, j


@st.composite
def story(draw):
    drafts = []
    for src in SOURCES:
        at = 0
        for _ in range(draw(st.integers(0, 5))):
            at += draw(st.integers(0, 40))
            length = draw(st.integers(10, 90))
            entity = draw(st.sampled_from((None, 0, 1, 2)))
            kind = draw(st.sampled_from(("direct", "indirect", "partial")))
            drafts.append(Draft(src, at, at + length, kind, None, entity, 0, kind != "indirect"))
            at += length
    passages = []
    for k in range(draw(st.integers(0, 4))):
        spans = []
        for src in draw(st.lists(st.sampled_from(SOURCES), min_size=2, max_size=4, unique=True)):
            s = draw(st.integers(0, 400))
            spans.append(Span(src, s, s + draw(st.integers(20, 200))))
        passages.append(Passage(f"p{k}", "verbatim", 1.0, tuple(spans)))
    return drafts, passages


@settings(max_examples=300, deadline=None)
@given(story())
def test_passage_pairs_make_the_groups_every_pair_makes(case):
    drafts, passages = case
    got = list(_same_passage_pairs(drafts, passages))
    assert _partition(len(drafts), got) == _partition(len(drafts), _every_pair(drafts, passages))
    for i, j in got:  # one actor, two sources, as before
        assert drafts[i].entity == drafts[j].entity and drafts[i].source != drafts[j].source


def test_one_actor_in_many_sources_pairs_linearly():
    n = 300
    drafts = [Draft(f"s{k}", 100, 160, "direct", None, 7, 0, True) for k in range(n)]
    passage = Passage("p1", "verbatim", 1.0, tuple(Span(f"s{k}", 90, 170) for k in range(n)))
    pairs = list(_same_passage_pairs(drafts, [passage]))
    assert len(pairs) == n - 1
    assert _partition(n, pairs) == {frozenset(range(n))}
