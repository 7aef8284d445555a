"""Synchronized scrolling, as pure functions (no Textual).

The focused pane has a cursor on some row. Every other pane should scroll so
that the counterpart of the passage under the cursor sits on the same screen
row. Between passages the other pane follows by linear interpolation between
the nearest aligned anchors before and after the cursor, the way meld
scrolls its panes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence


def monotone_anchors(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of (a, b) pairs increasing in both a and b.

    Passages may be reordered between sources; interpolation needs anchors
    that never cross, so crossing pairs are dropped (longest increasing
    subsequence on b after sorting by a)."""
    pts = sorted(set(pairs))
    if not pts:
        return []
    # patience LIS with predecessor links, strictly increasing in both
    tails: list[int] = []  # index into pts of the smallest tail of each length
    tail_b: list[int] = []
    prev = [-1] * len(pts)
    i = 0
    while i < len(pts):
        # pairs sharing the same a must not chain with each other: process a group at once
        j = i
        while j < len(pts) and pts[j][0] == pts[i][0]:
            j += 1
        updates = []
        for k in range(i, j):
            b = pts[k][1]
            pos = _bisect_left(tail_b, b)
            updates.append((pos, k))
            prev[k] = tails[pos - 1] if pos > 0 else -1
        for pos, k in updates:
            b = pts[k][1]
            if pos == len(tails):
                tails.append(k)
                tail_b.append(b)
            elif b < tail_b[pos]:
                tails[pos] = k
                tail_b[pos] = b
        i = j
    out = []
    k = tails[-1]
    while k != -1:
        out.append(pts[k])
        k = prev[k]
    return out[::-1]


def _bisect_left(a: list[int], x: int) -> int:
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def interpolate(anchors: Sequence[tuple[float, float]], x: float) -> float | None:
    """Map position `x` on side a to side b through monotone `anchors`.

    Inside [first, last] anchor: linear between the neighbours. Outside: keep
    the offset to the nearest anchor (1:1). No anchors: None (do not follow)."""
    if not anchors:
        return None
    xs = [a for a, _ in anchors]
    i = bisect_right(xs, x)
    if i == 0:
        a0, b0 = anchors[0]
        return b0 - (a0 - x)
    if i == len(anchors):
        a1, b1 = anchors[-1]
        return b1 + (x - a1)
    a0, b0 = anchors[i - 1]
    a1, b1 = anchors[i]
    if a1 == a0:
        return float(b0)
    return b0 + (x - a0) * (b1 - b0) / (a1 - a0)


def proportional_offset(a_start: int, a_end: int, b_start: int, b_end: int, offset: int) -> int:
    """Where `offset` inside span a falls in span b, proportionally, clamped to b."""
    if a_end <= a_start:
        return b_start
    t = (offset - a_start) / (a_end - a_start)
    t = min(max(t, 0.0), 1.0)
    return min(b_start + round(t * (b_end - b_start)), max(b_start, b_end - 1))


def scroll_for(target_row: float, screen_row: int, max_scroll: int) -> int:
    """Scroll offset that puts content row `target_row` on screen row `screen_row`."""
    return int(min(max(round(target_row) - screen_row, 0), max(max_scroll, 0)))
