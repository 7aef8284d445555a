"""The source picker: every source with title, outlet, words and shared %;
typing filters the list, Enter shows the chosen one in the focused pane."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from .index import StoryIndex
from .names import source_name


TITLE = "Show which source in the focused pane?  (type to filter · Enter: show · Esc: cancel)"


class SourcePicker(ModalScreen[str | None]):
    BINDINGS = [
        Binding("escape", "dismiss_none", "Cancel"),
    ]

    def __init__(self, index: StoryIndex, current: str, visible: list[str]) -> None:
        super().__init__()
        self.index = index
        self.current = current
        self.visible_ids = visible
        self.query_text = ""
        self._rows: list[tuple[str, tuple[str, ...], str]] = []  # (id, cells, searchable text)

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Label(TITLE, id="picker-title")
            yield DataTable(id="picker-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "Pane", "Outlet / file", "Words", "Shared", "Title")
        everyone = frozenset(s.id for s in self.index.story.sources)
        for i, src in enumerate(self.index.story.sources):
            shown = ""
            if src.id in self.visible_ids:
                shown = f"{self.visible_ids.index(src.id) + 1}" + (" ◀" if src.id == self.current else "")
            shared = self.index.shared(src.id, everyone - {src.id})
            cells = (str(i + 1), shown, source_name(src), str(src.word_count), f"{round(shared * 100)}%", src.title or "—")
            searchable = " ".join((src.id, src.outlet or "", src.title or "")).casefold()
            self._rows.append((src.id, cells, searchable))
        self._fill()
        table.move_cursor(row=self.index.order.get(self.current, 0))
        table.focus()

    def _fill(self) -> None:
        """Show the rows matching every word typed so far."""
        table = self.query_one(DataTable)
        table.clear()
        words = self.query_text.casefold().split()
        for sid, cells, searchable in self._rows:
            if all(w in searchable for w in words):
                table.add_row(*cells, key=sid)
        title = TITLE if not self.query_text else f"Filter: {self.query_text}▏  ({table.row_count} shown · Backspace edits · Esc cancels)"
        self.query_one("#picker-title", Label).update(title)

    def on_key(self, event: events.Key) -> None:
        # Letters, digits and spaces go to the filter; arrows and Enter stay the table's.
        if event.key == "backspace":
            self.query_text = self.query_text[:-1]
        elif event.character and len(event.character) == 1 and event.character.isprintable():
            self.query_text += event.character
        else:
            return
        event.stop()
        self._fill()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
