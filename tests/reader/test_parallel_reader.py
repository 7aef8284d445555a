"""The reader analyses in a worker thread: with --jobs the workers forked
from that thread do their part, the loading screen still names each stage,
and the Story is the one a single process gives."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tui.core import analyze_paths, parallel
from tui.core import story as story_module
from tui.core.serialize import story_to_dict
from tui.reader import ParallaxApp
from tui.reader.reader_screen import ReaderScreen

SOURCES = Path(__file__).resolve().parents[2] / "sources"


@pytest.mark.skipif(not parallel.can_fork(), reason="workers are forked (Linux only)")
async def test_reader_loads_with_worker_processes_and_reports_progress(monkeypatch):
    monkeypatch.setattr(story_module, "PARALLEL_MIN_CHARS", 0)  # workers even for ./sources
    started = []
    real = parallel._Children.__init__
    monkeypatch.setattr(parallel._Children, "__init__",
                        lambda self, jobs, shared=(): (started.append(len(jobs)), real(self, jobs, shared))[1])
    stages = []
    real_progress = ParallaxApp._progress
    monkeypatch.setattr(ParallaxApp, "_progress",
                        lambda self, stage, f: (stages.append((stage, f)), real_progress(self, stage, f))[1])
    app = ParallaxApp(paths=[str(SOURCES)], jobs=2)
    async with app.run_test(size=(120, 40)) as pilot:
        deadline = time.monotonic() + 60
        while not isinstance(app.screen, ReaderScreen):
            assert time.monotonic() < deadline, "the reader never showed the story"
            await pilot.pause(0.1)
        await pilot.press("j", "q")
    assert started, "no worker process was used"
    names = [s for s, _ in stages]
    assert "cleaning sources" in names and "finding actors and statements" in names
    assert [f for _, f in stages] == sorted(f for _, f in stages)
    assert story_to_dict(app.story) == story_to_dict(analyze_paths([str(SOURCES)], jobs=1))
