"""The main screen: header, actor sidebar, panes side by side, footer.

It owns what concerns several panes at once: how many panes fit, which
source each shows, synchronized scrolling, search, the diff panel and
stepping through an actor's statements.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from tui.core import Passage, Span, Statement

from .diff_panel import DiffPanel
from .index import StoryIndex
from .layout import panes_for_width
from .names import source_name
from .pane import SourcePane, SourceView
from .search import Match, SearchBar, find_matches, next_match
from .sidebar import ActorSidebar
from .sync import interpolate, proportional_offset, scroll_for

MIN_WIDTH, MIN_HEIGHT = 60, 15
SIDEBAR_WIDTH = 30


class StoryHeader(Static):
    """The story (most shared headline, else the folder name) and the number of sources."""


class PendingLine(Static):
    """One line naming the source of the next statement or match when no pane
    shows it; Enter brings it into the focused pane."""


@dataclass(frozen=True)
class ReaderState:
    """What the user has set up on the screen, carried over when the story is
    updated under it (watch mode): the sources in the panes, each pane's
    cursor (as a character offset), the focused pane, the modes, the actor."""

    pane_sources: tuple[str, ...]
    cursors: tuple[tuple[str, int], ...]
    active: int
    sync: bool
    by_cluster: bool
    sidebar_choice: bool | None
    actor_name: str | None


class ReaderScreen(Screen):
    BINDINGS = [
        Binding("s", "pick_source", "Sources"),
        Binding("a", "actors", "Actors"),
        Binding("A", "toggle_sidebar", "Show/hide actors", show=False),
        Binding("slash", "search", "Search"),
        Binding("o", "overview", "Overview"),
        Binding("S", "toggle_sync", "Sync", show=False),
        Binding("m", "toggle_colour", "Colour mode", show=False),
        Binding("escape", "escape", "Close", show=True),
        Binding("enter", "show_pending", "Show it here", show=True),
        # The diff follows the cursor, so the panes keep the focus; these
        # scroll a diff taller than its panel from the keyboard.
        Binding("J", "scroll_diff(1)", "Scroll", show=True),
        Binding("K", "scroll_diff(-1)", "Scroll diff up", show=False),
    ]

    def __init__(self, index: StoryIndex, restore: ReaderState | None = None) -> None:
        super().__init__()
        self.index = index
        self.story = index.story
        self.pane_sources: list[str] = list(index.opening_order())
        self.restore = restore
        self._active = 0
        self.sync = True
        self.by_cluster = False
        self.search_query = ""
        self.search_active = False
        self.matches: list[Match] = []
        self.match_pos: int | None = None
        self.sidebar_visible = False
        self.sidebar_choice: bool | None = None  # None: automatic (shown when wide enough)
        # a statement or search match whose source no pane shows (Enter brings it in)
        self.pending: Statement | Match | None = None
        self.stepping = False  # stepping through statements: marks and notices are up
        self.user_moved = False  # panes open at their first line until the cursor moves
        self.too_small = False
        # `d`: the passages covering the cursor's sentence, most different first
        self._diff_key: tuple[str, int, int] | None = None
        self._diff_choices: list[tuple[Span, Passage]] = []
        self._diff_pos = 0

    def compose(self) -> ComposeResult:
        yield StoryHeader("", id="story-header")
        with Horizontal(id="body"):
            yield ActorSidebar(self.index, id="sidebar")
            yield Horizontal(id="panes")
        yield DiffPanel(self.index, id="diff")
        yield SearchBar()
        yield PendingLine(id="pending")
        yield Static(id="too-small")
        yield Footer(compact=True)

    # -- layout -------------------------------------------------------------

    @property
    def active(self) -> int:
        """Slot of the pane that has (or last had) the cursor."""
        return self._active

    @active.setter
    def active(self, slot: int) -> None:
        self._active = slot
        for i, pane in enumerate(self.panes):
            pane.set_class(i == slot, "-active")

    @property
    def panes(self) -> list[SourcePane]:
        # a pane being removed stays in the DOM until the next refresh: not counted
        return [p for p in self.query_one("#panes").query(SourcePane) if not p.retired]

    @property
    def active_pane(self) -> SourcePane | None:
        panes = self.panes
        if not panes:
            return None
        return panes[min(self.active, len(panes) - 1)]

    @property
    def active_view(self) -> SourceView | None:
        pane = self.active_pane
        return pane.view if pane else None

    def on_mount(self) -> None:
        if self.restore is not None:
            self._restore_modes(self.restore)
        self._fit(self.app.size.width, self.app.size.height)
        self.update_header()
        if self.panes:
            self.panes[0].view.focus()
        if self.restore is not None:
            self.call_after_refresh(self._restore_places, self.restore)

    # -- carrying the user's setup over an updated story (watch mode) ----------

    def state(self) -> ReaderState:
        sidebar = self.query_one(ActorSidebar)
        actor = self.index.actors.get(sidebar.actor_id) if sidebar.actor_id else None
        return ReaderState(
            pane_sources=tuple(p.source_id for p in self.panes),
            cursors=tuple((p.source_id, p.view.cursor_span[0]) for p in self.panes if p.view.pane_layout),
            active=self.active, sync=self.sync, by_cluster=self.by_cluster,
            sidebar_choice=self.sidebar_choice, actor_name=actor.name if actor else None)

    def _restore_modes(self, state: ReaderState) -> None:
        ids = [s.id for s in self.story.sources]
        kept = [sid for sid in state.pane_sources if sid in ids]
        self.pane_sources = kept + [sid for sid in ids if sid not in kept]
        self.sync, self.by_cluster, self.sidebar_choice = state.sync, state.by_cluster, state.sidebar_choice

    def _restore_places(self, state: ReaderState) -> None:
        cursors = dict(state.cursors)
        for pane in self.panes:
            offset = cursors.get(pane.source_id)
            if offset is not None:
                pane.view.move_to_offset(min(offset, max(len(pane.view.source.text) - 1, 0)))
        panes = self.panes
        if panes:
            self.active = min(state.active, len(panes) - 1)
            panes[self.active].view.focus()
        actor = next((a for a in self.story.actors if a.name == state.actor_name), None)
        if actor is not None and self.sidebar_visible:
            self.query_one(ActorSidebar).select_actor(actor.id)
            panes[self.active].view.focus()

    def on_resize(self, event) -> None:
        self._fit(event.size.width, event.size.height)

    def _fit(self, width: int, height: int) -> None:
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        self.set_class(small, "-too-small")
        if self.too_small and not small:
            # hidden widgets lost the focus: give it back to the pane that had it
            self.call_after_refresh(self._refocus)
        self.too_small = small
        self._fit_footer(width)
        self.query_one("#too-small", Static).update(
            f"Terminal too small ({width}×{height}).\nParallax needs at least {MIN_WIDTH}×{MIN_HEIGHT}.\n\nq quits."
        )
        if self.sidebar_choice is None:
            self.sidebar_visible = width >= 120 and bool(self.story.actors)
        else:
            self.sidebar_visible = self.sidebar_choice
        sidebar = self.query_one(ActorSidebar)
        sidebar.display = self.sidebar_visible
        if small:
            return  # nothing is drawn: keep the panes (and which one had the focus) for when it grows
        count = panes_for_width(width, len(self.story.sources), SIDEBAR_WIDTH if self.sidebar_visible else 0)
        self._set_pane_count(count)

    def _fit_footer(self, width: int) -> None:
        """Below 100 columns the keys fill the footer: the command-palette hint
        (Ctrl+P, listed in the help) would be jammed against the last key."""
        footer = self.query_one(Footer)
        want = width >= 100
        if footer.show_command_palette != want:
            footer.show_command_palette = want
            footer.refresh(recompose=True)

    def _refocus(self) -> None:
        view = self.active_view
        if view is not None and not self.too_small:
            view.focus()

    def _set_pane_count(self, count: int) -> None:
        container = self.query_one("#panes")
        panes = self.panes
        if len(panes) == count:
            return
        if len(panes) > count:
            lost_focus = any(p.view.has_focus for p in panes[count:])
            for pane in panes[count:]:
                pane.retired = True
                pane.remove()
            self.active = min(self.active, count - 1)
            if lost_focus:  # the focused pane no longer fits: the last one left takes the focus
                self.call_after_refresh(self._refocus)
        else:
            shown = [p.source_id for p in panes]
            for slot in range(len(panes), count):
                sid = next((s for s in self.pane_sources if s not in shown), self.pane_sources[slot % len(self.pane_sources)])
                shown.append(sid)
                container.mount(SourcePane(self.index, sid, slot))
        self.call_after_refresh(self.refresh_panes)

    def refresh_panes(self) -> None:
        """Headers (shared % with the other visible panes), highlight mode, search, sync."""
        panes = self.panes
        self.active = min(self.active, max(len(panes) - 1, 0))
        ids = [p.source_id for p in panes]
        everyone = frozenset(self.index.sources)
        for pane in panes:
            # shared with the other visible panes; with a single pane, with every other source (said so)
            others = frozenset(i for i in ids if i != pane.source_id)
            scope = ""
            if not others:
                others = everyone - {pane.source_id}
                scope = f" with {len(others)} other{'s' if len(others) != 1 else ''}" if others else ""
            pane.update_header(self.index.shared(pane.source_id, others), scope)
            view = pane.view
            view.by_cluster = self.by_cluster
            self._give_matches(view)
            view.refresh()
        self.update_header()
        view = self.active_view
        if view is not None and view.pane_layout is not None and self.user_moved:
            self.sync_from(view)

    def update_header(self) -> None:
        n = len(self.story.sources)
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(self.story.title or "Parallax", style="bold")
        text.append(f" — {n} source{'s' if n != 1 else ''}")
        text.append(f" · sync {'on' if self.sync else 'off'}")
        text.append(f" · colour by {'cluster' if self.by_cluster else 'kind'}")
        if self.search_query:
            pos = f"{self.match_pos + 1}/" if self.match_pos is not None else ""
            text.append(f" · “{self.search_query}” {pos}{len(self.matches)} matches", style="bold")
        self.query_one(StoryHeader).update(text)

    # -- focus and sources --------------------------------------------------

    @on(SourceView.Focused)
    def _view_focused(self, message: SourceView.Focused) -> None:
        for i, pane in enumerate(self.panes):
            if pane.view is message.view:
                self.active = i
        # the pane taking the focus leads: its own outline goes, the others
        # outline the counterpart of its cursor (without scrolling anyone)
        message.view.set_outline(None)
        if message.view.pane_layout is not None:
            self.sync_from(message.view, scroll=False)
        self.refresh_bindings()

    def action_focus_pane(self, delta: int) -> None:
        panes = self.panes
        if panes:
            self.active = (self.active + delta) % len(panes)
            panes[self.active].view.focus()

    def show_in_active(self, source_id: str) -> None:
        """Show `source_id` in the focused pane (swapping with a pane already showing it)."""
        pane = self.active_pane
        if pane is None or pane.source_id == source_id:
            return
        for other in self.panes:
            if other is not pane and other.source_id == source_id:
                other.show_source(pane.source_id)
        pane.show_source(source_id)
        self.refresh_panes()

    def action_cycle_source(self, delta: int) -> None:
        pane = self.active_pane
        if pane is None:
            return
        ids = [s.id for s in self.story.sources]
        shown = {p.source_id for p in self.panes if p is not pane}
        i = ids.index(pane.source_id)
        for step in range(1, len(ids) + 1):
            cand = ids[(i + delta * step) % len(ids)]
            if cand not in shown or len(shown) >= len(ids) - 1:
                if cand != pane.source_id:
                    self.show_in_active(cand)
                return

    def action_pick_source(self) -> None:
        from .picker import SourcePicker

        pane = self.active_pane
        if pane is None:
            return
        visible = [p.source_id for p in self.panes]

        def chosen(source_id: str | None) -> None:
            if source_id:
                self.show_in_active(source_id)
            if self.active_view:
                self.active_view.focus()

        self.app.push_screen(SourcePicker(self.index, pane.source_id, visible), chosen)

    # -- synchronized scrolling ---------------------------------------------

    @on(SourceView.CursorMoved)
    def _cursor_moved(self, message: SourceView.CursorMoved) -> None:
        view = message.view
        if view is not self.active_view:
            return
        if not message.moved and (self.stepping or not self.user_moved):
            return  # a resize while stepping, or before any move: the panes stay where they are
        if message.moved:
            self.user_moved = True
            self.end_stepping()
        self.sync_from(view)
        diff = self.query_one(DiffPanel)
        if diff.display and diff.mode == "passage":
            self.action_diff(quiet=True)

    @on(SourceView.Scrolled)
    def _wheel_scrolled(self, message: SourceView.Scrolled) -> None:
        """Mouse-wheel scrolling: the other panes follow the middle row of the
        scrolled one through the alignment (the cursor stays where it is)."""
        if not self.sync:
            return
        view = message.view
        middle = round(view.scroll_y) + view.size.height // 2
        for pane in self.panes:
            other = pane.view
            if other is view:
                continue
            target = self._aligned_row(view, other, middle)
            if target is not None:
                other.scroll_to(y=scroll_for(target, view.size.height // 2, other.max_scroll_y), animate=False)

    def _aligned_row(self, view: SourceView, other: SourceView, row: float) -> float | None:
        """The row of `other` that the alignment puts against `row` of `view`
        (interpolated between the nearest shared passages)."""
        anchors = self.index.anchors(view.source_id, other.source_id)
        return interpolate([(view.row_of(a), other.row_of(b)) for a, b in anchors], row)

    def sync_from(self, view: SourceView, scroll: bool = True) -> None:
        """Outline the counterpart of the passage under the cursor in every other
        pane and, when sync is on and `scroll`, scroll it onto the cursor's screen row."""
        c0, c1 = view.cursor_span
        cursor_row = view.row_of(c0)
        for pane in self.panes:
            other = pane.view
            if other is view:
                continue
            if other.mark is not None and scroll:
                other.refresh_span(other.mark)
                other.mark = None
            hit = self.index.passage_at(view.source_id, c0, c1, other=other.source_id)
            target: float | None
            screen_row = cursor_row - round(view.scroll_y)
            if hit is not None:
                span, passage = hit
                counterpart = self.index.counterpart(passage, other.source_id, near=0)
                assert counterpart is not None
                here = max(c0, span.start)
                there = proportional_offset(span.start, span.end, counterpart.start, counterpart.end, here)
                other.set_outline((counterpart.start, counterpart.end))
                screen_row = view.row_of(here) - round(view.scroll_y)
                target = other.row_of(there)
            else:
                other.set_outline(None)
                target = self._aligned_row(view, other, cursor_row) if scroll else None
            if self.sync and scroll and target is not None:
                other.scroll_to(y=scroll_for(target, screen_row, other.max_scroll_y), animate=False)

    def action_toggle_sync(self) -> None:
        self.sync = not self.sync
        self.update_header()
        self.notify(f"Synchronized scrolling {'on' if self.sync else 'off'}", timeout=2)
        if self.sync and self.active_view:
            self.sync_from(self.active_view)

    def action_toggle_colour(self) -> None:
        self.by_cluster = not self.by_cluster
        self.refresh_panes()

    # -- diff ---------------------------------------------------------------

    def action_diff(self, quiet: bool = False) -> None:
        """`d`: the diff of the passage under the cursor with the most differences;
        `d` again on the same sentence: the next passage covering it. `quiet`
        (the cursor moved with the panel open) starts again from the first."""
        view = self.active_view
        if view is None:
            return
        c0, c1 = view.cursor_span
        diff = self.query_one(DiffPanel)
        key = (view.source_id, c0, c1)
        if not quiet and diff.display and diff.mode == "passage" and key == self._diff_key and self._diff_choices:
            self._diff_pos = (self._diff_pos + 1) % len(self._diff_choices)
        else:
            self._diff_key = key
            self._diff_choices = self.index.passages_at(view.source_id, c0, c1)
            self._diff_pos = 0
        if not self._diff_choices:
            if quiet:
                diff.show_nothing(view.source_id)
                self.refresh_bindings()
            else:
                self.notify("No shared passage under the cursor", severity="warning", timeout=3)
            return
        here, passage = self._diff_choices[self._diff_pos]
        diff.show_passage(passage, here, choice=(self._diff_pos + 1, len(self._diff_choices)))
        self.refresh_bindings()

    def show_quote_diff(self, statement: Statement) -> None:
        if not self.index.altered.get(statement.id):
            self.notify("This quote is reported identically (or only once)", timeout=3)
            return
        self.query_one(DiffPanel).show_quote(statement)
        self.refresh_bindings()

    # -- statements and matches in sources no pane shows -----------------------

    def _pane_showing(self, source_id: str) -> int | None:
        return next((i for i, p in enumerate(self.panes) if p.source_id == source_id), None)

    def set_pending(self, item: Statement | Match | None) -> None:
        """Name the source of `item` in one line when no pane shows it (None: clear)."""
        self.pending = item
        line = self.query_one(PendingLine)
        if item is None:
            line.display = False
        else:
            what = "This statement" if isinstance(item, Statement) else "This match"
            name = source_name(self.index.sources[item.source])
            line.update(Text.assemble((f"{what} is in {name}", "bold"), ", not shown · ",
                                      ("Enter", "bold reverse"), ": show it in the focused pane"))
            line.display = True
        self.refresh_bindings()

    def action_show_pending(self) -> None:
        """Enter: bring the pending statement's or match's source into the focused pane."""
        item = self.pending
        if item is None:
            return
        self.show_in_active(item.source)
        self.set_pending(None)
        if isinstance(item, Statement):
            self.goto_statement(item)
        else:
            self.step_match(0, to=item)
        if self.active_view:
            self.active_view.focus()

    # -- search -------------------------------------------------------------

    def action_search(self) -> None:
        bar = self.query_one(SearchBar)
        bar.display = True
        bar.value = self.search_query
        bar.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self._set_query(event.value)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self._set_query(event.value)
        self.query_one(SearchBar).display = False
        self.search_active = bool(self.matches)
        if self.active_view:
            self.active_view.focus()
        if not self.matches and self.search_query:
            self.notify(f"No match for “{self.search_query}”", severity="warning", timeout=3)
        elif self.matches:
            self.step_match(1)
        self.refresh_bindings()

    def _set_query(self, query: str) -> None:
        self.search_query = query.strip()
        self.matches = find_matches(self.story, self.search_query) if len(self.search_query) >= 2 else []
        self.match_pos = None
        if isinstance(self.pending, Match):
            self.set_pending(None)
        for pane in self.panes:
            self._give_matches(pane.view)
            pane.view.refresh()
        self.update_header()

    def _give_matches(self, view: SourceView) -> None:
        view.matches = [(m.start, m.end) for m in self.matches if m.source == view.source_id]
        if view.current_match not in view.matches:
            view.current_match = None

    def step_match(self, direction: int, to: Match | None = None) -> None:
        """The next (previous) match, counted from the current one. A match in a
        source no pane shows is named in one line; the panes stay as they are."""
        view = self.active_view
        if view is None or not self.matches:
            return
        m = to
        if m is None:
            if isinstance(self.pending, Match):
                source, offset = self.pending.source, self.pending.start
            elif view.current_match:
                source, offset = view.source_id, view.current_match[0]
            else:
                source, offset = view.source_id, view.cursor_span[0] - (1 if direction > 0 else 0)
            m = next_match(self.matches, self.index.order, source, offset, forward=direction > 0)
        if m is None:
            return
        self.match_pos = self.matches.index(m)
        for pane in self.panes:
            pane.view.current_match = None
            pane.view.refresh()
        holder = self._pane_showing(m.source)
        if holder is None:
            self.set_pending(m)
            self.update_header()
            return
        if isinstance(self.pending, Match):
            self.set_pending(None)
        if holder != self.active:
            self.panes[holder].view.focus()
            self.active = holder
        view = self.panes[holder].view
        self._give_matches(view)
        view.current_match = (m.start, m.end)
        view.move_to_offset(m.start)
        self.update_header()

    def action_clear_search(self) -> None:
        bar = self.query_one(SearchBar)
        bar.display = False
        self.search_active = False
        self._set_query("")
        if self.active_view:
            self.active_view.focus()
        self.refresh_bindings()

    # -- escape -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "escape":
            return self.query_one(DiffPanel).display or self.search_active or self.stepping or \
                self.pending is not None
        if action == "scroll_diff":
            return self.query_one(DiffPanel).display
        if action == "show_pending":
            return self.pending is not None
        return True

    def action_scroll_diff(self, direction: int) -> None:
        diff = self.query_one(DiffPanel)
        diff.scroll_relative(y=direction * max(1, diff.size.height - 2), animate=False)

    def action_escape(self) -> None:
        """Esc closes one thing at a time: the diff, then statement stepping, then the search."""
        diff = self.query_one(DiffPanel)
        if diff.display:
            diff.display = False
        elif self.stepping or isinstance(self.pending, Statement):
            self.end_stepping()
        elif self.search_active:
            self.action_clear_search()
        elif self.pending is not None:
            self.set_pending(None)
        self.refresh_bindings()

    # -- actors ---------------------------------------------------------------

    def action_actors(self) -> None:
        """`a`: show the sidebar if hidden and put the focus in its filter, emptied."""
        sidebar = self.query_one(ActorSidebar)
        if not sidebar.display:
            self.sidebar_choice = True
            self._fit(self.size.width, self.size.height)
        sidebar.focus_filter(clear=True)

    def action_toggle_sidebar(self) -> None:
        """`A`: show / hide the sidebar (more room for panes); the focus stays
        where it is unless it was inside the sidebar being hidden."""
        sidebar = self.query_one(ActorSidebar)
        had_focus = sidebar.has_focus_within
        self.sidebar_choice = not sidebar.display
        self._fit(self.size.width, self.size.height)
        if not self.sidebar_visible and had_focus and self.active_view:
            self.active_view.focus()

    @on(ActorSidebar.StatementChosen)
    def _statement_chosen(self, message: ActorSidebar.StatementChosen) -> None:
        self.goto_statement(message.statement, bring=message.bring)

    @on(ActorSidebar.SteppingEnded)
    def _stepping_ended(self, message: ActorSidebar.SteppingEnded) -> None:
        self.end_stepping()

    @on(ActorSidebar.QuoteDiff)
    def _quote_diff(self, message: ActorSidebar.QuoteDiff) -> None:
        self.show_quote_diff(message.statement)

    def end_stepping(self) -> None:
        """Statement stepping ends: marks, pane notices and the pending line go."""
        if isinstance(self.pending, Statement):
            self.set_pending(None)
        if not self.stepping:
            return
        self.stepping = False
        for pane in self.panes:
            pane.set_notice(None)
            if pane.view.mark is not None:
                pane.view.refresh_span(pane.view.mark)
                pane.view.mark = None
        self.refresh_bindings()

    def goto_statement(self, statement: Statement, bring: bool = False) -> None:
        """Mark the statement, and its rendering in every other visible pane; a
        pane whose source does not report it says so. The panes keep their
        sources: when none shows the statement's own source, one line names it
        and Enter (or `bring`) puts it in the focused pane."""
        if not self.panes:
            return
        if bring and self._pane_showing(statement.source) is None:
            self.show_in_active(statement.source)
        holder = self._pane_showing(statement.source)
        renderings = [self.index.in_group(statement, p.source_id) for p in self.panes]
        if holder is None:
            self.set_pending(statement)
            # the pane with the cursor leads if it reports the statement, else the first that does
            order = [self.active] + [i for i in range(len(self.panes)) if i != self.active]
            holder = next((i for i in order if renderings[i] is not None), None)
        elif isinstance(self.pending, Statement) or bring:
            self.set_pending(None)
        self.stepping = True
        if holder is not None:
            self.active = holder
        screen_row: int | None = None
        if holder is not None:
            view = self.panes[holder].view
            rendering = renderings[holder]
            assert rendering is not None
            first = self._mark(view, rendering)
            view.scroll_to(y=max(first - max(view.size.height // 3, 0), view.top_pad), animate=False)
            screen_row = first - round(view.scroll_y)
        for i, pane in enumerate(self.panes):
            other = pane.view
            other.outline = None
            rendering = renderings[i]
            if rendering is None:
                if other.mark is not None:
                    other.refresh_span(other.mark)
                    other.mark = None
                name = source_name(self.index.sources[pane.source_id])
                pane.set_notice(f"{name} does not report this statement.")
            else:
                pane.set_notice(None)
                if i != holder:
                    row = self._mark(other, rendering)
                    if screen_row is not None:
                        other.scroll_to(y=scroll_for(row, screen_row, other.max_scroll_y), animate=False)
            other.refresh()
        self.refresh_bindings()

    @staticmethod
    def _mark(view: SourceView, statement: Statement) -> int:
        """Put the cursor on `statement` in `view` and mark it; its first row."""
        if view.mark is not None:
            view.refresh_span(view.mark)
        view.cursor = view.ensure_layout().unit_at(statement.start)
        view.mark = (statement.start, statement.end)
        return view.row_of(statement.start)

    # -- what a source adds and leaves out -----------------------------------

    def action_coverage(self) -> None:
        from .coverage_screen import CoverageScreen

        view = self.active_view
        if view is not None:
            self.app.push_screen(CoverageScreen(self.index, view.source_id), self._coverage_chosen)

    def _coverage_chosen(self, span: Span | None) -> None:
        """Jump to the chosen sentence: in the pane that shows its source, else
        (an omission, carried by a hidden source) in the pane beside this one,
        so that both stay in view."""
        if span is None:
            return
        panes = self.panes
        target = next((p for p in panes if p.source_id == span.source), None)
        if target is None:
            beside = (self.active + 1) % len(panes) if len(panes) > 1 else self.active
            target = panes[beside]
            target.show_source(span.source)
            self.refresh_panes()
        self.active = panes.index(target)
        target.view.focus()
        target.view.move_to_offset(span.start, center=True)

    # -- overview -----------------------------------------------------------

    def action_overview(self) -> None:
        from .overview import OverviewScreen

        self.app.push_screen(OverviewScreen(self.index), self._overview_chosen)

    def _overview_chosen(self, choice: tuple | None) -> None:
        if not choice:
            return
        kind = choice[0]
        if kind == "pair":
            _, a, b = choice
            panes = self.panes
            if len(panes) >= 2:
                panes[0].show_source(a)
                panes[1].show_source(b if b != a else panes[1].source_id)
                self.active = 0
            else:
                self.show_in_active(a)
            self.refresh_panes()
            panes[0].view.focus()
        elif kind == "actor":
            _, actor_id, source_id = choice
            sts = [s for s in self.index.statements_by_actor.get(actor_id, []) if s.source == source_id]
            sidebar = self.query_one(ActorSidebar)
            if not self.sidebar_visible:
                self.sidebar_choice = True
                self._fit(self.size.width, self.size.height)
            sidebar.select_actor(actor_id)
            if sts:
                sidebar.highlight_statement(sts[0].id)
                self.goto_statement(sts[0], bring=True)  # Enter in the overview asks for that source
        elif kind == "passage":
            passage = self.index.passages[choice[1]]
            ids = list(passage.source_ids)
            for pane, sid in zip(self.panes, ids):
                pane.show_source(sid)
            self.active = 0
            self.refresh_panes()
            view = self.panes[0].view
            view.focus()
            span = self.index.counterpart(passage, view.source_id)
            if span:
                view.move_to_offset(span.start, center=True)
