"""Every highlight readable in every terminal: the palette for every built-in
theme, and the real screens drawn by Textual's compositor in each colour
system (true colour, 256, 16, NO_COLOR), in a dark and a light theme."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from textual.theme import BUILTIN_THEMES

from tui.reader import ParallaxApp
from tui.reader.diff_panel import DiffPanel
from tui.reader.help import Legend
from tui.reader.palette import (
    CLUSTER_COLOURS, DIM_CONTRAST, TEXT_CONTRAST, XTERM16, Display, build_palette, contrast, distance,
    no_colour_palette, theme_colours,
)
from tui.reader.pane import SourceView

from .screen_cells import inside, screen_cells, shown, text_cells

KINDS = ("verbatim", "near", "paraphrase")
OVERLAYS = ("cursor", "outline", "match", "match-current", "changed")
CLUSTERS = tuple(f"cluster-{i}" for i in range(CLUSTER_COLOURS))
COLOUR_THEMES = [name for name, t in BUILTIN_THEMES.items() if not name.startswith("ansi")]


def theme_palette(name: str, system: str):
    theme = BUILTIN_THEMES[name]
    variables = theme.to_color_system().generate()
    bg = tuple(int(variables["background"][i:i + 2], 16) for i in (1, 3, 5))
    fg = tuple(int(variables["foreground"][i:i + 2], 16) for i in (1, 3, 5))
    return build_palette(theme_colours(variables, bg, fg, theme.dark), system), bg


def style_colours(style, system: str, pane_bg):
    fg = shown(style.color, system, None)
    bg = shown(style.bgcolor, system, None)
    return fg, bg if bg is not None else Display(system).shown(pane_bg)


@pytest.mark.parametrize("system", ["truecolor", "256", "standard"])
@pytest.mark.parametrize("name", COLOUR_THEMES)
def test_palette_reads_and_keeps_roles_apart(name, system):
    pal, pane_bg = theme_palette(name, system)
    for role in (*KINDS, *OVERLAYS, "mark", *CLUSTERS, "diff-delete", "diff-insert", "text", "gap"):
        fg, bg = style_colours(pal[role], system, pane_bg)
        if fg is None:
            continue  # attributes only
        assert contrast(fg, bg) >= TEXT_CONTRAST, (role, fg, bg)
    for role in ("boilerplate", "shared-dim"):
        fg, bg = style_colours(pal[role], system, pane_bg)
        assert contrast(fg, bg) >= DIM_CONTRAST, (role, fg, bg)
    backgrounds = pal.backgrounds
    if system == "standard":
        # only the 8 base colours as backgrounds
        assert all(bg in XTERM16[:8] for bg in backgrounds.values()), backgrounds
        assert len({backgrounds[k] for k in ("verbatim", "near", "cursor")}) == 3
        return
    pane = Display(system).shown(pane_bg)
    # the kinds: distinct, and strongest to lightest (further from the pane background)
    strengths = [distance(backgrounds[k], pane) for k in KINDS]
    assert strengths[0] > strengths[1] > strengths[2] > 0, strengths
    distinct = [*KINDS, *OVERLAYS]
    for a, b in itertools.combinations(distinct, 2):
        assert backgrounds[a] != backgrounds[b], (a, b, backgrounds[a])
    for a, b in itertools.combinations([*CLUSTERS, "cursor", "outline", "match"], 2):
        assert backgrounds[a] != backgrounds[b], (a, b)


def test_no_colour_palette_is_attributes_only():
    pal = no_colour_palette()
    for role in (*KINDS, *OVERLAYS, "text", "boilerplate"):
        assert pal[role].color is None and pal[role].bgcolor is None
    attrs = {role: (pal[role].bold, pal[role].underline, pal[role].italic, pal[role].reverse) for role in KINDS}
    assert len(set(attrs.values())) == 3


MODES = {
    "truecolor": {"TERM": "xterm-256color", "COLORTERM": "truecolor"},
    "256": {"TERM": "xterm-256color", "COLORTERM": ""},
    "standard": {"TERM": "xterm", "COLORTERM": ""},
    "no-colour": {"TERM": "xterm-256color", "COLORTERM": "", "NO_COLOR": "1"},
}


def check_cells(app, system: str, where: str) -> None:
    """No text cell drawn in its own background; ≥ 3:1 everywhere; ≥ 4.5:1
    for text on a highlight (a background other than its widget's own)."""
    every = screen_cells(app, system)
    cells = text_cells(every)
    assert cells, where
    same = [c for c in cells if c.fg == c.bg]
    assert not same, (where, "fg == bg", "".join(c.char for c in same)[:80])
    low = [c for c in cells if c.ratio < DIM_CONTRAST]
    assert not low, (where, "below 3:1", [(c.char, c.fg, c.bg, round(c.ratio, 2)) for c in low[:8]])
    highlighted = []
    for widget in [*app.screen.query(SourceView), *app.screen.query(DiffPanel), *app.screen.query(Legend)]:
        # the text area: a scrollbar is no text on a highlight (it is held to 3:1 above)
        area = getattr(widget, "scrollable_content_region", None) or widget.region
        if not widget.display or not area:
            continue
        region = [c for c in every if inside(c, area)]
        if not region:
            continue
        own = Counter(c.bg for c in region).most_common(1)[0][0]  # the widget's background as drawn
        highlighted += [c for c in cells if inside(c, area) and c.bg != own]
    weak = [c for c in highlighted if c.ratio < TEXT_CONTRAST]
    assert not weak, (where, "highlight below 4.5:1", [(c.char, c.fg, c.bg, round(c.ratio, 2)) for c in weak[:8]])
    return highlighted


CASES = [(mode, theme) for mode in MODES for theme in ("textual-dark", "textual-light")]
CASES.append(("standard", "ansi-dark"))  # what the reader picks itself in 16 colours


@pytest.mark.parametrize("mode,theme", CASES)
async def test_every_text_cell_reads(story, monkeypatch, mode, theme):
    for key, value in MODES[mode].items():
        if value:
            monkeypatch.setenv(key, value)
        else:
            monkeypatch.delenv(key, raising=False)
    if mode != "no-colour":
        monkeypatch.delenv("NO_COLOR", raising=False)
    system = "256" if mode == "no-colour" else mode
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        app.theme = theme
        await pilot.pause()
        assert app.console.color_system == system
        assert app.no_color == (mode == "no-colour")
        # cursor on the near quote (outlined in b), in-line changes in the near passages
        await pilot.press("j", "j")
        await pilot.pause()
        marked = check_cells(app, system, "main")
        if mode != "no-colour":
            assert marked  # the highlights were there to be checked
        await pilot.press("slash", *"Kyiv", "enter")
        await pilot.pause()
        check_cells(app, system, "search")
        await pilot.press("d")
        await pilot.pause()
        assert app.screen.query_one(DiffPanel).display
        check_cells(app, system, "diff")
        await pilot.press("escape", "escape", "u")
        await pilot.pause()
        check_cells(app, system, "u mode")
        await pilot.press("u", "m")
        await pilot.pause()
        check_cells(app, system, "clusters")
        await pilot.press("o")
        await pilot.pause()
        check_cells(app, system, "overview")
        await pilot.press("4")
        await pilot.pause()
        check_cells(app, system, "lineage tab")
        await pilot.press("escape", "w")
        await pilot.pause()
        check_cells(app, system, "adds and leaves out")
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        app.screen.query_one(Legend).scroll_visible(animate=False)  # the legend, drawn with the palette
        await pilot.pause()
        check_cells(app, system, "help")


async def test_sixteen_colours_use_the_terminal_palette(story, monkeypatch):
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.delenv("COLORTERM", raising=False)
    app = ParallaxApp(story=story)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert app.console.color_system == "standard"
        assert app.theme == "ansi-dark"
        backgrounds = {c.bg for c in screen_cells(app, "standard")}
        assert backgrounds <= set(XTERM16[:8]), backgrounds  # only the 8 base colours (or none)


@pytest.mark.parametrize("env,says", [
    ({"COLORTERM": "truecolor"}, "strongest tint"),
    ({"TERM": "xterm", "COLORTERM": ""}, "on green"),
    ({"NO_COLOR": "1"}, "(bold)"),
])
async def test_legend_says_what_this_terminal_shows(story, monkeypatch, env, says):
    for key, value in env.items():
        if value:
            monkeypatch.setenv(key, value)
        else:
            monkeypatch.delenv(key, raising=False)
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        legend = app.screen.query_one(Legend)
        assert says in legend.render_line(0).text  # the verbatim row
