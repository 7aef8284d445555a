"""`parallax analyze --explain FILE`, and the JSON keys of issue 8 (links,
meta_evidence)."""

from __future__ import annotations

import json

from conftest import SOURCES
from tui.cli import main


def test_explain_prints_each_line_with_the_reason_for_marked_ones(tmp_path, capsys):
    page = ("Politics\n"
            "Council votes to close two libraries\n"
            "By Ann Lee | The Millbrook Herald\n"
            "The council voted on Tuesday night to close two branch libraries after a long debate.\n"
            "Advertisement\n"
            "The libraries will close in September, the council said in a statement.\n")
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    assert main(["analyze", str(tmp_path), "--explain", "a.txt"]) == 0
    out = capsys.readouterr().out
    assert "title: Council votes to close two libraries  (first line after page furniture)" in out
    assert "outlet: The Millbrook Herald  (byline)" in out
    lines = out.splitlines()
    body = next(i for i, ln in enumerate(lines) if "The council voted" in ln)
    assert "✗" not in lines[body] and "└" not in lines[body + 1]
    advert = next(i for i, ln in enumerate(lines) if ln.endswith("Advertisement"))
    assert "✗" in lines[advert] and "interruption" in lines[advert + 1]


def test_explain_unknown_file_is_a_one_line_error(capsys):
    assert main(["analyze", str(SOURCES), "--explain", "nope.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("parallax: error: --explain nope.txt") and err.count("\n") == 1


def test_json_has_links_and_meta_evidence(capsys):
    assert main(["analyze", str(SOURCES), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    texts = {s["id"]: s["text"] for s in data["sources"]}
    assert data["links"]
    for link in data["links"]:
        assert link["kind"] in ("verbatim", "near", "paraphrase") and 0 <= link["similarity"] <= 1
        assert link["a"]["source"] != link["b"]["source"]
        for side in (link["a"], link["b"]):
            assert 0 <= side["start"] < side["end"] <= len(texts[side["source"]])
    for s in data["sources"]:
        assert set(s["meta_evidence"]) <= {"title", "outlet", "date"}
        for key in s["meta_evidence"]:
            assert s[key] is not None
