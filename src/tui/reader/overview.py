"""The overview: who shares what with whom, who is quoted where, the
passages carried by the most sources, and who took from whom. Selecting a cell or row opens the panes on it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, TabbedContent, TabPane, Tree

from .index import StoryIndex
from .lineage_view import LineageView
from .names import source_name
from .sidebar import snippet

# Beyond this many sources the matrices show the most shared ones only.
MAX_MATRIX_SOURCES = 30

TOP_PASSAGES = 100


def top_passages(index: StoryIndex, limit: int = TOP_PASSAGES):
    """Passages carried by the most sources, then the longest."""
    def length(p):
        return max((s.end - s.start for s in p.spans), default=0)
    return sorted(index.story.passages, key=lambda p: (-len(p.source_ids), -length(p), p.id))[:limit]


class OverviewScreen(Screen[tuple | None]):
    BINDINGS = [
        Binding("escape,o", "close", "Back"),
        Binding("1", "tab('matrix')", "Shared"),
        Binding("2", "tab('actors')", "Actors"),
        Binding("3", "tab('passages')", "Passages"),
        Binding("4", "tab('lineage')", "Lineage"),
    ]

    def __init__(self, index: StoryIndex) -> None:
        super().__init__()
        self.index = index

    def compose(self) -> ComposeResult:
        yield Label(f"Overview — {self.index.story.title or 'story'}   (Enter opens the panes on a cell or row)",
                    id="overview-title")
        with TabbedContent(initial="matrix"):
            with TabPane("1 Shared words", id="matrix"):
                yield Label("Row: share of that source's words also found in the column's source."
                            + self._cap_note(), classes="hint")
                yield DataTable(id="matrix-table", cursor_type="cell")
            with TabPane("2 Actors × sources", id="actors"):
                yield Label("Statements by each actor in each source." + self._cap_note(), classes="hint")
                yield DataTable(id="actors-table", cursor_type="cell")
            with TabPane("3 Top passages", id="passages"):
                yield Label("Passages carried by the most sources.", classes="hint")
                yield DataTable(id="passages-table", cursor_type="row")
            with TabPane("4 Lineage", id="lineage-tab"):
                yield Label("Who took text from whom: each family's probable original at the root, every "
                            "rewrite under the source it took from.", classes="hint")
                yield LineageView(self.index)
        yield Footer()

    def on_mount(self) -> None:
        sources = self._matrix_sources()
        matrix = self.index.shared_words.matrix([s.id for s in sources])
        t = self.query_one("#matrix-table", DataTable)
        t.add_column("Source", key="source")
        for i, s in enumerate(sources):
            t.add_column(f"{i + 1}", key=s.id)
        for i, a in enumerate(sources):
            cells = ["—" if a.id == b.id else f"{round(matrix.get((a.id, b.id), 0) * 100)}%" for b in sources]
            t.add_row(f"{i + 1} {snippet(source_name(a), 24)}", *cells, key=a.id)

        t = self.query_one("#actors-table", DataTable)
        t.add_column("Actor", key="actor")
        for i, s in enumerate(sources):
            t.add_column(f"{i + 1}", key=s.id)
        for actor in self.index.actors_ranked:
            sts = self.index.statements_by_actor.get(actor.id, [])
            cells = [str(sum(1 for st in sts if st.source == s.id) or "·") for s in sources]
            t.add_row(snippet(actor.name, 24), *cells, key=actor.id)

        t = self.query_one("#passages-table", DataTable)
        t.add_columns("Kind", "Sources", "Sim.", "Passage")
        for p in top_passages(self.index):
            first = p.spans[0]
            text = self.index.sources[first.source].text[first.start:first.end]
            t.add_row(p.kind, str(len(p.source_ids)), f"{p.similarity:.2f}", snippet(text, 90), key=p.id)
        self.query_one("#matrix-table").focus()

    def _cap_note(self) -> str:
        total = len(self.index.story.sources)
        if total <= MAX_MATRIX_SOURCES:
            return ""
        return f" Showing the {MAX_MATRIX_SOURCES} sources sharing the most, of {total} (the picker lists all)."

    def _matrix_sources(self):
        """All sources, or on a large folder those sharing the most: a matrix
        wider than the screen is no overview."""
        keep = set(self.index.shared_words.most_shared(MAX_MATRIX_SOURCES))
        return [s for s in self.index.story.sources if s.id in keep]

    def action_tab(self, tab: str) -> None:
        if tab == "lineage":
            self.query_one(TabbedContent).active = "lineage-tab"
            self.query_one("#lineage-tree").focus()
            return
        self.query_one(TabbedContent).active = tab
        self.query_one(f"#{tab}-table").focus()

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        pair = self.query_one(LineageView).selected_pair()
        if pair:
            self.dismiss(("pair", *pair))

    def action_close(self) -> None:
        self.dismiss(None)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        row = event.cell_key.row_key.value
        col = event.cell_key.column_key.value
        if event.data_table.id == "matrix-table":
            if col != "source" and col != row:
                self.dismiss(("pair", row, col))
            elif col == "source":
                self.dismiss(("pair", row, row))
        elif event.data_table.id == "actors-table":
            if col == "actor":
                srcs = self.index.actor_sources(row)
                if srcs:
                    self.dismiss(("actor", row, srcs[0]))
            elif any(st.source == col for st in self.index.statements_by_actor.get(row, [])):
                self.dismiss(("actor", row, col))
            else:
                self.notify("This source does not quote this actor", timeout=2)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "passages-table":
            self.dismiss(("passage", event.row_key.value))
