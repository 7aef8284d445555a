"""Which styles a stretch of text gets: pure choices, no Textual.

The styles themselves live in reader.tcss as component classes of the pane
(`source--verbatim`, ...), so themes, 16-colour terminals and NO_COLOR all
work; this module only decides which classes apply where.
"""

from __future__ import annotations

from tui.core import Passage

#: How many distinct cluster colours reader.tcss defines (source--cluster-0..N-1).
CLUSTER_COLOURS = 6

#: Every component class a pane renders with, base first.
PANE_CLASSES = (
    "source--text", "source--boilerplate", "source--collapsed",
    "source--verbatim", "source--near", "source--paraphrase",
    *(f"source--cluster-{i}" for i in range(CLUSTER_COLOURS)),
    "source--match", "source--match-current", "source--mark",
    "source--cursor", "source--cursor-dim", "source--outline",
    "source--gutter-cursor", "source--gutter-outline", "source--gutter-mark",
    "source--notice",
)


def passage_classes(passage: Passage | None, *, by_cluster: bool, number: int = 0) -> tuple[str, ...]:
    """Classes for text inside `passage`: the kind always (it carries the meaning
    through bold/underline/italic too), plus a cluster colour in cluster mode."""
    if passage is None:
        return ()
    if by_cluster:
        return (f"source--{passage.kind}", f"source--cluster-{number % CLUSTER_COLOURS}")
    return (f"source--{passage.kind}",)


def gutter_marker(*, cursor: bool, outline: bool, mark: bool) -> tuple[str, str | None]:
    """The glyph (and class) in a row's gutter: the cursor bar, the counterpart
    outline bracket, or the statement marker. Glyphs carry meaning without colour."""
    if cursor:
        return "▌", "source--gutter-cursor"
    if mark:
        return "»", "source--gutter-mark"
    if outline:
        return "┃", "source--gutter-outline"
    return " ", None
