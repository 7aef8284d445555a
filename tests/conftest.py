"""Shared fixtures: the real sample articles, analysed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core import analyze_paths
from tui.core.loading import RawSource
from tui.core.story import build_story

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Every test (and every parallax it starts) caches into a folder of its
    own, never the user's cache directory."""
    monkeypatch.setenv("PARALLAX_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def story():
    return analyze_paths([str(SOURCES)])


def source_id(story, prefix: str) -> str:
    """The id of the sample source whose file name starts with `prefix`."""
    return next(s.id for s in story.sources if s.id.startswith(prefix))


def story_of(*texts: str):
    """A Story of small in-memory texts, ids a, b, c, …"""
    raws = [RawSource(chr(ord("a") + i), f"<{i}>", t, {}) for i, t in enumerate(texts)]
    return build_story(raws, name="test")
