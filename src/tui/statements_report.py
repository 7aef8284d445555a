"""Console output for `parallax actors` and `parallax statements`.

Plain Rich tables and text; `as_json` prints the same facts as JSON
(actors as in the Story plus per-source statement counts; statements plus
their text and fidelity notes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .core.loading import SourceError
from .core.model import Actor, QuoteComparison, Statement, Story

# --------------------------------------------------------------------------
# Helpers shared by the two commands


def short_ids(story: Story) -> dict[str, str]:
    """A short column label per source: the id up to its first separator
    ('bbc-storm-report' → 'bbc', '07_report' → '07') when those labels are
    unique and not empty, else the full ids. File names follow no scheme."""
    short = {s.id: re.split(r"[_\-. ]", s.id, maxsplit=1)[0] for s in story.sources}
    if len(set(short.values())) != len(short) or not all(short.values()):
        return {s.id: s.id for s in story.sources}
    return short


def actor_by_id(story: Story) -> dict[str, Actor]:
    return {a.id: a for a in story.actors}


def short_name(actor: Actor | None) -> str:
    """Surname for a person ('Novak'), the full name otherwise."""
    if actor is None:
        return "unknown speaker"
    if actor.type == "person":
        return actor.name.split()[-1]
    return actor.name


def statement_text(story: Story, st: Statement) -> str:
    return story.source(st.source).text[st.start:st.end]


def comparison_note(c: QuoteComparison, by_id: dict[str, Statement], short: dict[str, str]) -> str:
    """'002 vs 001 altered (words dropped)'."""
    a, b = by_id[c.a], by_id[c.b]
    note = f"{short[b.source]} vs {short[a.source]} {c.status}"
    if c.changes:
        note += f" ({', '.join(c.changes)})"
    return note


def fidelity_lines(story: Story) -> list[str]:
    """One human line per group quoted in two or more sources, e.g.
    'Novak, g4: b vs a identical; c vs b altered (words dropped)'."""
    by_id = {s.id: s for s in story.statements}
    actors = actor_by_id(story)
    short = short_ids(story)
    out = []
    for f in story.fidelity:
        if not f.comparisons:
            continue
        members = [by_id[x] for c in f.comparisons for x in (c.a, c.b)]
        speaker = next((m.actor for m in members if m.actor), None)
        who = short_name(actors.get(speaker)) if speaker else "unknown speaker"
        notes = "; ".join(comparison_note(c, by_id, short) for c in f.comparisons)
        out.append(f"{who}, {f.group}: {notes}")
    return out


def fidelity_notes(story: Story, statement_id: str) -> list[str]:
    """Fidelity notes that involve one statement (for the reader)."""
    by_id = {s.id: s for s in story.statements}
    short = short_ids(story)
    out = []
    for f in story.fidelity:
        for c in f.comparisons:
            if statement_id in (c.a, c.b):
                out.append(comparison_note(c, by_id, short))
    return out


def counts_per_source(story: Story) -> dict[str, dict[str, int]]:
    """actor id → source id → number of statements."""
    out: dict[str, dict[str, int]] = {a.id: {} for a in story.actors}
    for st in story.statements:
        if st.actor is not None:
            d = out.setdefault(st.actor, {})
            d[st.source] = d.get(st.source, 0) + 1
    return out


def match_actors(story: Story, name: str) -> set[str]:
    """Actor ids whose name or an alias contains `name` (case-insensitive)."""
    needle = name.casefold().strip()
    found = {a.id for a in story.actors
             if any(needle in n.casefold() for n in (a.name, *a.aliases))}
    if not found:
        raise SourceError(f"no actor matches {name!r}")
    return found


def _print_json(console: Console, data) -> None:
    console.print_json(json.dumps(data, ensure_ascii=False))


# --------------------------------------------------------------------------
# parallax actors


def actors_json(story: Story) -> list[dict]:
    counts = counts_per_source(story)
    return [
        {
            "id": a.id, "name": a.name, "aliases": list(a.aliases), "roles": list(a.roles), "type": a.type,
            "statements": {s.id: counts.get(a.id, {}).get(s.id, 0) for s in story.sources},
            "total": sum(counts.get(a.id, {}).values()),
        }
        for a in story.actors
    ]


def print_actors(story: Story, console: Console, as_json: bool = False) -> None:
    if as_json:
        _print_json(console, {"actors": actors_json(story)})
        return
    short = short_ids(story)
    counts = counts_per_source(story)
    table = Table(title="Actors", show_lines=False)
    table.add_column("id", style="dim")
    table.add_column("actor", style="bold")
    table.add_column("type")
    table.add_column("role")
    for s in story.sources:
        table.add_column(short[s.id], justify="right")
    table.add_column("total", justify="right", style="bold")
    for a in story.actors:
        c = counts.get(a.id, {})
        role = ", ".join(a.roles[:2])
        cells = [str(c.get(s.id, 0)) if c.get(s.id) else "·" for s in story.sources]
        table.add_row(a.id, escape(a.name), a.type, escape(role), *cells, str(sum(c.values())))
    console.print(table)


# --------------------------------------------------------------------------
# parallax statements


def statements_json(story: Story, actor_ids: set[str] | None = None) -> dict:
    actors = actor_by_id(story)
    rows = []
    for st in story.statements:
        if actor_ids is not None and st.actor not in actor_ids:
            continue
        rows.append({
            "id": st.id, "actor": st.actor,
            "actor_name": actors[st.actor].name if st.actor in actors else None,
            "source": st.source, "start": st.start, "end": st.end, "kind": st.kind,
            "cue": st.cue, "group": st.group, "text": statement_text(story, st),
            "speaker_span": ({"start": st.speaker_span.start, "end": st.speaker_span.end}
                             if st.speaker_span else None),
            "fidelity": fidelity_notes(story, st.id),
        })
    keep = {r["group"] for r in rows if r["group"]}
    fid = [
        {"group": f.group, "altered": f.altered,
         "comparisons": [{"a": c.a, "b": c.b, "status": c.status, "changes": list(c.changes)}
                         for c in f.comparisons]}
        for f in story.fidelity if f.group in keep
    ]
    return {"statements": rows, "fidelity": fid}


def print_statements(story: Story, console: Console, actor: str | None = None, as_json: bool = False) -> None:
    actor_ids = match_actors(story, actor) if actor is not None else None
    if as_json:
        _print_json(console, statements_json(story, actor_ids))
        return
    actors = actor_by_id(story)
    short = short_ids(story)
    chosen = [s for s in story.statements if actor_ids is None or s.actor in actor_ids]
    if not chosen:
        console.print("No statements found.")
        return
    for src in story.sources:
        rows = [s for s in chosen if s.source == src.id]
        if not rows:
            continue
        console.rule(f"[bold]{escape(short[src.id])}[/] {escape(src.label)}")
        for st in rows:
            who = actors[st.actor].name if st.actor in actors else "[dim]unknown speaker[/]"
            body = statement_text(story, st).replace("\n", " ")
            if st.kind != "indirect":
                body = f"“{body}”"
            cue = f" [dim]({escape(st.cue)})[/]" if st.cue else ""
            group = f" [cyan]{st.group}[/]" if st.group else ""
            console.print(f"[dim]{st.id}[/] [bold]{who if st.actor not in actors else escape(who)}[/]"
                          f" [italic]{st.kind}[/]{cue}{group}")
            console.print(f"    {escape(body)}")
    _print_groups(story, console, chosen, actors, short)


def _print_groups(story: Story, console: Console, chosen: Sequence[Statement], actors, short) -> None:
    groups: dict[str, list[Statement]] = {}
    for st in chosen:
        if st.group:
            groups.setdefault(st.group, []).append(st)
    if not groups:
        return
    console.rule("[bold]Across sources")
    fid = {f.group: f for f in story.fidelity}
    by_id = {s.id: s for s in story.statements}
    for gid, members in groups.items():
        speaker = next((m.actor for m in members if m.actor), None)
        who = short_name(actors.get(speaker)) if speaker else "unknown speaker"
        where = ", ".join(f"{short[m.source]}:{m.id}" for m in members)
        console.print(f"[cyan]{gid}[/] [bold]{escape(who)}[/] — {where}")
        f = fid.get(gid)
        if f is None:
            continue
        for c in f.comparisons:
            style = "red" if c.status == "altered" else "green"
            console.print(f"    [{style}]{escape(comparison_note(c, by_id, short))}[/]")
            if c.status == "altered":
                console.print(f"      {escape(render_diff(story, c, by_id))}")


def render_diff(story: Story, c: QuoteComparison, by_id: dict[str, Statement]) -> str:
    """A one-line word diff: [-dropped-] {+added+}."""
    a, b = by_id[c.a], by_id[c.b]
    at, bt = story.source(a.source).text, story.source(b.source).text
    parts = []
    for op in c.diff:
        if op.tag == "equal":
            parts.append(at[op.a_start:op.a_end])
        else:
            if op.a_end > op.a_start:
                parts.append(f"[-{at[op.a_start:op.a_end]}-]")
            if op.b_end > op.b_start:
                parts.append(f"{{+{bt[op.b_start:op.b_end]}+}}")
    return " ".join(p.replace("\n", " ") for p in parts)
