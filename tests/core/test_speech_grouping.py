"""Statement grouping compares only candidate pairs (prefix filtering on
rare stems). For the shared-stems test of `same_utterance` that filter is
exact: every pair of one actor's statements in two sources that shares ≥ 3
content stems, half the smaller's, one of them rare in the actor's
statements, must be a candidate, however the stems fall."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.speech.context import Draft
from tui.core.speech.grouping import GROUP_STEM_POSTINGS, _candidate_pairs, _rendering

# Invented words (no stop words, longer than two letters, distinct stems).
VOCAB = [f"w{c}{d}zor" for c in "bcdfg" for d in "klmnp"]


@st.composite
def statements(draw):
    n = draw(st.integers(2, 30))
    out = []
    for k in range(n):
        words = draw(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=14))
        out.append((draw(st.sampled_from("abc")), words))
    return out


def _overlap_match(a, b) -> bool:
    shared = len(a.stems & b.stems)
    return shared >= 3 and shared / max(1, min(len(a.stems), len(b.stems))) >= 0.5


@settings(max_examples=300, deadline=None)
@given(statements())
def test_every_pair_sharing_enough_stems_is_a_candidate(items):
    drafts = [Draft(src, 0, 1, "direct", None, 0, 0, True) for src, _ in items]
    rend = [_rendering(words) for _, words in items]
    idx = list(range(len(items)))
    count: dict[str, int] = {}
    for r in rend:
        for s in r.stems:
            count[s] = count.get(s, 0) + 1
    got = {tuple(sorted(p)) for p in _candidate_pairs(idx, drafts, rend)}
    for i in idx:
        for j in idx[i + 1:]:
            if drafts[i].source == drafts[j].source:
                assert (i, j) not in got
                continue
            shared = rend[i].stems & rend[j].stems
            if _overlap_match(rend[i], rend[j]) and any(count[s] <= GROUP_STEM_POSTINGS for s in shared):
                assert (i, j) in got, (items[i], items[j])


def test_unrelated_statements_are_not_compared():
    items = [("a", "wbkzor wbmzor wbnzor".split()), ("b", "wckzor wcmzor wcnzor".split()),
             ("c", "wbkzor wbmzor wbnzor wbpzor".split())]
    drafts = [Draft(src, 0, 1, "direct", None, 0, 0, True) for src, _ in items]
    rend = [_rendering(w) for _, w in items]
    got = {tuple(sorted(p)) for p in _candidate_pairs(range(3), drafts, rend)}
    assert got == {(0, 2)}
