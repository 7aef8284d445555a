"""Progress of a long analysis: every stage named, fractions that only grow."""

from __future__ import annotations

from conftest import SOURCES
from tui.core.loading import load_raw_sources
from tui.core.story import build_story, stage_ticker


def test_every_stage_is_named_and_progress_only_grows():
    raws, _ = load_raw_sources([str(SOURCES)])
    seen: list[tuple[str, float]] = []
    build_story(raws, progress=lambda stage, f: seen.append((stage, f)))
    stages = [s for s, _ in seen]
    for stage in ("cleaning sources", "indexing words", "matching shared wording", "matching reworded sentences",
                  "clustering passages", "finding actors and statements", "tracing who copied whom", "done"):
        assert stage in stages
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_ticker_reports_at_once_then_at_most_every_interval():
    calls = []
    tick = stage_ticker(lambda stage, f: calls.append((stage, f)), "reading", 0.2, 0.4, every=3600)
    for k in range(1000):
        tick(k, 1000)
    assert calls == [("reading", 0.2)]  # within the interval nothing more is said
    tick = stage_ticker(lambda stage, f: calls.append((stage, f)), "reading", 0.2, 0.4, every=0)
    tick(500, 1000)
    assert calls[-1] == ("reading", 0.2 + 0.2 * 0.5)
