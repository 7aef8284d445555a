"""Following a developing story: change detection and `parallax analyze --watch`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

from conftest import ROOT, SOURCES
from tui.watch import Change, changes, compare, signature


def test_compare_names_new_changed_and_removed_articles(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("First article text.\n")
    b.write_text("Second article text.\n")
    before = signature([str(tmp_path)])
    a.write_text("First article text, now updated with more.\n")
    b.unlink()
    (tmp_path / "c.txt").write_text("Third article.\n")
    change = compare(before, signature([str(tmp_path)]))
    assert change.added == (str(tmp_path / "c.txt"),)
    assert change.changed == (str(a),)
    assert change.removed == (str(b),)
    assert change.describe() == "1 new source, 1 changed, 1 removed"
    assert not Change() and Change().describe() == "no change"


def test_metadata_change_counts_every_article_as_changed(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("An article.\n")
    before = signature([str(tmp_path)])
    (tmp_path / "sources.toml").write_text('["a.txt"]\noutlet = "Somewhere"\n')
    change = compare(before, signature([str(tmp_path)]))
    assert change.changed == tuple(sorted(str(tmp_path / n) for n in ("a.txt", "b.txt")))


def test_changes_reports_an_empty_folder_once_and_goes_on(tmp_path):
    errors, seen = [], []
    stop_after = iter([False, False, False, True])
    for change in changes([str(tmp_path)], errors.append, poll=0.01, stop=lambda: next(stop_after)):
        seen.append(change)
    assert seen == [] and len(errors) == 1 and "no .txt" in errors[0]


def test_analyze_watch_streams_a_story_per_update(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    files = sorted(SOURCES.glob("*.txt"))
    for f in files[:2]:
        shutil.copy(f, folder)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-m", "tui", "analyze", "--watch", str(folder), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        first = json.loads(proc.stdout.readline())
        assert len(first["sources"]) == 2
        shutil.copy(files[2], folder)
        t = time.monotonic()
        second = json.loads(proc.stdout.readline())
        assert len(second["sources"]) == 3
        assert time.monotonic() - t < 10  # picked up within the poll interval plus one analysis
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    err = proc.stderr.read()
    assert "watching" in err and "1 new source" in err
