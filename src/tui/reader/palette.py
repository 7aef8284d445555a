"""The reader's colours, computed from the active theme: no Textual, no hope.

Every highlight is a solid colour worked out here: a tint blended into the
pane background by hand (terminals and style resolvers do not honour alpha),
then snapped to what the terminal will actually show (256-colour cube, or one
of the 8 base ANSI colours), and only then given a foreground that reaches the
WCAG contrast the role needs. Roles that must be told apart (the three passage
kinds, cursor, counterpart outline, search match, in-line changes, clusters)
are kept apart by checking the displayed colours, nudging the tint's strength
or hue until they differ. Without colour (NO_COLOR) the same roles are text
attributes only.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, field
from functools import lru_cache

from rich.color import Color, ColorSystem, STANDARD_PALETTE
from rich.style import Style

RGB = tuple[int, int, int]

#: Contrast every text on a highlight reaches (WCAG AA for body text).
TEXT_CONTRAST = 4.5
#: Contrast of deliberately dimmed text (boilerplate, shared text in `u` mode).
DIM_CONTRAST = 3.0
#: How far apart (RGB distance, as displayed) two roles' backgrounds must be.
DISTINCT = 30.0

#: How many distinct cluster colours there are (colour-by-cluster mode).
CLUSTER_COLOURS = 6

#: The colours terminals show for the 16 ANSI indices by default (xterm), used
#: to judge contrast; which index a colour becomes is decided by Rich's palette.
XTERM16: tuple[RGB, ...] = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
)
BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE = range(8)
BRIGHT_BLACK, BRIGHT_WHITE = 8, 15


def luminance(rgb: RGB) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(base: RGB, tint: RGB, alpha: float) -> RGB:
    """`tint` laid over `base` at opacity `alpha`, as one solid colour."""
    return tuple(round(b + (t - b) * alpha) for b, t in zip(base, tint))  # type: ignore[return-value]


def distance(a: RGB, b: RGB) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5


#: Hue difference (degrees) below which two roles' tints count as the same colour.
HUE_APART = 28.0


def _saturated(rgb: RGB) -> bool:
    return colorsys.rgb_to_hls(*(c / 255 for c in rgb))[2] > 0.25


def _hue_gap(a: RGB, b: RGB) -> float:
    ha = colorsys.rgb_to_hls(*(c / 255 for c in a))[0] * 360
    hb = colorsys.rgb_to_hls(*(c / 255 for c in b))[0] * 360
    d = abs(ha - hb) % 360
    return min(d, 360 - d)


def rotate_hue(rgb: RGB, degrees: float) -> RGB:
    h, l, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    r, g, b = colorsys.hls_to_rgb((h + degrees / 360) % 1.0, l, max(s, 0.45))
    return round(r * 255), round(g * 255), round(b * 255)


def xterm256(n: int) -> RGB:
    if n < 16:
        return XTERM16[n]
    if n < 232:
        n -= 16
        steps = (0, 95, 135, 175, 215, 255)
        return steps[n // 36], steps[(n // 6) % 6], steps[n % 6]
    v = 8 + 10 * (n - 232)
    return v, v, v


@dataclass(frozen=True)
class Display:
    """What the terminal shows for a colour we ask for, and how to ask for it."""

    system: str  # "truecolor", "256" or "standard"
    native_ansi: bool = False  # ANSI colours reach the terminal as indices (ansi themes)

    def shown(self, rgb: RGB) -> RGB:
        if self.system == "truecolor":
            return rgb
        colour = Color.from_rgb(*rgb)
        if self.system == "256":
            return xterm256(colour.downgrade(ColorSystem.EIGHT_BIT).number or 0)
        return XTERM16[STANDARD_PALETTE.match(colour.triplet)]  # type: ignore[arg-type]

    def ansi(self, index: int) -> Color:
        """One of the 16 ANSI colours, spelled so that it reaches the terminal as that index."""
        if self.native_ansi:
            return Color.from_ansi(index)
        return Color.from_rgb(*STANDARD_PALETTE[index])


def readable(bg: RGB, candidates: list[RGB], ratio: float, shown) -> RGB:
    """The first candidate foreground that reaches `ratio` on `bg` (as
    displayed), else black or white, whichever reads better."""
    for fg in candidates:
        if contrast(shown(fg), bg) >= ratio:
            return fg
    black, white = (0, 0, 0), (255, 255, 255)
    return black if contrast(shown(black), bg) >= contrast(shown(white), bg) else white


def dimmed(fg: RGB, bg: RGB, ratio: float, shown) -> RGB:
    """`fg` faded towards `bg` as far as still reads at `ratio`."""
    best = fg
    for step in range(1, 10):
        cand = blend(fg, bg, step / 10)
        if contrast(shown(cand), shown(bg)) < ratio:
            break
        best = cand
    return best


@dataclass(frozen=True)
class ThemeColours:
    """The theme colours the palette reads (RGB), plus the pane's own fg/bg."""

    background: RGB
    foreground: RGB
    dark: bool
    success: RGB
    primary: RGB
    accent: RGB
    warning: RGB
    error: RGB
    secondary: RGB


#: Roles a pane (and the legend, diff panel) draws with.
ROLES = (
    "text", "boilerplate", "collapsed", "notice", "gap",
    "verbatim", "near", "paraphrase", "changed",
    "cursor", "cursor-dim", "outline", "mark", "match", "match-current",
    "shared-dim", "unique",
    "gutter-cursor", "gutter-outline", "gutter-mark",
    "diff-delete", "diff-insert",
    *(f"cluster-{i}" for i in range(CLUSTER_COLOURS)),
)

#: Text attributes that carry each role's meaning without colour (NO_COLOR,
#: and on top of the colours everywhere else).
ATTRIBUTES: dict[str, str] = {
    "verbatim": "bold", "near": "underline", "paraphrase": "italic",
    "changed": "bold", "match": "underline", "match-current": "bold underline",
    "gutter-cursor": "bold", "gutter-outline": "bold", "gutter-mark": "bold",
    "notice": "bold", "gap": "italic", "collapsed": "italic", "unique": "bold",
    "diff-delete": "strike", "diff-insert": "bold underline",
}
NO_COLOUR_ATTRIBUTES: dict[str, str] = {
    **ATTRIBUTES,
    "changed": "bold reverse", "boilerplate": "dim", "collapsed": "italic dim", "gap": "italic dim",
    "match": "reverse underline", "match-current": "reverse bold underline", "mark": "bold italic",
    "shared-dim": "dim", "diff-delete": "strike dim",
}


@dataclass
class Palette:
    """Role → Rich style, for one theme, colour system and pane background."""

    styles: dict[str, Style] = field(default_factory=dict)
    backgrounds: dict[str, RGB] = field(default_factory=dict)  # as displayed, for tests and the legend
    system: str = "truecolor"

    def __getitem__(self, role: str) -> Style:
        return self.styles.get(role, Style())


def no_colour_palette() -> Palette:
    return Palette({role: Style.parse(NO_COLOUR_ATTRIBUTES.get(role, "none")) for role in ROLES}, system="none")


def build_palette(theme: ThemeColours, system: str, *, native_ansi: bool = False) -> Palette:
    """Every role's style for `theme` as the terminal's `system` will show it."""
    if system in ("standard", "windows"):
        return _ansi_palette(theme, Display("standard", native_ansi))
    return _blended_palette(theme, Display("truecolor" if system == "truecolor" else "256"))


def _style(fg: RGB | Color | None, bg: RGB | Color | None, attrs: str | None) -> Style:
    def col(c):
        if c is None or isinstance(c, Color):
            return c
        return Color.from_rgb(*c)
    base = Style.parse(attrs) if attrs else Style()
    return base + Style(color=col(fg), bgcolor=col(bg))


def _blended_palette(theme: ThemeColours, display: Display) -> Palette:
    shown = display.shown
    pane = shown(theme.background)
    fg = theme.foreground
    text_fg = readable(pane, [fg], TEXT_CONTRAST, shown)
    candidates = [text_fg, theme.background, (0, 0, 0), (255, 255, 255)]
    taken: list[RGB] = [pane]
    hues: list[RGB] = [theme.success]  # tints already given to a role
    pal = Palette(system=display.system)

    def place(role: str, tint: RGB, alpha: float, *, over: RGB | None = None, step: float = 0.06,
              avoid: list[RGB] | None = None, own_hue: bool = True) -> RGB:
        """A background for `role`: `tint` at `alpha` over the pane, made
        distinct from every background already placed (stronger, then another hue)."""
        base = over or theme.background
        others = taken if avoid is None else avoid
        for hue_turn in (0, 40, -40, 80, -80, 120, 160, 200, 20, -20, 60, -60, 100, -100, 140, -140):
            hue = tint if hue_turn == 0 else rotate_hue(tint, hue_turn)
            if own_hue and hue_turn != 200 and _saturated(hue) and any(_hue_gap(hue, h) < HUE_APART for h in hues):
                continue  # themes reuse hues (accent = warning): each role gets its own
            for k in (0, 1, -1, 2, -2, 3, 4, 5, 6):
                a = min(max(alpha + k * step, 0.05), 0.9)
                bg = shown(blend(base, hue, a))
                if all(distance(bg, t) >= DISTINCT for t in others):
                    if _saturated(hue):
                        hues.append(hue)
                    taken.append(bg)
                    pal.backgrounds[role] = bg
                    return blend(base, hue, a)
        bg = blend(base, tint, alpha)
        pal.backgrounds[role] = shown(bg)
        return bg

    def fill(role: str, bg: RGB, ratio: float = TEXT_CONTRAST) -> None:
        pal.styles[role] = _style(readable(shown(bg), candidates, ratio, shown), bg, ATTRIBUTES.get(role))

    pal.styles["text"] = _style(text_fg, None, None)
    pal.styles["boilerplate"] = _style(dimmed(text_fg, theme.background, DIM_CONTRAST + 0.3, shown), None, None)
    pal.styles["collapsed"] = pal.styles["boilerplate"] + Style(italic=True)
    pal.styles["shared-dim"] = pal.styles["boilerplate"]
    pal.styles["unique"] = _style(text_fg, None, ATTRIBUTES["unique"])
    pal.styles["gap"] = _style(dimmed(text_fg, theme.background, TEXT_CONTRAST + 0.2, shown), None, "italic")

    # the three kinds: one hue, strongest to lightest
    for role, bg in zip(("verbatim", "near", "paraphrase"), _ladder(theme.background, theme.success, shown)):
        taken.append(shown(bg))
        pal.backgrounds[role] = shown(bg)
        fill(role, bg)
    fill("cursor", place("cursor", theme.primary, 0.45))
    fill("cursor-dim", place("cursor-dim", theme.foreground, 0.10, step=0.04))
    fill("outline", place("outline", theme.accent, 0.35))
    fill("mark", place("mark", theme.secondary, 0.45))
    fill("match", place("match", theme.warning, 0.55))
    fill("match-current", place("match-current", theme.error, 0.65))
    fill("changed", place("changed", theme.warning, 0.30, step=0.08))
    # clusters: distinct from each other, the cursor, outline and match (not
    # from the kinds, which cluster mode replaces)
    overlays = [pal.backgrounds[r] for r in ("cursor", "outline", "mark", "match", "match-current")]
    clusters: list[RGB] = [pane, *overlays]
    for i in range(CLUSTER_COLOURS):
        tint = rotate_hue(theme.primary, i * 360 / CLUSTER_COLOURS + 20)
        bg = place(f"cluster-{i}", tint, 0.40, avoid=clusters, own_hue=False)
        clusters.append(shown(bg))
        fill(f"cluster-{i}", bg)

    accent_fg = [theme.primary, theme.accent, theme.secondary, text_fg]
    for role, prefer in (("gutter-cursor", theme.primary), ("gutter-outline", theme.accent),
                         ("gutter-mark", theme.secondary), ("notice", theme.warning)):
        # gutter glyphs are graphics (WCAG: 3:1); the notice is text
        ratio = TEXT_CONTRAST if role == "notice" else DIM_CONTRAST
        pal.styles[role] = _style(readable(pane, [prefer, *accent_fg], ratio, shown), None, ATTRIBUTES.get(role))
    # diff panel: deletions and insertions on their own tints
    fill("diff-delete", blend(theme.background, theme.error, 0.35))
    fill("diff-insert", blend(theme.background, theme.success, 0.35))
    return pal


def _ladder(base: RGB, tint: RGB, shown, wanted=(0.60, 0.38, 0.19)) -> list[RGB]:
    """Three strengths of one tint, as displayed strictly further from `base`
    one after the other and each `DISTINCT` from the others and from `base`
    (in 256 colours the cube is coarse and not monotone in the alpha)."""
    pane = shown(base)
    options = []
    for i in range(4, 91, 2):
        colour = blend(base, tint, i / 100)
        options.append((i / 100, colour, shown(colour), distance(shown(colour), pane)))
    chosen: list[tuple[RGB, RGB, float]] = []
    limit = float("inf")
    for want in wanted:
        fits = [o for o in options if DISTINCT <= o[3] < limit
                and all(distance(o[2], c[1]) >= DISTINCT for c in chosen)]
        if not fits:
            fits = [o for o in options if o[3] < limit] or options
        alpha, colour, seen, dist = min(fits, key=lambda o: abs(o[0] - want))
        chosen.append((colour, seen, dist))
        limit = dist
    return [c for c, _, _ in chosen]


def _ansi_palette(theme: ThemeColours, display: Display) -> Palette:
    """16 colours: backgrounds only from the 8 base colours, each with the
    foreground (black or bright white) that reads on it, or no background."""
    shown = display.shown
    pane = shown(theme.background) if theme.background else XTERM16[BLACK]
    pal = Palette(system="standard")
    light = luminance(pane) > 0.4

    def on(index: int, role: str) -> Style:
        bg = XTERM16[index]
        fg = BLACK if contrast(XTERM16[BLACK], bg) >= contrast(XTERM16[BRIGHT_WHITE], bg) else BRIGHT_WHITE
        pal.backgrounds[role] = bg
        # dim=False: a dimmed layer below (shared text in `u` mode) must not fade the chosen foreground
        return Style.parse(ATTRIBUTES.get(role, "none")) + Style(color=display.ansi(fg), bgcolor=display.ansi(index),
                                                                 dim=False)

    def ink(role: str, preferred: list[int], attrs: str | None = None, ratio: float = TEXT_CONTRAST) -> Style:
        for index in preferred + [BLACK if light else BRIGHT_WHITE]:
            if contrast(XTERM16[index], pane) >= ratio:
                return Style.parse(attrs or ATTRIBUTES.get(role, "none")) + Style(color=display.ansi(index))
        return Style.parse(attrs or "none")

    for role, index in (("verbatim", GREEN), ("near", CYAN), ("cursor", BLUE), ("outline", WHITE),
                        ("mark", RED), ("match", YELLOW), ("match-current", RED), ("changed", YELLOW),
                        ("diff-delete", RED), ("diff-insert", GREEN)):
        pal.styles[role] = on(index, role)
    pal.styles["paraphrase"] = ink("paraphrase", [GREEN, BLUE] if light else [GREEN, CYAN])
    pal.styles["text"] = ink("text", [])
    pal.styles["unique"] = ink("unique", [], "bold")
    pal.styles["boilerplate"] = ink("boilerplate", [BRIGHT_BLACK], "none", DIM_CONTRAST)
    pal.styles["collapsed"] = ink("collapsed", [BRIGHT_BLACK], "italic", DIM_CONTRAST)
    pal.styles["shared-dim"] = pal.styles["boilerplate"]
    pal.styles["gap"] = ink("gap", [], "italic")
    pal.styles["cursor-dim"] = Style()
    for role, index in (("gutter-cursor", BLUE if light else CYAN), ("gutter-outline", YELLOW if not light else RED),
                        ("gutter-mark", RED if light else YELLOW), ("notice", RED if light else YELLOW)):
        pal.styles[role] = ink(role, [index])
    for i, index in enumerate((GREEN, CYAN, YELLOW, BLUE, WHITE, RED)[:CLUSTER_COLOURS]):
        pal.styles[f"cluster-{i}"] = on(index, f"cluster-{i}")
    if display.native_ansi:
        # an ANSI theme draws on the terminal's own background, light or dark:
        # text without a background of ours keeps the terminal's foreground
        for role in ("text", "unique", "gap", "paraphrase", "gutter-cursor", "gutter-outline",
                     "gutter-mark", "notice"):
            pal.styles[role] = Style.parse(ATTRIBUTES.get(role, "none"))
        for role in ("boilerplate", "collapsed", "shared-dim"):
            pal.styles[role] = Style.parse(NO_COLOUR_ATTRIBUTES[role])
    return pal


def theme_colours(variables: dict[str, str], background: RGB | None, foreground: RGB | None,
                  dark: bool) -> ThemeColours:
    """ThemeColours from Textual's CSS variables (hex strings) and the pane's
    resolved background and foreground."""
    def rgb(name: str, default: RGB) -> RGB:
        value = variables.get(name, "")
        return _parse_rgb(value) or default
    bg = background or ((0, 0, 0) if dark else (255, 255, 255))
    fg = foreground or ((229, 229, 229) if dark else (0, 0, 0))
    return ThemeColours(
        background=bg, foreground=fg, dark=dark,
        success=rgb("success", (78, 191, 113)), primary=rgb("primary", (1, 120, 212)),
        accent=rgb("accent", (255, 166, 43)), warning=rgb("warning", (255, 166, 43)),
        error=rgb("error", (186, 60, 91)), secondary=rgb("secondary", (0, 69, 120)),
    )


@lru_cache(256)
def _parse_rgb(value: str) -> RGB | None:
    value = value.strip()
    if value.startswith("#") and len(value) in (7, 9):
        try:
            return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)
        except ValueError:
            return None
    if value.startswith("#") and len(value) == 4:
        try:
            return tuple(int(c * 2, 16) for c in value[1:4])  # type: ignore[return-value]
        except ValueError:
            return None
    return None


def _rgb_of(colour: Color | None) -> RGB | None:
    if colour is None or colour.is_default:
        return None
    if colour.triplet is not None:
        return tuple(colour.triplet)  # type: ignore[return-value]
    if colour.number is not None:
        return xterm256(colour.number)
    return None


def palette_for(widget) -> Palette:
    """The palette for a Textual widget drawn on its own background, cached on
    the app per theme, colour system and background (duck-typed: no Textual import)."""
    app = widget.app
    style = widget.rich_style
    bg, fg = _rgb_of(style.bgcolor), _rgb_of(style.color)
    system = app.console.color_system
    no_colour = bool(getattr(app, "no_color", False)) or system is None
    theme = app.current_theme
    key = (app.theme, system, no_colour, bg, fg)
    cache = app.__dict__.setdefault("_parallax_palettes", {})
    pal = cache.get(key)
    if pal is None:
        if no_colour:
            pal = no_colour_palette()
        else:
            colours = theme_colours(app.theme_variables, bg, fg, theme.dark)
            native = bool(getattr(app, "native_ansi_color", False))
            pal = build_palette(colours, "standard" if native else system, native_ansi=native)
        cache[key] = pal
    return pal
