"""The source picker: every source with title, outlet, words and shared %;
Enter shows the chosen one in the focused pane."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from .index import StoryIndex


class SourcePicker(ModalScreen[str | None]):
    BINDINGS = [
        Binding("escape,q", "dismiss_none", "Cancel"),
    ]

    def __init__(self, index: StoryIndex, current: str, visible: list[str]) -> None:
        super().__init__()
        self.index = index
        self.current = current
        self.visible_ids = visible

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Label("Show which source in the focused pane?  (Enter: show · Esc: cancel)", id="picker-title")
            yield DataTable(id="picker-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("#", "Pane", "Outlet / file", "Words", "Shared", "Title")
        for i, src in enumerate(self.index.story.sources):
            shown = ""
            if src.id in self.visible_ids:
                shown = f"{self.visible_ids.index(src.id) + 1}" + (" ◀" if src.id == self.current else "")
            shared = self.index.shared(src.id, frozenset(s.id for s in self.index.story.sources) - {src.id})
            table.add_row(str(i + 1), shown, src.label, str(src.word_count),
                          f"{round(shared * 100)}%", src.title or "—", key=src.id)
        table.move_cursor(row=self.index.order.get(self.current, 0))
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
