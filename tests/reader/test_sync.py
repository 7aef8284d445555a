"""Synchronized-scroll arithmetic, without a terminal."""

from hypothesis import given, settings, strategies as st

from tui.reader.sync import interpolate, monotone_anchors, proportional_offset, scroll_for


def test_monotone_anchors_drop_crossings():
    pairs = [(0, 0), (10, 50), (20, 20), (30, 30), (40, 40)]
    assert monotone_anchors(pairs) == [(0, 0), (20, 20), (30, 30), (40, 40)]


def test_monotone_anchors_same_a_does_not_chain():
    assert len(monotone_anchors([(5, 1), (5, 2), (5, 3)])) == 1


def test_interpolate_between_and_outside():
    anchors = [(10, 100), (20, 300)]
    assert interpolate(anchors, 10) == 100
    assert interpolate(anchors, 15) == 200
    assert interpolate(anchors, 5) == 95  # 1:1 before the first anchor
    assert interpolate(anchors, 30) == 310  # 1:1 after the last
    assert interpolate([], 3) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 500), st.integers(0, 500)), max_size=30), st.integers(0, 500),
       st.integers(0, 500))
def test_interpolation_is_monotone(pairs, x, y):
    anchors = monotone_anchors(pairs)
    if not anchors:
        return
    lo, hi = sorted((x, y))
    assert interpolate(anchors, lo) <= interpolate(anchors, hi)


def test_proportional_offset_clamps():
    assert proportional_offset(0, 100, 1000, 1200, 50) == 1100
    assert proportional_offset(0, 100, 1000, 1200, -5) == 1000
    assert proportional_offset(0, 100, 1000, 1200, 500) == 1199
    assert proportional_offset(5, 5, 7, 9, 5) == 7


def test_scroll_for_puts_row_on_screen_row():
    assert scroll_for(50, 10, 1000) == 40
    assert scroll_for(5, 10, 1000) == 0  # cannot scroll above the top
    assert scroll_for(500, 0, 100) == 100  # nor past the end
