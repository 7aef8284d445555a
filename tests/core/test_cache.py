"""The cache of analysed Stories: hits, misses, invalidation, damaged files, eviction."""

from __future__ import annotations

import os
import pickle
import shutil

import pytest

from conftest import SOURCES
from tui.cli import main
from tui.core import cache as cache_module
from tui.core.cache import MAGIC, StoryCache, story_key
from tui.core.loading import load_raw_sources
from tui.core.story import analyze_paths


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "story"
    shutil.copytree(SOURCES, out)
    return out


@pytest.fixture
def cache(tmp_path):
    return StoryCache(tmp_path / "cache")


def _count_builds(monkeypatch) -> list[int]:
    from tui.core import story as story_module

    calls = []
    real = story_module.build_story

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(story_module, "build_story", counting)
    return calls


def test_second_analysis_is_read_back_and_equal(folder, cache, monkeypatch):
    builds = _count_builds(monkeypatch)
    first = analyze_paths([str(folder)], cache=cache)
    second = analyze_paths([str(folder)], cache=cache)
    assert len(builds) == 1
    assert second == first
    assert cache.usage().files == 1


def test_a_changed_file_is_a_new_analysis(folder, cache, monkeypatch):
    builds = _count_builds(monkeypatch)
    analyze_paths([str(folder)], cache=cache)
    f = sorted(folder.glob("*.txt"))[0]
    f.write_text(f.read_text(encoding="utf-8") + "\nOne more sentence about the talks.\n", encoding="utf-8")
    story = analyze_paths([str(folder)], cache=cache)
    assert len(builds) == 2
    assert story.sources[0].text.endswith("One more sentence about the talks.\n")


def test_new_code_never_reads_old_results(folder, cache, monkeypatch):
    raws, _ = load_raw_sources([str(folder)])
    key = story_key(raws, folder.name)
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "another version")
    assert story_key(raws, folder.name) != key


@pytest.mark.parametrize("damage", ["truncated", "garbage", "foreign", "not a story"])
def test_a_damaged_file_is_reported_and_recomputed(folder, cache, damage):
    good = analyze_paths([str(folder)], cache=cache)
    [path] = list(cache.directory.glob("*.story"))
    data = path.read_bytes()
    path.write_bytes({
        "truncated": data[: len(data) // 2],
        "garbage": MAGIC + os.urandom(200),
        "foreign": b"PK\x03\x04 some other program's file",
        "not a story": MAGIC + pickle.dumps({"schema": "something else"}),
    }[damage])
    again = analyze_paths([str(folder)], cache=cache)
    assert again == good
    assert len(again.warnings) == 1 and "unreadable" in again.warnings[0] and "\n" not in again.warnings[0]
    assert analyze_paths([str(folder)], cache=cache).warnings == ()  # rewritten whole


def test_written_atomically_and_bounded_least_recently_used_first(tmp_path, folder):
    files = sorted(str(f) for f in folder.glob("*.txt"))
    probe = StoryCache(tmp_path / "probe")
    analyze_paths(files, cache=probe)
    bound = int(probe.usage().bytes * 1.5)  # room for the whole folder and a little more
    cache = StoryCache(tmp_path / "cache", max_bytes=bound)

    def stored() -> set[str]:
        return {p.name for p in cache.directory.glob("*.story")}

    analyze_paths(files[:2], cache=cache)
    first = stored()
    analyze_paths(files[2:4], cache=cache)
    second = stored() - first
    analyze_paths(files[:2], cache=cache)  # read back: now the most recently used
    analyze_paths(files, cache=cache)  # the big one: something must go
    names = stored()
    assert cache.usage().bytes <= bound
    assert first <= names and not (second & names)  # the least recently used went first
    assert not list(cache.directory.glob(".tmp-*"))


def test_unwritable_cache_is_a_warning_not_an_error(tmp_path, folder):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    story = analyze_paths([str(folder)], cache=StoryCache(blocker / "cache"))
    assert story.sources and any(w.startswith("cache: cannot write") for w in story.warnings)


def test_cache_command_info_and_clear(folder, capsys):
    assert main(["analyze", str(folder), "--json", "-o", os.devnull]) == 0
    assert main(["cache"]) == 0
    assert "1 remembered story" in capsys.readouterr().out
    assert main(["cache", "clear"]) == 0
    assert "deleted 1 remembered story" in capsys.readouterr().out
    assert main(["analyze", str(folder), "--no-cache", "--json", "-o", os.devnull]) == 0
    assert main(["cache"]) == 0
    assert "0 remembered stories" in capsys.readouterr().out


def test_stored_form_reads_back_every_field(folder, cache):
    """Sources come back from the cache with their tokens, sentences and
    paragraphs rebuilt on first use: equal field by field, tokens still
    Tokens, and the same JSON; a loaded Story saved again unread is equal too."""
    from tui.core.model import Token
    from tui.core.serialize import story_to_dict

    fresh = analyze_paths([str(folder)], cache=cache)
    key = story_key(load_raw_sources([str(folder)])[0], folder.name)
    loaded, problem = cache.load(key)
    assert problem is None
    assert story_to_dict(loaded) == story_to_dict(fresh)
    for a, b in zip(fresh.sources, loaded.sources):
        assert b == a and a == b and hash(b) == hash(a)
        assert b.tokens == a.tokens and all(type(t) is Token for t in b.tokens)
        assert (b.sentences, b.paragraphs, b.body_tokens) == (a.sentences, a.paragraphs, a.body_tokens)
    cache.save("again", cache.load(key)[0])  # not read: stored again from its columns
    again, _ = cache.load("again")
    assert again == fresh
