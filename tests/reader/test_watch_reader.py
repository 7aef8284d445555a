"""`parallax --watch`: the reader follows the folder and keeps the user's place."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from tui.reader import ParallaxApp
from tui.reader.reader_screen import ReaderScreen

SOURCES = Path(__file__).resolve().parents[2] / "sources"


async def _until(pilot, predicate, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.1)


async def test_new_article_is_picked_up_and_the_panes_stay(tmp_path):
    files = sorted(SOURCES.glob("*.txt"))
    for f in files[:2]:
        shutil.copy(f, tmp_path)
    app = ParallaxApp(paths=[str(tmp_path)], watch=True)
    # notifications expire after a few seconds, which a loaded machine can
    # spend before the check: keep every message instead
    said: list[str] = []
    notify = app.notify
    app.notify = lambda message, *args, **kwargs: (said.append(str(message)), notify(message, *args, **kwargs))[1]
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.panes, 30)
        before = app.screen
        await pilot.press("j", "j", "j")
        place = (before.active_view.source_id, before.active_view.cursor_span)
        shown = [p.source_id for p in before.panes]
        shutil.copy(files[2], tmp_path)
        await _until(pilot, lambda: len(app.story.sources) == 3 and app.screen is not before, 30)
        after = app.screen
        assert isinstance(after, ReaderScreen)
        # the place is put back after the new screen's first refresh: on a busy
        # machine that can take longer than a fixed pause (the suite once failed so)
        await _until(pilot, lambda: after.panes and after.active_view.cursor_span == place[1])
        await pilot.pause(0.3)  # and it stays there
        assert [p.source_id for p in after.panes][: len(shown)] == shown
        assert (after.active_view.source_id, after.active_view.cursor_span) == place
        assert any("1 new source" in m for m in said)
