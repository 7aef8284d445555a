"""`parallax compare A B` and the lineage parts of `parallax analyze`."""

from __future__ import annotations

import json

from conftest import SOURCES
from tui.cli import main


def test_compare_json_names_the_direction_and_the_differences(capsys):
    assert main(["compare", "001", "000", str(SOURCES), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["a"].startswith("001") and out["b"].startswith("000")
    assert out["lineage"]["direction"] == "from→to" and out["lineage"]["from"].startswith("001")
    assert out["only_in_a"] and all(s["source"] == out["a"] for s in out["only_in_a"])
    assert 0 < out["share_of_b_in_a"] <= 1


def test_compare_text_and_markdown(capsys):
    assert main(["compare", "001", "003", str(SOURCES)]) == 0
    assert "no substantial reuse" in capsys.readouterr().out
    assert main(["compare", "BBC", "002", str(SOURCES), "--markdown"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# BBC and ") and "## Only in BBC" in md


def test_compare_unknown_or_same_source_is_a_one_line_error(capsys):
    assert main(["compare", "001", "nope", str(SOURCES)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("parallax: error: no source named 'nope'") and err.count("\n") == 1
    assert main(["compare", "001", "001", str(SOURCES)]) == 2
    assert "same source" in capsys.readouterr().err


def test_analyze_lists_lineage_and_coverage(capsys):
    assert main(["analyze", str(SOURCES)]) == 0
    out = capsys.readouterr().out
    assert "Who took from whom" in out and "took from BBC" in out and "adds" in out
    assert main(["analyze", str(SOURCES), "--json"]) == 0
    story = json.loads(capsys.readouterr().out)
    assert {"lineage", "families", "coverage"} <= story.keys()
    assert len(story["coverage"]) == len(story["sources"])
