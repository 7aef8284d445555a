"""Highlights stay readable in 16-colour terminals and with NO_COLOR:
the passage kinds differ by text attributes, not only by colour."""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment

from tui.reader import ParallaxApp


def segment_with(view, word: str) -> Segment:
    """Render the row showing `word` and return the segment that contains it."""
    text = view.source.text
    row = view.row_of(text.index(word))
    strip = view.render_line(row - round(view.scroll_y))
    seg = next(s for s in strip if word in s.text)
    return seg


def ansi(seg: Segment, system: str | None) -> str:
    console = Console(color_system=system, force_terminal=True, width=200, file=None)
    with console.capture() as cap:
        console.print(seg.text, style=seg.style, end="")
    return cap.get()


async def kinds_styles(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        panes = {p.source_id: p.view for p in app.screen.panes}
        await pilot.press("G")  # move the cursor away from the words inspected
        verbatim = segment_with(panes["a"], "Geneva on Sunday").style
        near = segment_with(panes["a"], "rewards Moscow").style
        paraphrase = segment_with(panes["c"], "recognition").style
        plain = segment_with(panes["c"], "Oil prices").style
        return app, verbatim, near, paraphrase, plain


def attrs(style):
    return (bool(style.bold), bool(style.underline), bool(style.italic), bool(style.reverse))


async def test_kinds_differ_by_attributes_in_16_colours(story):
    _, verbatim, near, paraphrase, plain = await kinds_styles(story)
    combos = {attrs(verbatim), attrs(near), attrs(paraphrase), attrs(plain)}
    assert len(combos) == 4, combos
    # downsampled to the 16 standard colours, each kind still prints differently
    outs = {ansi(Segment("x", s), "standard") for s in (verbatim, near, paraphrase, plain)}
    assert len(outs) == 4
    assert "\x1b[1" in ansi(Segment("x", verbatim), "standard")  # bold survives


async def test_kinds_differ_without_colour(story, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app, verbatim, near, paraphrase, plain = await kinds_styles(story)
    assert app.no_color
    assert verbatim.bold and not verbatim.underline
    assert near.underline and not near.bold
    assert paraphrase.italic and not paraphrase.bold and not paraphrase.underline
    for style in (verbatim, near, paraphrase, plain):  # the palette adds no colour
        assert style.bgcolor is None or style.bgcolor == plain.bgcolor
    # with colours stripped entirely, the attributes alone still tell them apart
    outs = {ansi(Segment("x", s.without_color), "standard") for s in (verbatim, near, paraphrase, plain)}
    assert len(outs) == 4


async def test_gutter_glyphs_mark_cursor_outline_and_statement(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        scr = app.screen
        await pilot.press("right_square_bracket")  # cursor on the shared passage in a
        a, b = scr.panes[0].view, scr.panes[1].view
        row_a = a.cursor_rows()[0] - round(a.scroll_y)
        assert a.render_line(row_a).text.startswith("▌")
        row_b = b.row_of(b.outline[0]) - round(b.scroll_y)
        assert b.render_line(row_b).text.startswith("┃")
