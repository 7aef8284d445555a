"""The diff panel: a shared passage (or an altered quote) against each counterpart.

Docked under the panes so their context stays visible; Escape closes it.
Deleted words are struck through (red), inserted words underlined (green);
a changed word shows both. The word diff is the core's `word_diff`.
"""

from __future__ import annotations

from typing import Literal

from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.core import DiffOp, Passage, Span, Statement, word_diff

from .index import StoryIndex
from .palette import palette_for


def render_diff(a_text: str, a_start: int, a_end: int, b_text: str, ops: tuple[DiffOp, ...],
                equal: Style, delete: Style, insert: Style) -> Text:
    """One line of prose with deletions (a only) and insertions (b only) marked."""
    out = Text()
    pos = a_start
    for op in ops:
        if op.a_start > pos:
            out.append(a_text[pos:op.a_start], equal)
        if op.tag == "equal":
            out.append(a_text[op.a_start:op.a_end], equal)
        elif op.tag == "delete":
            out.append(a_text[op.a_start:op.a_end], delete)
        elif op.tag == "insert":
            out.append(b_text[op.b_start:op.b_end], insert)
            out.append(" ", equal)
        else:
            out.append(a_text[op.a_start:op.a_end], delete)
            out.append(" ", equal)
            out.append(b_text[op.b_start:op.b_end], insert)
        pos = max(pos, op.a_end)
    if pos < a_end:
        out.append(a_text[pos:a_end], equal)
    return out


class DiffPanel(VerticalScroll, can_focus=False):
    COMPONENT_CLASSES = {"diff--title", "diff--equal", "diff--delete", "diff--insert", "diff--label"}

    def __init__(self, index: StoryIndex, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = index
        self.mode: Literal["passage", "quote", None] = None
        self.passage: Passage | None = None

    def compose(self):
        yield Static(id="diff-body")

    def on_mount(self) -> None:
        self.display = False

    def _styles(self):
        palette = palette_for(self)  # solid, contrast-checked colours (palette.py)
        return (self.get_component_rich_style("diff--equal", partial=True),
                palette["diff-delete"], palette["diff-insert"],
                self.get_component_rich_style("diff--label", partial=True),
                self.get_component_rich_style("diff--title", partial=True))

    def _show(self, text: Text) -> None:
        self.query_one("#diff-body", Static).update(text)
        self.display = True
        self.scroll_home(animate=False)

    def show_nothing(self, source_id: str) -> None:
        self.mode = "passage"
        self.passage = None
        self._show(Text("No shared passage under the cursor. (Esc closes)"))

    def show_passage(self, passage: Passage, here: Span) -> None:
        """`here` against every other span of the passage, visible panes' sources first."""
        equal, delete, insert, label, title = self._styles()
        self.mode = "passage"
        self.passage = passage
        src = self.index.sources[here.source]
        out = Text()
        out.append(f"{passage.kind} passage · similarity {passage.similarity:.2f} · "
                   f"in {len(passage.source_ids)} sources", title)
        out.append("   struck: only in ", "dim")
        out.append(src.label, "dim bold")
        out.append(" · underlined: only in the other · Esc closes\n", "dim")
        visible = [p.source_id for p in getattr(self.screen, "panes", [])]
        others = sorted((s for s in passage.spans if s != here),
                        key=lambda s: (s.source not in visible, self.index.order.get(s.source, 0), s.start))
        for span in others:
            other = self.index.sources[span.source]
            ops = word_diff(src.text, here.start, here.end, other.text, span.start, span.end)
            out.append(f"\n{src.label} → {other.label}", label)
            changed = sum(1 for op in ops if op.tag != "equal")
            out.append(f"  ({changed} change{'s' if changed != 1 else ''})\n", "dim")
            out.append_text(render_diff(src.text, here.start, here.end, other.text, ops, equal, delete, insert))
            out.append("\n")
        self._show(out)

    def show_quote(self, statement: Statement) -> None:
        """An altered quote against each rendering that differs (the quote-fidelity check)."""
        equal, delete, insert, label, title = self._styles()
        self.mode = "quote"
        out = Text()
        actor = self.index.actors.get(statement.actor or "")
        out.append(f"Quote fidelity{' · ' + actor.name if actor else ''}", title)
        out.append("   struck: only in the first · underlined: only in the second · Esc closes\n", "dim")
        for c in self.index.altered.get(statement.id, []):
            a = self.index.statements[c.a]
            b = self.index.statements[c.b]
            sa, sb = self.index.sources[a.source], self.index.sources[b.source]
            out.append(f"\n{sa.label} → {sb.label}: altered", label)
            if c.changes:
                out.append(f" ({', '.join(c.changes)})", "dim")
            out.append("\n")
            ops = c.diff or word_diff(sa.text, a.start, a.end, sb.text, b.start, b.end)
            out.append_text(render_diff(sa.text, a.start, a.end, sb.text, ops, equal, delete, insert))
            out.append("\n")
        self._show(out)
