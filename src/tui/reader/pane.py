"""One source in one pane: a header line and the text, rendered line by line.

`SourceView` is a Line-API ScrollView: it lays the source out once per width
(`layout.layout_source`) and renders each visible row as a Strip, so it always
knows which row each sentence is on and its scroll offset is exact, which is
what synchronized scrolling needs.
"""

from __future__ import annotations

from bisect import bisect_left

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from rich.segment import Segment

from .changes import Differences
from .highlight import gutter_marker, passage_role
from .index import StoryIndex
from .layout import PaneLayout, display_text, layout_source
from .names import source_name
from .palette import ATTRIBUTES, Palette, palette_for

ATTRIBUTES_OF_KIND = {kind: ATTRIBUTES.get(kind, "none") for kind in ("verbatim", "near", "paraphrase")}

GUTTER = 2  # marker column + one space
SCROLLOFF = 3  # rows kept between the cursor and the pane's top/bottom edge (vim's scrolloff)


def scroll_margin(height: int) -> int:
    """The scroll margin a pane `height` rows tall can afford."""
    return max(0, min(SCROLLOFF, (height - 1) // 2))


def top_space(height: int) -> int:
    """Blank rows above the first line: enough for a following pane to put the
    first line against any row the leading pane's cursor can be on."""
    return max(height - 1 - scroll_margin(height), 0)


def scroll_to_show(first: int, last: int, top: int, height: int, floor: int) -> int:
    """Scroll offset that shows rows [first, last] with the scroll margin, moving
    as little as possible from `top`, never above `floor` (the first text row).
    A range taller than the pane keeps its first row in view."""
    margin = scroll_margin(height)
    want = top
    if first - margin < top:
        want = first - margin
    elif last + margin >= top + height:
        want = min(last + margin - height + 1, first - margin)
    if want != top:
        want = max(want, floor)
    return want


class SourceView(ScrollView, can_focus=True):
    """The wrapped text of one source with its highlights and a sentence cursor."""

    BINDINGS = [
        Binding("j,down", "cursor(1)", "Next sentence", show=False),
        Binding("k,up", "cursor(-1)", "Prev sentence", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "edge(0)", "Top", show=False),
        Binding("G,end", "edge(1)", "Bottom", show=False),
        Binding("tab", "screen.focus_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "screen.focus_pane(-1)", "Prev pane", show=False),
        Binding("right_square_bracket", "passage(1)", "Shared", key_display="]"),
        Binding("left_square_bracket", "passage(-1)", "Prev shared", show=False),
        Binding("n", "hit(1)", "Next shared", show=False),
        Binding("N", "hit(-1)", "Prev shared", show=False),
        Binding("n", "match(1)", "Match", show=True),
        Binding("N", "match(-1)", "Prev match", show=False),
        Binding("d", "screen.diff", "Diff", show=True),
        Binding("c", "screen.cycle_source(1)", "Cycle source", show=False),
        Binding("C", "screen.cycle_source(-1)", "Cycle source back", show=False),
        Binding("b", "toggle_boilerplate", "Boilerplate", show=False),
        Binding("w", "screen.coverage", "Adds / leaves out", show=False),
        Binding("u", "toggle_unique", "Only here", show=False),
    ]

    class CursorMoved(Message):
        """The cursor moved (the screen re-synchronizes the other panes)."""

        def __init__(self, view: "SourceView", moved: bool = True) -> None:
            super().__init__()
            self.view = view
            self.moved = moved  # False: only the pane's size changed

    class Focused(Message):
        def __init__(self, view: "SourceView") -> None:
            super().__init__()
            self.view = view

    class Scrolled(Message):
        """The user scrolled this pane with the mouse wheel (the screen keeps
        the other panes in step)."""

        def __init__(self, view: "SourceView") -> None:
            super().__init__()
            self.view = view

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        before = self.scroll_y
        super()._on_mouse_scroll_down(event)
        if self.scroll_y != before:
            self.post_message(self.Scrolled(self))

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        before = self.scroll_y
        super()._on_mouse_scroll_up(event)
        if before >= self.top_pad > self.scroll_y:
            self.scroll_to(y=self.top_pad, animate=False)  # the wheel stops at the first line
        if self.scroll_y != before:
            self.post_message(self.Scrolled(self))

    def __init__(self, index: StoryIndex, source_id: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = index
        self.source_id = source_id
        self.pane_layout: PaneLayout | None = None
        self.cursor = 0
        self.outline: tuple[int, int] | None = None  # counterpart span, outlined
        self.mark: tuple[int, int] | None = None  # statement being stepped through
        self.matches: list[tuple[int, int]] = []  # search matches in this source
        self.current_match: tuple[int, int] | None = None
        self.expand_boilerplate = False
        self.by_cluster = False
        self._laid_expanded = False
        self._styles: dict[str, Style] = {}
        self.top_pad = 0  # virtual blank rows above the first line (see `top_space`)
        self.unique_mode = False  # `u`: dim what another visible source shares
        self._palette: Palette | None = None
        self._gap_rows: tuple[object, dict[int, str]] | None = None

    # -- state --------------------------------------------------------------

    @property
    def source(self):
        return self.index.sources[self.source_id]

    def set_source(self, source_id: str) -> None:
        if source_id == self.source_id:
            return
        self.source_id = source_id
        self.cursor = 0
        self.outline = self.mark = None
        self.pane_layout = None
        self._relayout()
        self.scroll_to(y=self.top_pad, animate=False)
        self.refresh()

    @property
    def text_width(self) -> int:
        return max(self.scrollable_content_region.width - GUTTER, 8)

    def _relayout(self) -> None:
        width = self.text_width
        if self.pane_layout is not None and self.pane_layout.width == width and self._laid_expanded == self.expand_boilerplate:
            return
        offset = self.cursor_span[0] if self.pane_layout else None
        self.pane_layout = layout_source(self.source, width, expand_boilerplate=self.expand_boilerplate)
        self._laid_expanded = self.expand_boilerplate
        if offset is not None:
            self.cursor = self.pane_layout.unit_at(offset)
        self._set_virtual_height()

    def _set_virtual_height(self) -> None:
        """Text rows plus the blank space above them; keeps the text where it was
        on screen when that space changes with the pane's height."""
        assert self.pane_layout is not None
        height = self.scrollable_content_region.height
        pad = top_space(height)
        delta, self.top_pad = pad - self.top_pad, pad
        # at least a screenful under the blank space, so a short text can still be put at the top
        self.virtual_size = Size(self.scrollable_content_region.width, pad + max(self.pane_layout.height, height))
        if delta:
            self.scroll_to(y=max(self.scroll_y + delta, 0), animate=False, immediate=True)

    def row_of(self, offset: int) -> int:
        """Virtual row (blank space above the text included) showing `offset`."""
        return self.top_pad + self.ensure_layout().row_of(offset)

    def rows_of(self, start: int, end: int) -> tuple[int, int]:
        first, last = self.ensure_layout().rows_of(start, end)
        return self.top_pad + first, self.top_pad + last

    def ensure_layout(self) -> PaneLayout:
        if self.pane_layout is None:
            self._relayout()
        assert self.pane_layout is not None
        return self.pane_layout

    @property
    def cursor_span(self) -> tuple[int, int]:
        layout = self.ensure_layout()
        unit = layout.units[min(self.cursor, len(layout.units) - 1)]
        return unit.start, unit.end

    def cursor_rows(self) -> tuple[int, int]:
        return self.rows_of(*self.cursor_span)

    @property
    def cursor_screen_row(self) -> int:
        return self.cursor_rows()[0] - round(self.scroll_y)

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        self._set_virtual_height()
        self.scroll_cursor_visible()
        self.refresh()
        self.post_message(self.CursorMoved(self, moved=False))  # the screen re-syncs if this pane leads

    def notify_style_update(self) -> None:
        self._styles.clear()
        self._palette = None
        super().notify_style_update()

    def on_focus(self) -> None:
        self.post_message(self.Focused(self))
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        layout = self.ensure_layout()
        row = event.y + round(self.scroll_y) - self.top_pad
        if 0 <= row < layout.height and layout.lines[row].kind in ("text", "boilerplate"):
            self.move_to(layout.unit_at(layout.lines[row].start), scroll=False)
        self.focus()

    # -- moving -------------------------------------------------------------

    def refresh_span(self, span: tuple[int, int] | None) -> None:
        """Repaint only the rows showing `span` (cheap cursor/outline updates)."""
        if span is None or self.pane_layout is None:
            return
        first, last = self.rows_of(*span)
        self.refresh_lines(first, last - first + 1)

    def set_outline(self, span: tuple[int, int] | None) -> None:
        if span != self.outline:
            old, self.outline = self.outline, span
            self.refresh_span(old)
            self.refresh_span(span)

    def move_to(self, unit: int, *, scroll: bool = True, notify: bool = True) -> None:
        layout = self.ensure_layout()
        old = self.cursor_span
        self.cursor = max(0, min(unit, len(layout.units) - 1))
        if self.mark is not None:
            self.refresh_span(self.mark)
            self.mark = None
        if scroll:
            self.scroll_cursor_visible()
        self.refresh_span(old)
        self.refresh_span(self.cursor_span)
        if notify:
            self.post_message(self.CursorMoved(self))

    def move_to_offset(self, offset: int, *, center: bool = False) -> None:
        layout = self.ensure_layout()
        self.move_to(layout.unit_at(offset), scroll=not center, notify=False)
        if center:
            first, _ = self.cursor_rows()
            self.scroll_to(y=max(first - self.size.height // 3, self.top_pad), animate=False)
        self.post_message(self.CursorMoved(self))

    def scroll_cursor_visible(self) -> None:
        first, last = self.cursor_rows()
        top = scroll_to_show(first, last, round(self.scroll_y), max(self.size.height, 1), self.top_pad)
        self.scroll_to(y=max(top, 0), animate=False)

    def action_cursor(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        layout = self.ensure_layout()
        first, _ = self.cursor_rows()
        step = max(self.size.height - 2, 1)
        target = layout.unit_at_row(first - self.top_pad + direction * step)
        if target == self.cursor:
            target = self.cursor + direction
        self.move_to(target)

    def action_edge(self, end: int) -> None:
        self.move_to(len(self.ensure_layout().units) - 1 if end else 0)

    def action_passage(self, direction: int) -> None:
        """Jump to the next/previous start of a shared passage."""
        layout = self.ensure_layout()
        starts = self.index.span_starts(self.source_id)
        if not starts:
            self.notify("No shared passages in this source", severity="warning", timeout=2)
            return
        start, _ = self.cursor_span
        if direction > 0:
            i = bisect_left(starts, start + 1)
            for s in starts[i:]:
                if layout.unit_at(s) > self.cursor:
                    self.move_to(layout.unit_at(s))
                    return
        else:
            i = bisect_left(starts, start)
            for s in reversed(starts[:i]):
                if layout.unit_at(s) < self.cursor:
                    self.move_to(layout.unit_at(s))
                    return
        self.notify("No more shared passages this way", timeout=2)

    def _searching(self) -> bool:
        return bool(getattr(self.screen, "search_active", False))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`n`/`N` step through search matches while a search is active, else passages."""
        if action == "match":
            return self._searching()
        if action == "hit":
            return not self._searching()
        return True

    def action_hit(self, direction: int) -> None:
        self.action_passage(direction)

    def action_match(self, direction: int) -> None:
        self.screen.step_match(direction)  # type: ignore[attr-defined]

    def action_toggle_boilerplate(self) -> None:
        self.expand_boilerplate = not self.expand_boilerplate
        self._relayout()
        self.scroll_cursor_visible()
        self.refresh()
        self.post_message(self.CursorMoved(self))

    # -- rendering ----------------------------------------------------------

    def palette(self) -> Palette:
        """Solid colours computed for this pane's background and the terminal."""
        if self._palette is None:
            self._palette = palette_for(self)
        return self._palette

    def style(self, role: str) -> Style:
        """The palette style of a role ("notice", "cursor", ...); the former
        component-class names ("source--notice") are accepted too."""
        return self.palette()[role.removeprefix("source--")]

    def visible_sources(self) -> tuple[str, ...]:
        """Sources of the panes on screen, left to right (siblings, no DOM query)."""
        pane = self.parent
        row = getattr(pane, "parent", None)
        if row is None:
            return (self.source_id,)
        return tuple(child.view.source_id for child in row.children if isinstance(child, SourcePane))

    @property
    def differences(self) -> Differences:
        """Shared by every pane of the app: caches keyed by the visible sources."""
        return self.index.differences

    def action_toggle_unique(self) -> None:
        """`u`: every pane dims what another visible source also says."""
        on = not self.unique_mode
        for view in self._sibling_views():
            view.unique_mode = on
            view.refresh()
        self.notify("Only what each source adds is at full strength" if on else "Passages highlighted by kind",
                    timeout=2)

    def _sibling_views(self) -> list["SourceView"]:
        row = getattr(self.parent, "parent", None)
        if row is None:
            return [self]
        return [c.view for c in row.children if isinstance(c, SourcePane)] or [self]

    def gap_labels(self) -> dict[int, str]:
        """Blank row → "⋯ N words only in X": what a visible counterpart has here
        that this source lacks (shown in the blank row after the paragraph)."""
        layout = self.ensure_layout()
        visible = self.visible_sources()
        key = (id(layout), visible)
        if self._gap_rows is not None and self._gap_rows[0] == key:
            return self._gap_rows[1]
        rows: dict[int, list[str]] = {}
        lines = layout.lines
        for gap in self.differences.gaps(self.source_id, visible):
            row = layout.row_of(max(gap.offset - 1, 0))
            while row < len(lines) and lines[row].kind != "blank":
                row += 1
            if row >= len(lines):
                continue
            label = self.index.sources[gap.source_id].label
            rows.setdefault(row, []).append(f"{gap.words} words only in {label}")
        labels = {row: "⋯ " + " · ".join(parts) for row, parts in rows.items()}
        self._gap_rows = (key, labels)
        return labels

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._styles.get("")
        if base is None:
            base = self._styles[""] = self.rich_style
        layout = self.pane_layout
        row = y + round(self.scroll_y) - self.top_pad
        if layout is None or not 0 <= row < layout.height or width <= 0:
            return Strip.blank(width, base)
        pal = self.palette()
        line = layout.lines[row]
        c0, c1 = self.cursor_span
        focused = self.has_focus
        in_cursor = line.kind != "blank" and line.start < c1 and c0 < max(line.end, line.start + 1)
        in_outline = self.outline is not None and _overlaps(line.start, line.end, *self.outline)
        in_mark = self.mark is not None and _overlaps(line.start, line.end, *self.mark)
        glyph, grole = gutter_marker(cursor=in_cursor and focused, outline=in_outline, mark=in_mark)
        segments = [Segment(glyph, base + pal[grole] if grole else base), Segment(" ", base)]
        if line.kind == "collapsed":
            st = base + pal["collapsed"]
            if in_cursor:
                st += pal["cursor" if focused else "cursor-dim"]
            segments.append(Segment(line.label, st))
        elif line.kind == "blank":
            label = self.gap_labels().get(row)
            if label:
                segments.append(Segment(label, base + pal["gap"]))
        else:
            segments.extend(self._text_segments(line.start, line.end, line.kind, base, focused))
        return Strip(segments).crop(0, width).adjust_cell_length(width, base)

    def _text_segments(self, start: int, end: int, kind: str, base: Style, focused: bool):
        """Layers, bottom to top: passage kind (or cluster, or shared/unique in
        `u` mode), cursor / outline / statement, in-line changed words, search
        matches. Each layer's colours are solid; the top one with a background wins."""
        pal = self.palette()
        text = self.source.text
        base = base + pal["boilerplate" if kind == "boilerplate" else "text"]
        overlays: list[tuple[int, int, str]] = []
        c0, c1 = self.cursor_span
        if _overlaps(start, end, c0, c1):
            overlays.append((c0, c1, "cursor" if focused else "cursor-dim"))
        if self.outline and _overlaps(start, end, *self.outline):
            overlays.append((*self.outline, "outline"))
        if self.mark and _overlaps(start, end, *self.mark):
            overlays.append((*self.mark, "mark"))
        visible = self.visible_sources()
        unique = self.unique_mode
        changed = () if kind == "boilerplate" else self.differences.changed(self.source_id, start, end, visible)
        top: list[tuple[int, int, str]] = [(s, e, "unique" if unique else "changed") for s, e in changed]
        if self.matches:
            i = bisect_left(self.matches, (start - 200, 0))
            for ms, me in self.matches[i:]:
                if ms >= end:
                    break
                if me > start:
                    top.append((ms, me, "match-current" if self.current_match == (ms, me) else "match"))
        layers = ([(s, e, r) for s, e, r in top if r == "unique"] + overlays
                  + [(s, e, r) for s, e, r in top if r != "unique"])
        cuts = {start, end}
        for s, e, _ in layers:
            cuts.update(x for x in (s, e) if start < x < end)
        if unique:
            paint = self.differences.shared_map(self.source_id, visible)
        else:
            paint = self.index.paint(self.source_id)
        by_cluster = self.by_cluster
        numbers = self.index.passage_number
        out = []
        for ps, pe, passage in paint.runs(start, end):
            sub = sorted({ps, pe} | {x for x in cuts if ps < x < pe})
            if unique:
                role = "shared-dim" if passage is not None else None
            else:
                role = passage_role(passage, by_cluster=by_cluster,
                                    number=numbers.get(passage.id, 0) if passage else 0)
            pstyle = base + pal[role] if role else base
            if by_cluster and passage is not None and not unique:
                pstyle += Style.parse(ATTRIBUTES_OF_KIND[passage.kind])
            for a, b in zip(sub, sub[1:]):
                st = pstyle
                for s, e, r in layers:
                    if s <= a and b <= e:
                        st = st + pal[r]
                out.append(Segment(display_text(text[a:b]), st))
        return out


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < max(b1, b0 + 1) and b0 < max(a1, a0 + 1)


def header_text(number: str, name: str, date: str | None, shared: str, title: str | None, width: int) -> Text:
    """The pane header fitted to `width` cells: position, name, date and the
    shared % first (the % is never cut: the name is shortened, then the date
    dropped, to make room), then as much of the title as fits."""
    head = [(f"{number} ", "dim"), (None, "bold"), (f" · {date}" if date else "", ""), (f" · {shared}", "bold")]
    fixed = cell_len(head[0][0]) + cell_len(head[3][0])
    dropped = fixed + cell_len(name) + cell_len(head[2][0]) > width
    if dropped:
        head[2] = ("", "")  # the date goes before the name is shortened (and the title with it)
    room = max(width - fixed - cell_len(head[2][0]), 1)
    short = Text(name)
    short.truncate(room, overflow="ellipsis")  # by cells: wide characters count double
    head[1] = (short.plain, "bold")
    text = Text(no_wrap=True, overflow="ellipsis")
    for part, style in head:
        text.append(part, style)
    room = width - text.cell_len
    if title and title != name and room >= 5 and not dropped:  # " · " and at least two cells of title
        tail = Text(f" · {title}")
        tail.truncate(room, overflow="ellipsis")
        text.append_text(tail)
    return text


class PaneHeader(Static):
    """Position, name, date and share of words shared with the other visible
    panes, then the title; re-fitted to its width whenever it is drawn."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields: tuple[str, str, str | None, str, str | None] | None = None

    def render(self):
        if self.fields is None:
            return super().render()
        return header_text(*self.fields, max(self.content_region.width, 1))


class PaneNotice(Static):
    """A line inside the pane, over its text, saying (in full words) why the
    pane does not follow: e.g. its source does not report the statement."""


class SourcePane(Vertical):
    """A pane: header line, notice (hidden unless there is one), source view.
    `slot` is its position left to right."""

    def __init__(self, index: StoryIndex, source_id: str, slot: int) -> None:
        super().__init__(classes="pane -follow" if slot else "pane")
        self.index = index
        self.slot = slot
        self._source_id = source_id
        self.notice: str | None = None
        self.retired = False  # being removed (fewer panes fit)
        self.shared = 0.0
        self.shared_scope = ""  # what the % is relative to, when not "the other visible panes"
        self.header = PaneHeader("", classes="pane-header")
        self.notice_line = PaneNotice("", classes="pane-notice")
        self.notice_line.display = False
        self.view = SourceView(index, source_id, classes="pane-view")

    def compose(self):
        yield self.header
        yield self.notice_line
        yield self.view

    @property
    def source_id(self) -> str:
        return self.view.source_id

    def show_source(self, source_id: str) -> None:
        self._source_id = source_id
        self.set_notice(None)
        self.view.set_source(source_id)

    def set_notice(self, notice: str | None) -> None:
        if notice != self.notice:
            self.notice = notice
            self.notice_line.update(notice or "")
            self.notice_line.display = bool(notice)

    def update_header(self, shared: float | None = None, scope: str | None = None) -> None:
        if shared is not None:
            self.shared = shared
        if scope is not None:
            self.shared_scope = scope
        src = self.index.sources[self.source_id]
        number = f"{self.index.order[src.id] + 1}/{len(self.index.sources)}"
        pct = f"{round(self.shared * 100)}% shared{self.shared_scope}"
        title = src.title
        original = self.index.original_of(src.id)
        if original is not None:  # lineage first: it says more about this text than its title
            origin, share = original
            note = f"rewrite of {source_name(self.index.sources[origin])} · {round(share * 100)}%"
            title = f"{note} · {title}" if title else note
        self.header.fields = (number, source_name(src), src.date, pct, title)
        self.header.refresh()
