"""Lookups over a hand-made Story (no analysis happens in the reader)."""

from tui.core import Passage, Span, Story
from tui.reader.highlight import gutter_marker, passage_role
from tui.reader.index import StoryIndex, build_paint_map

from .conftest import make_source


def test_strongest_kind_wins_where_passages_overlap():
    v = Passage("v", "verbatim", 1.0, (Span("a", 10, 20), Span("b", 0, 10)))
    p = Passage("p", "paraphrase", 0.5, (Span("a", 0, 30), Span("b", 0, 30)))
    pm = build_paint_map([(p.spans[0], p), (v.spans[0], v)])
    runs = list(pm.runs(0, 40))
    assert [(s, e, x.id if x else None) for s, e, x in runs] == [
        (0, 10, "p"), (10, 20, "v"), (20, 30, "p"), (30, 40, None)]


def test_passage_at_counterpart_and_groups(story):
    idx = StoryIndex(story)
    a = idx.sources["a"]
    at = a.text.index("Negotiators")
    span, passage = idx.passage_at("a", at, at + 5)
    assert passage.id == "p1"
    assert idx.counterpart(passage, "b").source == "b"
    # the strongest passage under "Putin wants..." in a is verbatim p2, not paraphrase p4
    putin = a.text.index("Putin wants")
    assert idx.passage_at("a", putin, putin + 3)[1].id == "p2"
    assert idx.passage_at("a", putin, putin + 3, other="c")[1].id == "p4"
    s3 = idx.statements["s3"]
    assert idx.in_group(s3, "b").id == "s4"
    assert idx.in_group(idx.statements["s6"], "b") is None
    assert [x.id for x in idx.actors_ranked][0] == "zelensky"
    assert set(idx.altered) == {"s1", "s2"}


def test_anchors_are_monotone(story):
    idx = StoryIndex(story)
    anchors = idx.anchors("a", "b")
    assert anchors == sorted(anchors)
    assert [b for _, b in anchors] == sorted(b for _, b in anchors)


def test_styles_choice():
    p = Passage("x", "near", 0.8, ())
    assert passage_role(p, by_cluster=False) == "near"
    assert passage_role(p, by_cluster=True, number=7) == "cluster-1"
    assert passage_role(None, by_cluster=True) is None
    assert gutter_marker(cursor=True, outline=True, mark=False)[0] == "▌"
    assert gutter_marker(cursor=False, outline=True, mark=False)[0] == "┃"
    assert gutter_marker(cursor=False, outline=False, mark=False)[0] == " "


def test_empty_story_index():
    src = make_source("only", "Just one source.")
    idx = StoryIndex(Story(sources=(src,)))
    assert idx.passage_at("only", 0, 5) is None
    assert idx.anchors("only", "only") == []
    assert idx.actors_ranked == []


def test_panes_open_on_the_sources_that_share_most_with_the_first():
    # b is listed second but shares nothing; d shares more with a than c does
    text = "The council approved the new bus lanes on Tuesday after a long debate."
    a, b, c, d = (make_source(x, text) for x in "abcd")
    half = Passage("p1", "near", 0.8, (Span("a", 0, 30), Span("c", 0, 30)))
    whole = Passage("p2", "verbatim", 1.0, (Span("a", 0, len(text)), Span("d", 0, len(text))))
    idx = StoryIndex(Story(sources=(a, b, c, d), passages=(half, whole)))
    assert idx.opening_order() == ("a", "d", "c", "b")
    # with nothing shared, story order
    assert StoryIndex(Story(sources=(a, b, c, d))).opening_order() == ("a", "b", "c", "d")
