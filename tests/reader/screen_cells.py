"""What a terminal would show, cell by cell, for a Textual screen drawn by
Textual's own compositor: each character with the foreground and background
the terminal paints (colours downgraded to the colour system the way Rich
writes them, shown with xterm's default palette, reverse and dim applied).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.color import Color, ColorSystem, ColorType
from rich.style import Style

from tui.reader.palette import XTERM16, contrast, xterm256

DEFAULT_FG, DEFAULT_BG = (229, 229, 229), (0, 0, 0)  # a dark terminal's defaults, as screen-check assumes

SYSTEMS = {"truecolor": ColorSystem.TRUECOLOR, "256": ColorSystem.EIGHT_BIT, "standard": ColorSystem.STANDARD}


@dataclass(frozen=True)
class Cell:
    x: int
    y: int
    char: str
    fg: tuple[int, int, int]
    bg: tuple[int, int, int]

    @property
    def ratio(self) -> float:
        return contrast(self.fg, self.bg)


def shown(colour: Color | None, system: str, default):
    """The RGB a terminal shows for `colour` written in `system`."""
    if colour is None or colour.type == ColorType.DEFAULT:
        return default
    if system in SYSTEMS and colour.system != ColorSystem.STANDARD:
        colour = colour.downgrade(SYSTEMS[system])
    if colour.type in (ColorType.STANDARD, ColorType.WINDOWS):
        return XTERM16[colour.number]
    if colour.type == ColorType.EIGHT_BIT:
        return xterm256(colour.number)
    return tuple(colour.triplet)


def screen_cells(app, system: str) -> list[Cell]:
    """Every cell of the app's current screen as the terminal would show it."""
    update = app.screen._compositor.render_full_update()
    out: list[Cell] = []
    for y, line in enumerate(update.strips):
        x = 0
        for seg in (seg for strip in line for seg in strip):
            if seg.control:
                continue
            style: Style = seg.style or Style()
            fg = shown(style.color, system, DEFAULT_FG)
            bg = shown(style.bgcolor, system, DEFAULT_BG)
            if style.reverse:
                fg, bg = bg, fg
            if style.dim:
                fg = tuple((f + b) // 2 for f, b in zip(fg, bg))
            for ch in seg.text:
                out.append(Cell(x, y, ch, fg, bg))
                x += 1
    return out


def text_cells(cells: list[Cell]) -> list[Cell]:
    return [c for c in cells if not c.char.isspace()]


def inside(cell: Cell, region) -> bool:
    return region.x <= cell.x < region.right and region.y <= cell.y < region.bottom
