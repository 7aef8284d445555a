"""Pure parts of a pane: header fitting, scroll margin, names of sources."""

from hypothesis import given, settings, strategies as st

from tui.reader.names import file_name
from tui.reader.pane import SCROLLOFF, header_text, scroll_margin, scroll_to_show, top_space


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=60), st.one_of(st.none(), st.just("2026-03-14")),
       st.integers(0, 100), st.one_of(st.none(), st.text(max_size=120)), st.integers(20, 160))
def test_header_never_cuts_the_percentage(name, date, pct, title, width):
    shared = f"{pct}% shared"
    text = header_text("3/12", name.replace("\n", " "), date, shared, title, width)
    assert text.cell_len <= width
    assert shared in text.plain  # whole, whatever the name and title
    assert text.plain.startswith("3/12 ")


def test_header_drops_the_date_before_the_name_and_keeps_the_title_last():
    wide = header_text("1/2", "Harbour Gazette", "2026-03-14", "12% shared", "Storm closes port", 80).plain
    assert wide == "1/2 Harbour Gazette · 2026-03-14 · 12% shared · Storm closes port"
    narrow = header_text("1/2", "Harbour Gazette", "2026-03-14", "12% shared", "Storm closes port", 38).plain
    assert narrow == "1/2 Harbour Gazette · 12% shared"


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 60), st.integers(0, 400), st.integers(0, 30), st.integers(0, 400), st.integers(0, 60))
def test_scroll_to_show_keeps_the_margin_when_it_can(height, first, extra, top, floor):
    last = first + extra
    new = scroll_to_show(first, last, top, height, floor)
    margin = scroll_margin(height)
    if extra + 1 + 2 * margin <= height and new != top:
        # moved: the cursor is inside the margins (unless held at the first text row)
        assert new + margin <= first or new == floor
        assert last + margin < new + height or new == floor
    if first - margin >= top and last + margin < top + height:
        assert new == top  # already comfortable: no scrolling


def test_margin_and_top_space():
    assert scroll_margin(40) == SCROLLOFF == 3
    assert scroll_margin(3) == 1 and scroll_margin(1) == 0
    assert top_space(30) == 30 - 1 - 3
    assert top_space(0) == 0


def test_file_name_drops_a_hash_like_suffix_only():
    assert file_name("000_dfee2b752badd149") == "000"
    assert file_name("court-ruling-7f3a9c0e12") == "court-ruling"
    assert file_name("storm_20240101") == "storm_20240101"  # a date is not a hash
    assert file_name("final_deadbeef") == "final_deadbeef"  # letters only: a word, not a hash
    assert file_name("3f2a9c01d4e5b6a7") == "3f2a9c01d4e5b6a7"  # nothing left otherwise
