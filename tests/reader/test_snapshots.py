"""Snapshot tests at 80×24 and 160×48 on the fixed hand-made Story.

Update after an intended visual change with:
    .venv/bin/python -m pytest tests/reader/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from tui.reader import ParallaxApp

from .conftest import make_story

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 48), id="160x48")]


@pytest.fixture(autouse=True)
def true_colour(monkeypatch):
    """The palette follows the terminal's colour system: pin it, so snapshots
    do not depend on the TERM of whoever runs the tests."""
    monkeypatch.setenv("COLORTERM", "truecolor")
    monkeypatch.delenv("NO_COLOR", raising=False)


def app():
    return ParallaxApp(story=make_story())


@pytest.mark.parametrize("size", SIZES)
def test_main_screen(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, press=["j", "right_square_bracket"])


@pytest.mark.parametrize("size", SIZES)
def test_diff_panel(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, press=["right_square_bracket", "n", "d"])


@pytest.mark.parametrize("size", SIZES)
def test_actor_selected(snap_compare, size):
    # at 80 columns the sidebar starts hidden: `a` shows it; at 160 `a` focuses it
    assert snap_compare(app(), terminal_size=size, press=["a", "enter", "n", "n"])


@pytest.mark.parametrize("size", SIZES)
def test_overview(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, press=["o"])


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, size):
    assert snap_compare(app(), terminal_size=size, press=["question_mark"])
