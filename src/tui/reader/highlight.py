"""Which role a stretch of text plays: pure choices, no Textual.

A role ("verbatim", "cursor", "cluster-2", ...) is a key of the palette
(`palette.py`), which computes its solid colours from the active theme and
colour system and carries its meaning through text attributes too; this
module only decides which roles apply where.
"""

from __future__ import annotations

from tui.core import Passage

from .palette import CLUSTER_COLOURS

__all__ = ["CLUSTER_COLOURS", "passage_role", "gutter_marker"]


def passage_role(passage: Passage | None, *, by_cluster: bool, number: int = 0) -> str | None:
    """The role of text inside `passage`: its kind, or in cluster mode its
    cluster colour (the kind's attributes are added by the pane)."""
    if passage is None:
        return None
    if by_cluster:
        return f"cluster-{number % CLUSTER_COLOURS}"
    return passage.kind


def gutter_marker(*, cursor: bool, outline: bool, mark: bool) -> tuple[str, str | None]:
    """The glyph (and role) in a row's gutter: the cursor bar, the counterpart
    outline bracket, or the statement marker. Glyphs carry meaning without colour."""
    if cursor:
        return "▌", "gutter-cursor"
    if mark:
        return "»", "gutter-mark"
    if outline:
        return "┃", "gutter-outline"
    return " ", None
