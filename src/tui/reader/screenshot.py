"""Render the main screen on ./sources at 160×48 to an SVG (`make screenshot`).

    python -m tui.reader.screenshot docs/screenshot.svg
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from .app import ParallaxApp
from .reader_screen import ReaderScreen

SIZE = (160, 48)
KEYS = ("j", "j", "right_square_bracket")  # a cursor on a shared passage, counterparts outlined


async def _shoot(out: Path, paths: list[str]) -> None:
    # the palette follows the terminal's colour system: the picture is true colour
    os.environ["COLORTERM"] = "truecolor"
    os.environ.pop("NO_COLOR", None)
    app = ParallaxApp(paths=paths)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(200):
            if isinstance(app.screen, ReaderScreen):
                break
            await pilot.pause(0.05)
        await pilot.pause(0.3)
        await pilot.press(*KEYS)
        await pilot.pause(0.3)
        out.parent.mkdir(parents=True, exist_ok=True)
        app.save_screenshot(filename=out.name, path=str(out.parent))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0] if args else "docs/screenshot.svg")
    paths = args[1:] or ["sources"]
    asyncio.run(_shoot(out, paths))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
