"""Lineage in the reader: the overview's Lineage tab, the original named in a
pane's header, and the list of what a source adds and leaves out (w)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Tree

from tui.core import analyze_paths
from tui.reader import ParallaxApp
from tui.reader.coverage_screen import CoverageScreen
from tui.reader.overview import OverviewScreen
from tui.reader.reader_screen import ReaderScreen

SOURCES = Path(__file__).resolve().parents[2] / "sources"


@pytest.fixture(scope="module")
def real_story():
    return analyze_paths([str(SOURCES)])


def _id(story, prefix: str) -> str:
    return next(s.id for s in story.sources if s.id.startswith(prefix))


async def test_header_names_the_probable_original(real_story):
    app = ParallaxApp(story=real_story)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        headers = {p.source_id: str(p.header.render()) for p in app.screen.panes}
        assert "rewrite of BBC" in headers[_id(real_story, "000")]
        assert "rewrite of" not in headers[_id(real_story, "001")]


async def test_lineage_tab_opens_original_and_rewrite(real_story):
    app = ParallaxApp(story=real_story)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("o")
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("4")
        tree = app.screen.query_one("#lineage-tree", Tree)
        assert app.focused is tree
        root = tree.root.children[0]
        assert "BBC · probable original" in str(root.label)
        assert any(str(c.label).startswith("000 · rewrite") for c in root.children)
        await pilot.press("down")  # the first rewrite
        evidence = str(app.screen.query_one("#lineage-evidence").render())
        assert "Evidence:" in evidence and "BBC" in evidence
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        shown = [p.source_id for p in app.screen.panes[:2]]
        assert shown[0] == _id(real_story, "001") and shown[1] != shown[0]


async def test_w_lists_additions_and_omissions_and_enter_jumps(real_story):
    app = ParallaxApp(story=real_story)
    async with app.run_test(size=(160, 48)) as pilot:
        scr = app.screen
        first = scr.active_view.source_id
        await pilot.press("w")
        assert isinstance(app.screen, CoverageScreen)
        table = app.screen.query_one(DataTable)
        kinds = {str(table.get_row_at(i)[0]) for i in range(table.row_count)}
        assert kinds == {"+ adds", "− leaves out"}
        await pilot.press("enter")  # the first addition: a sentence of this very source
        assert isinstance(app.screen, ReaderScreen)
        view = scr.active_view
        cov = next(c for c in real_story.coverage if c.source == first)
        assert view.source_id == first
        assert view.ensure_layout().unit_at(cov.adds[0].start) == view.cursor
        await pilot.press("w")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=table.row_count - 1)
        await pilot.press("enter")  # the last omission: carried by another source
        await pilot.pause()
        span = cov.leaves_out[-1]
        assert scr.active_view.source_id == span.source != first
        assert first in [p.source_id for p in scr.panes]  # this source stays in view
