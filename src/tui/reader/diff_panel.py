"""The diff panel: a shared passage (or an altered quote) against each counterpart.

Docked under the panes so their context stays visible; Escape closes it.
Deleted words are struck through (red), inserted words underlined (green);
a changed word shows both. The word diff is the core's `word_diff`. A
paraphrase reorders and rewords whole sentences, so it is shown as two
columns, sentence against sentence, each side with its own changed words marked.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

from rich import box
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from rich.console import Group

from tui.core import DiffOp, Passage, Source, Span, Statement, word_diff

from .index import StoryIndex
from .names import source_name
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


def sentence_ranges(source: Source, start: int, end: int) -> list[tuple[int, int]]:
    """The source's sentences inside [start, end), clipped to it (the whole
    range when the source has no sentences)."""
    out = [(max(s.start, start), min(s.end, end)) for s in source.sentences if s.start < end and start < s.end]
    out = [(a, b) for a, b in out if b > a]
    return out or [(start, end)]


def align_sentences(a: list[tuple[int, int]], b: list[tuple[int, int]], ops: tuple[DiffOp, ...]
                    ) -> list[tuple[int | None, int | None]]:
    """Rows of (index in a, index in b) pairing sentences in order. The weight of
    a pair is how many characters of equal words the word diff links between
    them; the pairing maximises the total weight without crossing. Unpaired
    sentences get a row of their own (None on the other side)."""
    a_starts = [s for s, _ in a]
    b_starts = [s for s, _ in b]
    weight = [[0] * len(b) for _ in a]
    for op in ops:
        if op.tag == "equal" and op.a_end > op.a_start:
            i = max(bisect_right(a_starts, op.a_start) - 1, 0)
            j = max(bisect_right(b_starts, op.b_start) - 1, 0)
            weight[i][j] += op.a_end - op.a_start
    # best[i][j]: best total pairing a[i:] with b[j:]
    best = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            pair = best[i + 1][j + 1] + weight[i][j] if weight[i][j] else -1
            best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
    rows: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        if weight[i][j] and best[i][j] == best[i + 1][j + 1] + weight[i][j]:
            rows.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            rows.append((i, None))
            i += 1
        else:
            rows.append((None, j))
            j += 1
    rows.extend((k, None) for k in range(i, len(a)))
    rows.extend((None, k) for k in range(j, len(b)))
    return rows


def marked(text: str, start: int, end: int, changed: list[tuple[int, int]], equal: Style, mark: Style) -> Text:
    """text[start:end] with the `changed` ranges in the `mark` style."""
    out = Text()
    pos = start
    for s, e in sorted(changed):
        s, e = max(s, pos), min(e, end)
        if e <= s:
            continue
        out.append(text[pos:s], equal)
        out.append(text[s:e], mark)
        pos = e
    out.append(text[pos:end], equal)
    return out


def side_by_side(a_src: Source, a: Span, b_src: Source, b: Span, ops: tuple[DiffOp, ...],
                 equal: Style, delete: Style, insert: Style, label: Style) -> Table:
    """Two columns, sentence against sentence: a's words not in b marked as
    deletions on the left, b's words not in a as insertions on the right."""
    a_sents = sentence_ranges(a_src, a.start, a.end)
    b_sents = sentence_ranges(b_src, b.start, b.end)
    a_changed = [(op.a_start, op.a_end) for op in ops if op.tag in ("delete", "replace")]
    b_changed = [(op.b_start, op.b_end) for op in ops if op.tag in ("insert", "replace")]
    table = Table(box=box.MINIMAL, expand=True, show_edge=False, pad_edge=False, show_lines=False)
    table.add_column(Text(source_name(a_src), label), ratio=1)
    table.add_column(Text(source_name(b_src), label), ratio=1)
    for i, j in align_sentences(a_sents, b_sents, ops):
        left = marked(a_src.text, *a_sents[i], a_changed, equal, delete) if i is not None else Text("")
        right = marked(b_src.text, *b_sents[j], b_changed, equal, insert) if j is not None else Text("")
        table.add_row(left, right)
    return table


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

    def _show_parts(self, parts: list) -> None:
        self.query_one("#diff-body", Static).update(Group(*parts))
        self.display = True
        self.scroll_home(animate=False)

    def show_passage(self, passage: Passage, here: Span, choice: tuple[int, int] = (1, 1)) -> None:
        """`here` against every other span of the passage, visible panes' sources
        first. `choice`: this passage's rank among those covering the sentence."""
        equal, delete, insert, label, title = self._styles()
        self.mode = "passage"
        self.passage = passage
        src = self.index.sources[here.source]
        out = Text()
        out.append(f"{passage.kind} passage · similarity {passage.similarity:.2f} · "
                   f"in {len(passage.source_ids)} sources", title)
        if choice[1] > 1:
            out.append(f" · passage {choice[0]} of {choice[1]} here (d: next)", title)
        out.append("   struck: only in ", "dim")
        out.append(source_name(src), "dim bold")
        out.append(" · underlined: only in the other · Esc closes\n", "dim")
        if passage.kind == "paraphrase":
            parts: list = [out]
            for span in self._others(passage, here):
                other = self.index.sources[span.source]
                ops = word_diff(src.text, here.start, here.end, other.text, span.start, span.end)
                parts.append(Text(""))
                parts.append(side_by_side(src, here, other, span, ops, equal, delete, insert, label))
            self._show_parts(parts)
            return
        for span in self._others(passage, here):
            other = self.index.sources[span.source]
            ops = word_diff(src.text, here.start, here.end, other.text, span.start, span.end)
            out.append(f"\n{source_name(src)} → {source_name(other)}", label)
            changed = sum(1 for op in ops if op.tag != "equal")
            out.append(f"  ({changed} change{'s' if changed != 1 else ''})\n", "dim")
            out.append_text(render_diff(src.text, here.start, here.end, other.text, ops, equal, delete, insert))
            out.append("\n")
        self._show(out)

    def _others(self, passage: Passage, here: Span) -> list[Span]:
        visible = [p.source_id for p in getattr(self.screen, "panes", [])]
        return sorted((s for s in passage.spans if s != here),
                      key=lambda s: (s.source not in visible, self.index.order.get(s.source, 0), s.start))

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
