"""The `parallax` command line, run in-process and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SOURCES
from tui import __version__
from tui.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_explains_every_command_with_examples(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("analyze", "actors", "statements", "--json", "--markdown", "examples:"):
        assert word in out


def test_analyze_json_follows_schema(capsys):
    assert main(["analyze", str(SOURCES), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "parallax.story/1"
    assert {"sources", "passages", "actors", "statements"} <= data.keys()
    texts = {s["id"]: s["text"] for s in data["sources"]}
    for s in data["sources"]:
        assert {"id", "path", "title", "outlet", "date", "text", "boilerplate"} <= s.keys()
        assert s["text"] == (SOURCES / f"{s['id']}.txt").read_text(encoding="utf-8")
    for p in data["passages"]:
        assert p["kind"] in ("verbatim", "near", "paraphrase")
        assert 0 <= p["similarity"] <= 1
        assert len({sp["source"] for sp in p["spans"]}) >= 2
        for sp in p["spans"]:
            assert 0 <= sp["start"] < sp["end"] <= len(texts[sp["source"]])


def test_summary_and_markdown(capsys, tmp_path):
    assert main(["analyze", str(SOURCES)]) == 0
    out = capsys.readouterr().out
    assert "Passages shared by the most sources" in out and "BBC" in out
    report = tmp_path / "report.md"
    assert main(["analyze", str(SOURCES), "--markdown", "-o", str(report)]) == 0
    text = report.read_text()
    assert text.startswith("# ") and "| id | kind |" in text


@pytest.mark.parametrize("argv, message", [
    (["analyze", "/nonexistent/folder"], "no such file or folder"),
    (["analyze"], "required"),
    (["analyze", str(SOURCES), "--json", "--markdown"], "not allowed"),
    (["/nonexistent/folder"], "no such file or folder"),
])
def test_bad_input_is_one_line_and_exit_2(argv, message, capsys):
    try:
        code = main(argv)
    except SystemExit as e:
        code = e.code
    assert code == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_empty_folder(tmp_path, capsys):
    assert main(["analyze", str(tmp_path)]) == 2
    assert "no .txt, .md or .html files" in capsys.readouterr().err


def test_real_command_runs_as_module_and_never_writes_sources():
    before = {p.name: p.stat().st_mtime_ns for p in SOURCES.iterdir()}
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run([sys.executable, "-m", "tui", "analyze", str(SOURCES), "--json"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["schema"] == "parallax.story/1"
    assert {p.name: p.stat().st_mtime_ns for p in SOURCES.iterdir()} == before
    bad = subprocess.run([sys.executable, "-m", "tui", "analyze", "/nonexistent"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_actors_and_statements_commands(capsys):
    assert main(["actors", str(SOURCES)]) == 0
    out = capsys.readouterr().out
    assert "Zelensky" in out and "Rubio" in out
    assert main(["actors", str(SOURCES), "--json"]) == 0
    actors = json.loads(capsys.readouterr().out)
    assert any("Rubio" in a["name"] for a in (actors["actors"] if isinstance(actors, dict) else actors))
    assert main(["statements", str(SOURCES), "--actor", "peskov"]) == 0
    out = capsys.readouterr().out
    assert "Moscow has not yet received" in out and "Rubio" not in out.split("Across sources")[0]
    assert main(["statements", str(SOURCES), "--json"]) == 0
    json.loads(capsys.readouterr().out)


def test_unknown_actor_is_a_one_line_error(capsys):
    assert main(["statements", str(SOURCES), "--actor", "Nobody Atall"]) == 2
    err = capsys.readouterr().err
    assert "no actor matches" in err and err.count("\n") == 1


def test_analysis_does_not_depend_on_hash_seed():
    """String hashing is randomised per process; the Story must not be."""
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "tui", "analyze", str(SOURCES), "--json"],
                              capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1
