"""One sentence against two adjacent sentences of another source
(`paraphrase._merged_links`): an outlet splits a sentence in two (or joins
two), and neither half alone shares enough with the whole to be linked.
Every text here is written for these tests (other subjects than the
samples); each case has twins that must stay unlinked."""

from __future__ import annotations

import pytest
from conftest import story_of
from test_paraphrase_claims import _PAD_A, _PAD_B

from tui.core import paraphrase

_WHOLE = _PAD_A + ("The coast road will stay shut until at least Thursday, and shuttle buses are running "
                   "between Harwick and Penmoor.\n")
_FIRST = "Highways officials said the Harwick to Penmoor road would not reopen before Thursday.\n"


def _linked_to(story, phrase: str) -> str:
    """The text of b a paraphrase link joins to a's sentence holding `phrase` ('' if none)."""
    ta, tb = story.source("a").text, story.source("b").text
    at = ta.index(phrase)
    for link in story.links:
        for x, y in ((link.a, link.b), (link.b, link.a)):
            if link.kind == "paraphrase" and x.source == "a" and y.source == "b" and x.start <= at < x.end:
                return tb[y.start:y.end]
    return ""


def test_a_sentence_split_in_two_meets_both_halves(monkeypatch):
    b = _PAD_B + _FIRST + "Shuttle buses are running on the route in the meantime.\n"
    got = _linked_to(story_of(_WHOLE, b), "The coast road")
    assert got.startswith("Highways officials") and got.endswith("in the meantime")
    monkeypatch.setattr(paraphrase, "MERGED", False)
    assert _linked_to(story_of(_WHOLE, b), "The coast road") == ""


@pytest.mark.parametrize("second", [
    # the second half gives a figure the whole lacks: a fact of its own
    "Shuttle buses are running on the route at a cost of 40,000 a week.",
    # … or mostly tells something else
    "Local cafes on the route say trade has fallen sharply since the shuttle buses began.",
])
def test_a_next_sentence_with_a_claim_of_its_own_is_no_half(second):
    b = _PAD_B + _FIRST + second + "\n"
    assert _linked_to(story_of(_WHOLE, b), "The coast road") == ""
