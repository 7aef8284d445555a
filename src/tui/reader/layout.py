"""Wrap one source into display lines, each mapped back to character offsets.

Pure functions, no Textual. A `PaneLayout` is what a pane renders: a list of
`Line`s whose (start, end) are offsets into `Source.text` exactly as decoded.
Wrapping only decides where display lines break; the text is never altered
(control characters are shown as spaces at render time, see `display_text`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from rich.cells import cell_len, get_character_cell_size

from tui.core import Source
from tui.core.text import WORD_RE

LineKind = Literal["text", "boilerplate", "collapsed", "blank"]

_WORD = re.compile(r"\S+")
_CONTROL = {i: " " for i in range(32)} | {127: " "}


@dataclass(frozen=True, slots=True)
class Line:
    """One display row. For "collapsed" rows, [start, end) is the whole hidden
    boilerplate run and `label` is what is shown instead."""

    start: int
    end: int
    kind: LineKind = "text"
    label: str = ""


@dataclass(frozen=True, slots=True)
class Unit:
    """A cursor stop: one sentence (or paragraph when a source has no sentences)."""

    start: int
    end: int


@dataclass
class PaneLayout:
    width: int
    lines: list[Line]
    units: list[Unit]
    _starts: list[int] = field(default_factory=list, repr=False)
    _rows: list[int] = field(default_factory=list, repr=False)
    _unit_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        for row, line in enumerate(self.lines):
            if line.kind != "blank":
                self._starts.append(line.start)
                self._rows.append(row)
        self._unit_starts = [u.start for u in self.units]

    @property
    def height(self) -> int:
        return len(self.lines)

    def row_of(self, offset: int) -> int:
        """The display row showing character `offset` (nearest row before it
        when the offset is in whitespace that wrapping dropped)."""
        if not self._starts:
            return 0
        i = bisect_right(self._starts, offset) - 1
        return self._rows[max(i, 0)]

    def rows_of(self, start: int, end: int) -> tuple[int, int]:
        """First and last row (inclusive) of the range [start, end)."""
        first = self.row_of(start)
        last = self.row_of(max(start, end - 1))
        return first, max(first, last)

    def unit_at(self, offset: int) -> int:
        """Index of the unit containing (or last starting before) `offset`."""
        if not self.units:
            return 0
        return max(bisect_right(self._unit_starts, offset) - 1, 0)

    def unit_at_row(self, row: int) -> int:
        """Index of the first unit that starts on or after `row` (else the last)."""
        if not self.units:
            return 0
        row = max(0, min(row, len(self.lines) - 1))
        line = self.lines[row]
        i = self.unit_at(line.start)
        if self.row_of(self.units[i].start) < row and i + 1 < len(self.units):
            i += 1
        return i


def cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def display_text(text: str) -> str:
    """What a slice of source text looks like on screen: one cell per control character."""
    return text.translate(_CONTROL)


def _hard_split(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Split [start, end) into pieces of at most `width` cells (a very long word)."""
    out: list[tuple[int, int]] = []
    chunk = text[start:end]
    if chunk.isascii():
        return [(p, min(p + width, end)) for p in range(start, end, width)]
    pos, used, line_start = start, 0, start
    for ch in chunk:
        w = get_character_cell_size(ch) or 1
        if used + w > width and used:
            out.append((line_start, pos))
            line_start, used = pos, 0
        used += w
        pos += 1
    out.append((line_start, end))
    return out


def wrap_line(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of text[start:end] (no newlines inside) to `width` cells."""
    width = max(width, 1)
    if start >= end:
        return [(start, start)]
    chunk = text[start:end]
    if cells(chunk) <= width:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    line_start = start
    prev_end = start
    used = 0
    for m in _WORD.finditer(text, start, end):
        ws, we = m.span()
        need = cells(text[prev_end:we])
        if used + need <= width:
            used += need
            prev_end = we
            continue
        if used:
            out.append((line_start, prev_end))
        line_start = ws
        word = cells(text[ws:we])
        if word > width:
            pieces = _hard_split(text, ws, we, width)
            out.extend(pieces[:-1])
            line_start = pieces[-1][0]
            used = cells(text[line_start:we])
        else:
            used = word
        prev_end = we
    if used or not out:
        out.append((line_start, prev_end))
    return out


def wrap_range(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Wrap text[start:end], breaking at newlines too."""
    out: list[tuple[int, int]] = []
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        out.extend(wrap_line(text, pos, stop, width))
        if nl == -1:
            return out
        pos = nl + 1


def _blocks(source: Source) -> list[tuple[int, int]]:
    """Paragraph ranges; falls back to non-empty text lines."""
    if source.paragraphs:
        return [(p.start, p.end) for p in source.paragraphs if p.end > p.start]
    out = []
    pos = 0
    text = source.text
    for raw in text.split("\n"):
        if raw.strip():
            out.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def _pieces(start: int, end: int, boilerplate) -> list[tuple[int, int, str | None]]:
    """Split a block into runs of body text (reason None) and boilerplate."""
    out: list[tuple[int, int, str | None]] = []
    pos = start
    for b in boilerplate:
        if b.end <= pos or b.start >= end:
            continue
        s, e = max(b.start, pos), min(b.end, end)
        if s > pos:
            out.append((pos, s, None))
        out.append((s, e, b.reason))
        pos = e
    if pos < end:
        out.append((pos, end, None))
    return out


def _word_count(text: str) -> int:
    """Words as the core counts them (a run of "* * *" or "|" has none)."""
    return sum(1 for _ in WORD_RE.finditer(text))


def layout_source(source: Source, width: int, *, expand_boilerplate: bool = False) -> PaneLayout:
    """Lay a source out for a pane `width` cells wide."""
    width = max(width, 1)
    text = source.text
    boilerplate = sorted(source.boilerplate, key=lambda b: b.start)
    lines: list[Line] = []
    collapsed: list[tuple[int, int, str]] = []  # pending boilerplate run to collapse

    def flush_collapsed() -> None:
        if not collapsed:
            return
        s, e = collapsed[0][0], collapsed[-1][1]
        reasons = list(dict.fromkeys(r for _, _, r in collapsed))
        words = sum(_word_count(text[a:b]) for a, b, _ in collapsed)
        size = f"{words} word{'' if words == 1 else 's'} of " if words else ""  # a rule of dashes has none
        label = f"⋯ {size}boilerplate ({'; '.join(reasons)})"
        lines.append(Line(s, e, "collapsed", label))
        collapsed.clear()

    def blank(at: int) -> None:
        if lines and lines[-1].kind != "blank":
            lines.append(Line(at, at, "blank"))

    for bstart, bend in _blocks(source):
        pieces = _pieces(bstart, bend, boilerplate)
        if not expand_boilerplate and all(r is not None for _, _, r in pieces):
            collapsed.extend((s, e, r) for s, e, r in pieces)  # whole block hidden
            continue
        if collapsed:
            flush_collapsed()
            blank(lines[-1].end)
        elif lines:
            blank(lines[-1].end)
        for s, e, reason in pieces:
            if reason is not None and not expand_boilerplate:
                lines.append(Line(s, e, "collapsed", f"⋯ boilerplate ({reason})"))
                continue
            kind = "text" if reason is None else "boilerplate"
            lines.extend(Line(ls, le, kind) for ls, le in wrap_range(text, s, e, width))
    if collapsed:
        if lines:
            blank(lines[-1].end)
        flush_collapsed()
    if not lines:
        lines.append(Line(0, 0, "blank"))

    hidden = [(ln.start, ln.end) for ln in lines if ln.kind == "collapsed"]
    units = [Unit(s.start, s.end) for s in source.sentences if not _inside(s.start, s.end, hidden)]
    if not units:
        units = [Unit(ln.start, ln.end) for ln in lines if ln.kind in ("text", "boilerplate")]
        units = _merge_blocks(units, _blocks(source))
    if not units:
        units = [Unit(lines[0].start, lines[0].end)]
    return PaneLayout(width, lines, units)


def _inside(start: int, end: int, hidden: list[tuple[int, int]]) -> bool:
    return any(h0 <= start and end <= h1 for h0, h1 in hidden)


def _merge_blocks(units: list[Unit], blocks: list[tuple[int, int]]) -> list[Unit]:
    """Without sentences, a cursor stop is a paragraph (its visible lines)."""
    out: list[Unit] = []
    for bs, be in blocks:
        inside = [u for u in units if bs <= u.start < max(be, bs + 1)]
        if inside:
            out.append(Unit(inside[0].start, inside[-1].end))
    return out or units


#: The narrowest a pane may get before one fewer pane is shown.
MIN_PANE_WIDTH = 40
MAX_PANES = 6


def panes_for_width(width: int, n_sources: int, sidebar: int = 0) -> int:
    """How many panes fit side by side: about 40 columns each, at least one."""
    room = max(width - sidebar, 0)
    return max(1, min(n_sources, room // MIN_PANE_WIDTH, MAX_PANES))
