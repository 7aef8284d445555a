"""Small stories of our own writing (tests/fixtures/passages, format in its
README): links that must be found (numbers written differently, a quote with
a contraction spelled out, a shared clause), links that must not be (a shared
name alone, sentences on one topic that make different claims), and shares
read from links (a short member of a passage does not inherit a long one's
words)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core import analyze_paths
from tui.core.stats import SharedWords

FOLDERS = sorted(p for p in (Path(__file__).resolve().parent.parent / "fixtures" / "passages").iterdir() if p.is_dir())


def _covers(text: str, start: int, end: int, phrase: str) -> bool:
    at = text.find(phrase)
    assert at >= 0, phrase
    inside = max(0, min(end, at + len(phrase)) - max(start, at))
    return inside >= 0.8 * len(phrase)


def _linked(story, a_file: str, a_phrase: str, b_file: str, b_phrase: str) -> list:
    ids = {Path(s.path).name: s.id for s in story.sources}
    a, b = ids[a_file], ids[b_file]
    found = []
    for link in story.links:
        for x, y in ((link.a, link.b), (link.b, link.a)):
            if x.source == a and y.source == b \
                    and _covers(story.source(a).text, x.start, x.end, a_phrase) \
                    and _covers(story.source(b).text, y.start, y.end, b_phrase):
                found.append(link)
    return found


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_passage_folder(folder):
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    story = analyze_paths([str(folder)])
    for case in expected.get("links", []):
        assert _linked(story, *case), case
    for case in expected.get("no_links", []):
        assert not _linked(story, *case), case
    ids = {Path(s.path).name: s.id for s in story.sources}
    shares = SharedWords(story)
    for a, b, bound in expected.get("max_share", []):
        assert shares.fraction(ids[a], [ids[b]]) <= bound, (a, b)
    for a, b, bound in expected.get("min_share", []):
        assert shares.fraction(ids[a], [ids[b]]) >= bound, (a, b)


def test_at_least_five_folders():
    assert len(FOLDERS) >= 5
