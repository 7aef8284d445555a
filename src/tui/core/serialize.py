"""The Story as JSON-ready data: schema `parallax.story/1` (documented in README)."""

from __future__ import annotations

from .boilerplate import detector_of
from .model import Story

SCHEMA = "parallax.story/1"


def story_to_dict(story: Story) -> dict:
    return {
        "schema": SCHEMA,
        "title": story.title,
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "title": s.title,
                "outlet": s.outlet,
                "date": s.date,
                "url": s.url,
                "text": s.text,
                "boilerplate": [{"start": b.start, "end": b.end, "reason": b.reason, "detector": detector_of(b.reason)}
                                for b in s.boilerplate],
                "meta_evidence": dict(s.meta_evidence),
            }
            for s in story.sources
        ],
        "passages": [
            {
                "id": p.id,
                "kind": p.kind,
                "similarity": p.similarity,
                "spans": [{"source": sp.source, "start": sp.start, "end": sp.end} for sp in p.spans],
            }
            for p in story.passages
        ],
        "links": [
            {
                "a": {"source": k.a.source, "start": k.a.start, "end": k.a.end},
                "b": {"source": k.b.source, "start": k.b.start, "end": k.b.end},
                "kind": k.kind,
                "similarity": k.similarity,
            }
            for k in story.links
        ],
        "actors": [
            {"id": a.id, "name": a.name, "aliases": list(a.aliases), "roles": list(a.roles), "type": a.type}
            for a in story.actors
        ],
        "statements": [
            {
                "id": st.id,
                "actor": st.actor,
                "source": st.source,
                "start": st.start,
                "end": st.end,
                "kind": st.kind,
                "cue": st.cue,
                "group": st.group,
            }
            for st in story.statements
        ],
        "quote_fidelity": [
            {
                "group": f.group,
                "comparisons": [
                    {
                        "a": c.a,
                        "b": c.b,
                        "status": c.status,
                        "changes": list(c.changes),
                        "diff": [
                            {"tag": op.tag, "a_start": op.a_start, "a_end": op.a_end,
                             "b_start": op.b_start, "b_end": op.b_end}
                            for op in c.diff
                        ],
                    }
                    for c in f.comparisons
                ],
            }
            for f in story.fidelity
        ],
        "warnings": list(story.warnings),
    }
