"""Grouping rules out most pairs of statements with a plain LCS before the
fuzzy partial match: that must never rule out a pair the partial match
accepts (the bound is exact, not a heuristic)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from tui.core.speech.grouping import may_match_partially

WORDS = st.sampled_from("the a of minister said we will not talk deal ab abc to in he war".split())


def _sentence(words: list[str]) -> str:
    return " ".join(words)


@st.composite
def near_pairs(draw):
    a = draw(st.lists(WORDS, min_size=2, max_size=25).map(_sentence))
    b = list(a)
    for _ in range(draw(st.integers(0, max(1, len(a) // 6)))):  # a few character edits
        p = draw(st.integers(0, len(b)))
        op = draw(st.sampled_from(("del", "ins", "sub")))
        if op == "del" and b:
            del b[min(p, len(b) - 1)]
        elif op == "ins":
            b.insert(p, draw(st.sampled_from("abcdehx ")))
        elif b:
            b[min(p, len(b) - 1)] = draw(st.sampled_from("xyz e"))
    b = draw(st.lists(WORDS, max_size=8).map(_sentence)) + " " + "".join(b) + " " + \
        draw(st.lists(WORDS, max_size=8).map(_sentence))
    return (a, b) if draw(st.booleans()) else (b, a)


@settings(max_examples=400, deadline=None)
@given(near_pairs())
def test_lcs_bound_keeps_every_partial_match(pair):
    a, b = pair
    if min(len(a), len(b)) >= 8 and fuzz.partial_ratio(a, b, score_cutoff=90) >= 90:
        assert may_match_partially(a, b)


def test_the_bound_does_rule_out_unrelated_pairs():
    a = "the minister said the talks would resume next week"
    b = "shares in the airline fell sharply after the results"
    assert not may_match_partially(a, b)
