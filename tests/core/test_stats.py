"""Shares of shared words per source and pair."""

from __future__ import annotations

from conftest import story_of
from core.test_passages import BASE, UNRELATED
from tui.core.stats import SharedWords, shared_fraction, similarity_matrix


def test_identical_texts_share_everything_unrelated_nothing():
    text = "\n".join(BASE)
    story = story_of(text, text, UNRELATED)
    assert shared_fraction(story, "a") == 1.0
    assert shared_fraction(story, "a", ["c"]) == 0.0
    matrix = similarity_matrix(story)
    assert matrix[("a", "b")] == 1.0 and matrix[("b", "a")] == 1.0
    assert matrix[("a", "c")] == 0.0 and matrix[("c", "a")] == 0.0


def test_partial_share_counts_words_not_characters():
    a = "\n".join(BASE)
    b = BASE[1] + "\n" + UNRELATED
    story = story_of(a, b)
    words_a = story.source("a").word_count
    shared = SharedWords(story).fraction("a", ["b"])
    # one of the four paragraphs of a is in b
    assert 0.15 < shared < 0.4
    assert abs(shared * words_a - round(shared * words_a)) < 1e-9
    assert SharedWords(story).matrix(["a"]) == {}
