"""The help screen: every binding, and the legend of highlights."""

from __future__ import annotations

from rich.segment import Segment
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Footer, Static

from .palette import palette_for

#: (keys, what they do) — the single source of the README key table.
KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Reading (focused pane)", [
        ("j / k, ↓ / ↑", "next / previous sentence"),
        ("PgDn / PgUp, Space", "page down / up"),
        ("g / G, Home / End", "first / last sentence"),
        ("Tab / Shift+Tab", "next / previous pane"),
        ("] / [ (or n / N)", "next / previous shared passage"),
        ("d", "word diff of the passage under the cursor, the most different first; "
              "d again: the next passage covering the sentence"),
        ("c / C", "cycle the pane's source forward / back"),
        ("s", "source picker (title, outlet, words, shared %; type to filter)"),
        ("b", "expand / collapse boilerplate"),
        ("u", "what each source adds: dim what another visible pane also says"),
        ("w", "what this source adds (sentences no other source has) and leaves out (what most "
              "others, or its original, carry); Enter jumps to one"),
        ("mouse click", "put the cursor on a sentence"),
        ("mouse wheel", "scroll; with sync on the other panes follow"),
    ]),
    ("Whole screen", [
        ("S", "synchronized scrolling on / off"),
        ("m", "colour by passage kind / by passage cluster"),
        ("/", "search all sources (Enter: go, Esc: cancel)"),
        ("n / N", "next / previous match while a search is active (the panes keep their sources)"),
        ("Enter", "show the statement or match named on the line above the footer in the focused pane"),
        ("J / K", "scroll a long diff down / up (the panes keep the focus)"),
        ("Esc", "close the diff panel, then end statement stepping, then clear the search"),
        ("a", "actor sidebar: show it and type to filter (an empty filter)"),
        ("A", "show / hide the actor sidebar (room for panes; the focus stays)"),
        ("o", "overview: shared-words matrix, actors × sources, top passages, lineage"),
        ("?", "this help"),
        ("Ctrl+P", "command palette (every action; themes)"),
        ("q, Ctrl+C", "quit"),
    ]),
    ("Actor sidebar", [
        ("type", "filter actors (↓ to the list)"),
        ("Enter", "list the actor's statements / jump to a statement (its source comes into "
                  "the focused pane if no pane shows it)"),
        ("n / p", "next / previous statement in the visible panes (the panes keep their sources)"),
        ("Ctrl+T", "all actors mentioned / only those quoted (the default)"),
        ("d", "diff of an altered quote (marked ≠ altered)"),
        ("Esc", "back to the actor list, then to the panes"),
    ]),
    ("Overview", [
        ("1 / 2 / 3 / 4", "shared words / actors × sources / top passages / lineage (who took from whom)"),
        ("Enter", "open the panes on the selected cell or row; on a rewrite, it and its original"),
        ("Esc, o", "back"),
    ]),
]

#: (role, what it means, how it shows in 256 / true colour, in 16 colours, without colour).
LEGEND = [
    ("verbatim", "verbatim: the same words", "strongest tint, bold", "on green, bold", "bold"),
    ("near", "near: a few words changed", "medium tint, underlined", "on cyan, underlined", "underlined"),
    ("paraphrase", "paraphrase: reworded", "lightest tint, italic", "italic, no background", "italic"),
    ("changed", "in a near / paraphrase passage: words no visible counterpart uses",
     "own tint, bold", "on yellow, bold", "bold reverse"),
    ("cursor", "the sentence under the cursor", "own tint, ▌ in the gutter", "on blue, ▌ in the gutter",
     "▌ in the gutter"),
    ("outline", "counterpart of the passage under the cursor", "own tint, ┃ in the gutter",
     "on white, ┃ in the gutter", "┃ in the gutter"),
    ("mark", "statement being stepped through", "own tint, » in the gutter", "on red, » in the gutter",
     "» in the gutter, bold italic"),
    ("match", "search match (current match: stronger, bold)", "own tint, underlined", "on yellow, underlined",
     "reverse, underlined"),
    ("shared-dim", "`u` mode: another visible source says it too", "faded text", "grey or dim text", "dim"),
    ("unique", "`u` mode: words only this source uses in a shared passage", "full strength, bold", "bold",
     "bold"),
    ("gap", "⋯ N words only in X: a visible source has more here", "faded italic line", "italic line",
     "dim italic line"),
]
LEGEND_16 = ("In 16 colours the reader uses the terminal's own palette (the ansi-dark theme) and only the "
             "8 base colours as backgrounds; clusters cycle through them.")


def key_table_markdown() -> str:
    """The key table for the README."""
    rows = ["| Key | Action |", "| --- | --- |"]
    for section, keys in KEYS:
        rows.append(f"| **{section}** | |")
        rows.extend(f"| `{k}` | {v} |" for k, v in keys)
    return "\n".join(rows)


class Legend(Widget):
    """Samples drawn with the panes' own palette, and what each means."""

    def get_content_height(self, container, viewport, width) -> int:
        return len(LEGEND)

    def render_line(self, y: int) -> Strip:
        if y >= len(LEGEND):
            return Strip.blank(self.size.width)
        role, what, coloured, sixteen, plain = LEGEND[y]
        pal = palette_for(self)
        base = self.rich_style
        how = {"none": plain, "standard": sixteen}.get(pal.system, coloured)  # what this terminal shows
        segs = [Segment("  ", base), Segment(" sample text ", base + pal["text"] + pal[role]), Segment(f"  {what}", base),
                Segment(f"  ({how})", base + pal["collapsed"])]
        return Strip(segs).crop(0, self.size.width).adjust_cell_length(self.size.width, base)


class HelpScreen(Screen):
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("Parallax — keys", style="bold"), classes="help-title")
            for section, keys in KEYS:
                table = Table(title=section, title_justify="left", title_style="bold", show_header=False,
                              box=None, padding=(0, 2, 0, 1), expand=False)
                table.add_column(style="bold", no_wrap=True, min_width=22)
                table.add_column()
                for k, v in keys:
                    table.add_row(k, v)
                yield Static(table, classes="help-section")
            yield Static(Text("Legend", style="bold"), classes="help-title")
            yield Legend()
            yield Static("Colours are computed from the theme (Ctrl+P → theme): solid tints with text at "
                         "4.5:1 contrast or more. " + LEGEND_16 + " With NO_COLOR there is no colour at all: "
                         "the attributes in brackets and the gutter glyphs carry the meaning. Toggle 'm' to "
                         "colour by passage cluster: the same passage has the same colour in every pane.",
                         classes="help-note")
        yield Footer()

    def action_close(self) -> None:
        self.app.pop_screen()
