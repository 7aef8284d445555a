"""Differences that stand out: in-line changed words, the `u` mode and gap
markers, on hand-made stories (pure lookups, then drawn in the panes)."""

from __future__ import annotations

from tui.core import Passage, Story
from tui.reader import ParallaxApp
from tui.reader.changes import Differences
from tui.reader.index import StoryIndex

from .conftest import make_source, span


def changed_words(diffs: Differences, src, visible) -> list[str]:
    return [src.text[s:e] for s, e in diffs.changed(src.id, 0, len(src.text), visible)]


def test_changed_words_of_a_near_passage(story):
    diffs = Differences(StoryIndex(story))
    a = story.sources[0]
    words = changed_words(diffs, a, ("a", "b"))
    joined = " ".join(words)
    assert "tremendous" in joined  # "tremendous" vs "great"
    assert "invasion" in joined and "They said" in joined
    assert "rewards Moscow" not in joined and "Negotiators" not in joined  # equal words, and verbatim passages
    # the counterparts are not visible: nothing to compare with
    assert changed_words(diffs, a, ("a",)) == []


def test_paraphrase_marks_new_words_not_moved_ones():
    a = make_source("a", "The court ruled on Tuesday that the merger may go ahead after a long review.")
    b = make_source("b", "After a long review the merger may go ahead, the judges decided on Tuesday.")
    p = Passage("p", "paraphrase", 0.5, (span(a, a.text), span(b, b.text)))
    diffs = Differences(StoryIndex(Story(sources=(a, b), passages=(p,))))
    words = changed_words(diffs, a, ("a", "b"))
    assert "court ruled" in " ".join(words)
    assert not any("merger" in w or "review" in w for w in words)  # moved, not changed


def test_changed_words_on_either_side_of_a_function_word_are_one_run():
    a = make_source("a", "The mayor said on Monday that crews praised the volunteers for clearing the flooded road quickly.")
    b = make_source("b", "The mayor said on Monday that crews thanked the residents for clearing the flooded road quickly.")
    p = Passage("p", "near", 0.8, (span(a, a.text), span(b, b.text)))
    diffs = Differences(StoryIndex(Story(sources=(a, b), passages=(p,))))
    assert changed_words(diffs, a, ("a", "b")) == ["praised the volunteers"]  # not "praised", "volunteers"
    assert changed_words(diffs, b, ("a", "b")) == ["thanked the residents"]


def test_a_passage_reworded_through_and_through_gets_no_in_line_marks():
    # most words differ: marking them would paint the whole sentence and say
    # nothing the paraphrase colour does not already say
    a = make_source("a", "Storm damage closed the coastal road for three days, officials said.")
    b = make_source("b", "Officials said wreckage from the gale shut the seafront route until Friday.")
    p = Passage("p", "paraphrase", 0.4, (span(a, a.text), span(b, b.text)))
    diffs = Differences(StoryIndex(Story(sources=(a, b), passages=(p,))))
    assert changed_words(diffs, a, ("a", "b")) == []
    assert changed_words(diffs, b, ("a", "b")) == []


def test_shared_map_counts_only_visible_sources(story):
    diffs = Differences(StoryIndex(story))
    a = story.sources[0]
    negotiators = a.text.index("Negotiators")  # shared with b only
    kremlin = a.text.index("The Kremlin said")  # shared with c only
    with_c = diffs.shared_map("a", ("a", "c"))
    assert with_c.at(negotiators) is None and with_c.at(kremlin) is not None
    with_b = diffs.shared_map("a", ("a", "b"))
    assert with_b.at(negotiators) is not None and with_b.at(kremlin) is None


GAP_A = ("The storm reached the coast at dawn and flooded the harbour road.\n"
         "Schools stay closed until the water has drained from the streets.")
GAP_B = ("The storm reached the coast at dawn and flooded the harbour road.\n"
         "Fishermen had moved their boats inland the evening before, after a warning from the coastguard.\n"
         "Schools stay closed until the water has drained from the streets.")


def gap_story() -> Story:
    a = make_source("a", GAP_A, outlet="Harbour Post")
    b = make_source("b", GAP_B, outlet="Coast Radio")
    first = "The storm reached the coast at dawn and flooded the harbour road."
    second = "Schools stay closed until the water has drained from the streets."
    return Story(sources=(a, b), passages=(
        Passage("p1", "verbatim", 1.0, (span(a, first), span(b, first))),
        Passage("p2", "verbatim", 1.0, (span(a, second), span(b, second))),
    ))


def test_gap_where_the_other_source_has_more():
    story = gap_story()
    diffs = Differences(StoryIndex(story))
    gaps = diffs.gaps("a", ("a", "b"))
    assert len(gaps) == 1
    assert gaps[0].source_id == "b" and gaps[0].words == 15
    assert GAP_A.index("\n") <= gaps[0].offset <= GAP_A.index("Schools")
    assert diffs.gaps("b", ("a", "b")) == ()  # b lacks nothing a has
    assert diffs.gaps("a", ("a",)) == ()


async def test_pane_draws_gap_marker_changes_and_u_mode(story):
    app = ParallaxApp(story=gap_story())
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        view = app.screen.panes[0].view
        assert view.source_id == "a"
        rows = [view.render_line(y).text for y in range(view.size.height)]
        assert any("⋯ 15 words only in Coast Radio" in r for r in rows), rows

    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        panes = {p.source_id: p.view for p in app.screen.panes}
        a = panes["a"]
        pal = a.palette()
        await pilot.press("G")  # the cursor away from the words inspected

        def style_of(word):
            row = a.row_of(a.source.text.index(word))  # counts the blank rows above the first line
            strip = a.render_line(row - round(a.scroll_y))
            return next(s for s in strip if word in s.text).style

        assert style_of("invasion").bgcolor == pal["changed"].bgcolor
        assert style_of("rewards Moscow").bgcolor == pal["near"].bgcolor
        await pilot.press("u")
        assert all(p.view.unique_mode for p in app.screen.panes)
        assert style_of("Negotiators").color == pal["shared-dim"].color  # b says it too
        assert style_of("draft").color == pal["text"].color  # only a says it: full strength
        assert style_of("invasion").bold  # a's own wording inside a shared passage
        await pilot.press("u")
        assert not a.unique_mode


def test_with_three_panes_only_words_no_counterpart_uses_are_marked():
    a = make_source("a", "The home side won the final by two goals after a late penalty.")
    b = make_source("b", "The home side won the cup final by two goals after a late header.")
    c = make_source("c", "The home side won the final by two clear goals after a late penalty.")
    p = Passage("p", "near", 0.8, (span(a, a.text), span(b, b.text), span(c, c.text)))
    diffs = Differences(StoryIndex(Story(sources=(a, b, c), passages=(p,))))
    assert changed_words(diffs, a, ("a", "b")) == ["penalty"]
    assert changed_words(diffs, a, ("a", "b", "c")) == []  # c says "penalty" too
    assert changed_words(diffs, b, ("a", "b", "c")) == ["cup", "header"]
