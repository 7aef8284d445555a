"""Paraphrase links through a third source (`paraphrase._through_third`):
two rewrites of one wire sentence that share too few words to be linked
directly are linked when each is linked to that sentence and the pair
passes a weak check of its own. Every text here is written for these tests
(other subjects than the samples); each case has a twin that must stay
unlinked."""

from __future__ import annotations

import pytest
from conftest import story_of

from tui.core import paraphrase

_PAD_A = ("The harbour board met on Monday to discuss the winter timetable.\n"
          "A new ticket office opened at the east quay last month.\n")
_PAD_B = ("Passenger numbers on the island routes have recovered since the spring.\n"
          "The board will publish its annual report in December.\n")
_PAD_C = ("Fishing crews say the season has been the worst in a decade.\n"
          "The quay cafe will stay open through the winter.\n")
# the wire (b) and a rewrite of it (a) that keeps the reason and the company
_WIRE = _PAD_B + ("The island ferry company will cut its winter sailings to Skarra from six a day to three "
                  "from November, blaming the price of fuel.\n")
_REWRITE = _PAD_A + "Higher fuel prices mean the ferry company will run fewer winter crossings to Skarra.\n"


def _linked(story, x: str, x_phrase: str, y: str, y_phrase: str) -> bool:
    tx, ty = story.source(x).text, story.source(y).text
    ix, iy = tx.index(x_phrase), ty.index(y_phrase)
    return any(link.kind == "paraphrase" and p.source == x and q.source == y
               and p.start <= ix < p.end and q.start <= iy < q.end
               for link in story.links for p, q in ((link.a, link.b), (link.b, link.a)))


def test_two_rewrites_of_one_wire_sentence_meet_through_it(monkeypatch):
    # c keeps the figures, a the reason: each tells b's sentence, they
    # share only the island and the winter
    c = _PAD_C + "Skarra islanders will have three sailings a day rather than six in winter.\n"
    story = story_of(_REWRITE, _WIRE, c)
    assert _linked(story, "a", "Higher fuel", "b", "The island ferry")
    assert _linked(story, "c", "Skarra islanders", "b", "The island ferry")
    assert _linked(story, "a", "Higher fuel", "c", "Skarra islanders")
    # … which the direct pair alone does not show
    monkeypatch.setattr(paraphrase, "THROUGH_THIRD", False)
    assert not _linked(story_of(_REWRITE, _WIRE, c), "a", "Higher fuel", "c", "Skarra islanders")


@pytest.mark.parametrize("other", [
    # another island: a name neither a nor the wire's sentence gives (b
    # and c are linked all the same: the claim test alone lets it through)
    "Skarra's neighbour Holm will have three sailings a day rather than six in winter.",
    # another time, the old figure only
    "Skarra islanders had six sailings a day last winter.",
])
def test_a_third_source_does_not_join_another_claim(other):
    story = story_of(_REWRITE, _WIRE, _PAD_C + other + "\n")
    assert not _linked(story, "a", "Higher fuel", "c", other[:12])
