"""Wrapping a source into display lines with exact character offsets."""

from hypothesis import given, settings, strategies as st

from tui.reader.layout import display_text, layout_source, panes_for_width, wrap_line, wrap_range

from .conftest import make_source


def covered(text, lines):
    return "".join(text[s:e] for s, e in lines)


def test_wrap_keeps_words_whole_and_fits_width():
    text = "the quick brown fox jumps over the lazy dog " * 3
    lines = wrap_line(text, 0, len(text.rstrip()), 12)
    assert all(e - s <= 12 for s, e in lines)
    for s, e in lines:
        assert not text[s:e].startswith(" ")
        assert text[s:e].split() == text[s:e].split()  # no word cut
    assert " ".join(text[s:e] for s, e in lines).split() == text.split()


def test_very_long_word_is_hard_split():
    text = "x" * 50_000
    lines = wrap_line(text, 0, len(text), 37)
    assert len(lines) == -(-50_000 // 37)
    assert covered(text, lines) == text


def test_wide_characters_count_two_cells():
    text = "漢字" * 30
    lines = wrap_line(text, 0, len(text), 10)
    assert all(e - s <= 5 for s, e in lines)
    assert covered(text, lines) == text


def test_newlines_break_lines():
    text = "one\ntwo three\n\nfour"
    lines = wrap_range(text, 0, len(text), 40)
    assert [text[s:e] for s, e in lines] == ["one", "two three", "", "four"]


def test_display_text_keeps_length():
    assert display_text("a\tb\x07c") == "a b c"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab c\u00e9漢"), min_size=0, max_size=300),
       st.integers(min_value=1, max_value=50))
def test_wrapping_never_loses_a_word(text, width):
    lines = wrap_line(text, 0, len(text), width)
    words = " ".join(text[s:e] for s, e in lines).split()
    assert "".join(words) == "".join(text.split())
    assert all(s <= e for s, e in lines)
    assert [s for s, _ in lines] == sorted(s for s, _ in lines)


def test_layout_paragraphs_blank_lines_and_row_lookup():
    src = make_source("x", "First para has words.\nSecond para here. Two sentences.")
    lay = layout_source(src, 40)
    kinds = [ln.kind for ln in lay.lines]
    assert kinds == ["text", "blank", "text"]
    second = src.text.index("Second")
    assert lay.row_of(second) == 2
    assert lay.row_of(0) == 0
    assert len(lay.units) == 3
    assert lay.unit_at(src.text.index("Two")) == 2


def test_boilerplate_collapses_to_one_line_and_expands():
    text = "Body text here.\nSubscribe now.\nFollow us on social media.\nMore body."
    src = make_source("x", text, boilerplate=("Subscribe now.", "Follow us on social media."))
    lay = layout_source(src, 40)
    collapsed = [ln for ln in lay.lines if ln.kind == "collapsed"]
    assert len(collapsed) == 1
    assert "boilerplate" in collapsed[0].label
    assert all(u.start != text.index("Subscribe") for u in lay.units)  # the cursor skips it
    full = layout_source(src, 40, expand_boilerplate=True)
    assert [ln.kind for ln in full.lines].count("boilerplate") == 2
    assert any(u.start == text.index("Subscribe") for u in full.units)


def test_collapsed_boilerplate_counts_its_words_in_good_english():
    def label(line: str) -> str:
        src = make_source("x", f"Body text here.\n{line}\nMore body.", boilerplate=(line,))
        return next(ln.label for ln in layout_source(src, 60).lines if ln.kind == "collapsed")
    assert label("Advertisement").startswith("⋯ 1 word of boilerplate (")
    assert label("Share this story").startswith("⋯ 3 words of boilerplate (")
    assert label("* * *").startswith("⋯ boilerplate (")  # no words to count


def test_source_without_sentences_or_paragraphs():
    from tui.core import Source

    src = Source(id="raw", path="raw", text="line one\n\nline two is longer than the width")
    lay = layout_source(src, 10)
    assert lay.units and lay.height >= 3
    empty = layout_source(Source(id="e", path="e", text=""), 10)
    assert empty.height == 1 and len(empty.units) == 1


def test_panes_follow_width():
    assert panes_for_width(80, 5) == 2
    assert panes_for_width(160, 5, sidebar=30) == 3
    assert panes_for_width(160, 5) == 4
    assert panes_for_width(200, 5, sidebar=30) == 4
    assert panes_for_width(60, 5) == 1
    assert panes_for_width(200, 2) == 2
    assert panes_for_width(10, 0) == 1
