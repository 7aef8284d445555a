"""Quote fidelity: identical or altered quotations across sources, and the
report functions that show them."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from tui.core.speech.fidelity import compare_quotes, trim_edges
from tui.core.loading import RawSource, SourceError
from tui.core.model import Statement
from tui.core.story import analyze_speech as analyze_statements
from tui.core.story import build_story, prepare_sources
from tui.statements_report import (
    fidelity_lines, fidelity_notes, print_actors, print_statements, render_diff,
)


def quote(text: str, inner: str, sid: str, source: str = "x") -> Statement:
    start = text.index(inner)
    return Statement(sid, "a1", source, start, start + len(inner), "direct")


def cmp(a_text: str, a_inner: str, b_text: str, b_inner: str):
    a = quote(a_text, a_inner, "s1", "x")
    b = quote(b_text, b_inner, "s2", "y")
    return compare_quotes(a, a_text, b, b_text)


def test_identical_ignores_edge_punctuation_and_quote_style():
    c = cmp("“We will rebuild the bridge.”", "We will rebuild the bridge.",
            "\"We will rebuild the bridge\",", "We will rebuild the bridge")
    assert c.status == "identical" and c.changes == ()


@pytest.mark.parametrize("b_inner, change", [
    ("We will rebuild the old bridge before winter", "words added"),
    ("We will rebuild bridge before winter", "words dropped"),
    ("We shall rebuild the bridge before winter", "words changed"),
    ("We will rebuild the bridge, before winter", "re-punctuated"),
])
def test_altered_quotes_name_the_change(b_inner, change):
    a_text = "“We will rebuild the bridge before winter.”"
    c = cmp(a_text, "We will rebuild the bridge before winter.", f"“{b_inner}”", b_inner)
    assert c.status == "altered"
    assert change in c.changes
    assert any(op.tag != "equal" for op in c.diff)


def test_excerpt_is_not_an_alteration():
    long = "“Of course, there are some outstanding issues, but work will continue.”"
    c = cmp(long, "Of course, there are some outstanding issues, but work will continue.",
            "noted “some outstanding issues” persist", "some outstanding issues")
    assert c.status == "identical" and "excerpt" in c.changes


def test_trim_edges_keeps_inner_text():
    t = "“…and then, we won.”"
    s, e = trim_edges(t, 0, len(t))
    assert t[s:e] == "and then, we won"


def test_changed_quote_reported_across_sources():
    raws = [RawSource("a", "<a>", "Mayor Ana Ruiz said: “We will rebuild the bridge before winter, whatever it costs.”\n", {}),
            RawSource("b", "<b>", "“We will rebuild the bridge before the winter, whatever the cost,” Ruiz said on Friday.\n", {}),
            RawSource("c", "<c>", "Ms. Ruiz promised that the bridge would be rebuilt before winter.\n", {})]
    sources = prepare_sources(raws)
    actors, statements, fidelity = analyze_statements(sources)
    assert len({s.group for s in statements}) == 1 and statements[0].group
    (f,) = fidelity
    (c,) = f.comparisons  # the indirect version is grouped but not compared word for word
    assert c.status == "altered" and {"words changed", "words added"} <= set(c.changes)
    story = build_story(raws, name="t")
    (line,) = fidelity_lines(story)
    assert line.startswith("Ruiz, g1: b vs a altered (")
    assert "[-it costs-]" in render_diff(story, story.fidelity[0].comparisons[0],
                                         {s.id: s for s in story.statements})


# --------------------------------------------------------------------------
# The real articles and the report


def test_real_fidelity_lines(story):
    lines = fidelity_lines(story)
    assert any(line.startswith("Rubio, ") and "001 vs 000 identical" in line for line in lines)
    assert any(line.startswith("Stubb, ") and "excerpt" in line for line in lines)
    assert all(": " in line for line in lines)


def test_fidelity_compares_only_quotations(story):
    kinds = {s.id: s.kind for s in story.statements}
    for f in story.fidelity:
        for c in f.comparisons:
            assert kinds[c.a] != "indirect" and kinds[c.b] != "indirect"


def _console() -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=200, color_system=None), buf


def test_print_actors_json_has_counts(story):
    con, buf = _console()
    print_actors(story, con, as_json=True)
    data = json.loads(buf.getvalue())["actors"]
    assert {"id", "name", "aliases", "roles", "type", "statements", "total"} <= set(data[0])
    assert data[0]["total"] == sum(data[0]["statements"].values()) > 0
    con, buf = _console()
    print_actors(story, con)
    assert "Zelensky" in buf.getvalue()


def test_print_statements_filters_by_actor(story):
    con, buf = _console()
    print_statements(story, con, actor="zelenskyy", as_json=True)
    data = json.loads(buf.getvalue())
    names = {r["actor_name"] for r in data["statements"]}
    assert names == {"Volodymyr Zelensky"}
    assert all(r["text"] for r in data["statements"])
    con, buf = _console()
    print_statements(story, con, actor="Stubb")
    out = buf.getvalue()
    assert "The negotiations were a step forward" in out and "Across sources" in out


def test_unknown_actor_is_an_input_error(story):
    con, _ = _console()
    with pytest.raises(SourceError, match="no actor matches 'Nobody Atall'"):
        print_statements(story, con, actor="Nobody Atall")


def test_fidelity_notes_for_a_statement(story):
    f = story.fidelity[0]
    c = f.comparisons[0]
    assert fidelity_notes(story, c.b)
