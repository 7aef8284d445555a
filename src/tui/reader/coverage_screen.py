"""What the focused source adds and leaves out: its sentences no other source
carries, and the content most other sources (or its probable original) carry
and it does not. Enter jumps to the chosen sentence."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from tui.core import Span

from .index import StoryIndex
from .names import source_name
from .sidebar import snippet


class CoverageScreen(ModalScreen[Span | None]):
    """Dismissed with the chosen span (in this source for an addition, in the
    source that carries it for an omission), or None."""

    BINDINGS = [Binding("escape,w", "dismiss_none", "Close")]

    def __init__(self, index: StoryIndex, source_id: str) -> None:
        super().__init__()
        self.index = index
        self.source_id = source_id
        self._spans: dict[str, Span] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="coverage"):
            yield Label("", id="coverage-title")
            yield DataTable(id="coverage-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        coverage = next((c for c in self.index.story.coverage if c.source == self.source_id), None)
        label = source_name(self.index.sources[self.source_id])
        table = self.query_one(DataTable)
        table.add_columns("", "Words", "In", "Sentence")
        if coverage is None:
            self.query_one("#coverage-title", Label).update(f"{label}: nothing to list")
            return
        self.query_one("#coverage-title", Label).update(
            f"{label}: adds {coverage.adds_words} words (no other source has them), leaves out "
            f"{coverage.leaves_out_words} (most others or its original have them) · Enter: go · Esc: close")
        width = max(30, self.app.size.width - 36)
        for kind, spans in (("adds", coverage.adds), ("leaves out", coverage.leaves_out)):
            for span in spans:
                key = f"{kind}:{span.source}:{span.start}"
                self._spans[key] = span
                src = self.index.sources[span.source]
                words = sum(1 for t in src.body_tokens if span.start <= t.start < span.end)
                table.add_row("+ adds" if kind == "adds" else "− leaves out", str(words),
                              snippet(source_name(src), 14), snippet(src.text[span.start:span.end], width), key=key)
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(self._spans.get(event.row_key.value))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
